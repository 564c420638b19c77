import type { Context } from 'hono'
import type { AppEnv } from './AppEnv'
import { problemResponse, problemTypes, type Problem } from './problem'

/** A parsed JSON object body, or the problem response to send instead. */
export type JsonObjectResult =
  { ok: true; value: Record<string, unknown> } | { ok: false; response: Response }

const fail = (problem: Problem): JsonObjectResult => ({
  ok: false,
  response: problemResponse(problem),
})

/** 413 for a body over `maxBytes`. */
export function payloadTooLarge(instance: string, maxBytes: number): Response {
  return problemResponse({
    type: problemTypes.payloadTooLarge,
    title: 'The request body is too large',
    status: 413,
    detail: `Request bodies are limited to ${maxBytes} bytes. Nothing was changed.`,
    instance,
  })
}

/** The body as text, or undefined once it grows past `maxBytes` (reading stops there). */
async function readLimited(
  body: ReadableStream<Uint8Array> | null,
  maxBytes: number,
): Promise<Buffer | undefined> {
  if (!body) return Buffer.alloc(0)
  const reader = body.getReader()
  const chunks: Uint8Array[] = []
  let size = 0
  for (;;) {
    const { done, value } = await reader.read()
    if (done) break
    size += value.byteLength
    if (size > maxBytes) {
      await reader.cancel()
      return undefined
    }
    chunks.push(value)
  }
  return Buffer.concat(chunks)
}

/** True for `application/json` and `application/*+json` (with parameters such as charset). */
export function isJsonMediaType(contentType: string | undefined): boolean {
  return /^application\/([\w.+-]+\+)?json\s*(;|$)/i.test(contentType?.trim() ?? '')
}

// A lone surrogate half (what `\ud800` in JSON gives) or NUL: neither can be stored as sent
// (PostgreSQL text refuses NUL; UTF-8 has no surrogates), so such text is refused, not altered.
// eslint-disable-next-line no-control-regex
const unstorable = /\u0000|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/

/** True when `text` holds NUL or a lone surrogate half: it cannot be stored as it is. */
export function hasUnstorableText(text: string): boolean {
  return unstorable.test(text)
}

/** 400 for a request whose text cannot be stored as sent; `pointer` says where, when known. */
export function unstorableTextProblem(instance: string, pointer?: string): Response {
  return problemResponse({
    type: problemTypes.unstorableText,
    title: 'The request holds text that cannot be stored',
    status: 400,
    detail:
      'A NUL character or a lone surrogate (half of an emoji or other character) was sent. ' +
      'Remove it and try again. Nothing was changed.',
    instance,
    code: 'unstorable_text',
    ...(pointer === undefined ? {} : { pointer }),
  })
}

/** The JSON pointer of the first string (key or value) that cannot be stored as sent. */
function findUnstorableText(value: unknown): string | null {
  // Iterative, so a deeply nested body cannot exhaust the stack.
  const stack: { value: unknown; pointer: string }[] = [{ value, pointer: '' }]
  const escape = (key: string) => key.replaceAll('~', '~0').replaceAll('/', '~1')
  while (stack.length > 0) {
    const item = stack.pop()!
    if (typeof item.value === 'string') {
      if (unstorable.test(item.value)) return item.pointer
    } else if (typeof item.value === 'object' && item.value !== null) {
      for (const [key, child] of Object.entries(item.value)) {
        const pointer = `${item.pointer}/${escape(key)}`
        if (unstorable.test(key)) return pointer
        stack.push({ value: child, pointer })
      }
    }
  }
  return null
}

const utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false })

/**
 * Reads the request body as one JSON object, at most `maxBodyBytes` (413 beyond). Any media type
 * but JSON (`application/json`, `application/*+json`), a missing one included, is 415: a
 * cross-site form or `text/plain` request cannot set it without a CORS preflight. A body that is
 * not UTF-8, does not parse, is not an object, or holds text that cannot be stored as sent (NUL,
 * a lone surrogate) is 400. With `allowEmpty`, an empty body reads as `{}`. Defaults to
 * `{ allowEmpty: false }`.
 */
export async function readJsonObject(
  c: Context<AppEnv>,
  options: { allowEmpty?: boolean } = {},
): Promise<JsonObjectResult> {
  const instance = c.req.path
  if (!isJsonMediaType(c.req.header('content-type'))) {
    return fail({
      type: problemTypes.unsupportedMediaType,
      title: 'Send JSON',
      status: 415,
      detail: 'This endpoint accepts Content-Type: application/json only. Nothing was changed.',
      instance,
    })
  }
  const maxBytes = c.get('maxBodyBytes')
  const bytes = await readLimited(c.req.raw.body, maxBytes)
  if (bytes === undefined) return { ok: false, response: payloadTooLarge(instance, maxBytes) }
  let text: string
  try {
    text = utf8.decode(bytes)
  } catch {
    return fail({
      type: problemTypes.malformedJson,
      title: 'The request body is not valid UTF-8',
      status: 400,
      detail: 'Send JSON encoded as UTF-8. Nothing was changed.',
      instance,
    })
  }
  if (text.trim() === '' && options.allowEmpty) return { ok: true, value: {} }
  let value: unknown
  try {
    value = JSON.parse(text)
  } catch {
    return fail({
      type: problemTypes.malformedJson,
      title: 'The request body is not valid JSON',
      status: 400,
      detail: 'The body could not be parsed as JSON. Nothing was changed.',
      instance,
    })
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return fail({
      type: problemTypes.malformedJson,
      title: 'The request body must be a JSON object',
      status: 400,
      detail: 'Expected a JSON object such as {"title": "..."}. Nothing was changed.',
      instance,
    })
  }
  const pointer = findUnstorableText(value)
  if (pointer !== null) return { ok: false, response: unstorableTextProblem(instance, pointer) }
  return { ok: true, value: value as Record<string, unknown> }
}
