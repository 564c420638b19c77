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
): Promise<string | undefined> {
  if (!body) return ''
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
  return Buffer.concat(chunks).toString('utf8')
}

/**
 * Reads the request body as one JSON object, at most `maxBodyBytes` (413 beyond). A media type
 * other than JSON or text/plain is 415; a body that does not parse, or is not an object, is 400.
 * With `allowEmpty`, an empty body reads as `{}`. Defaults to `{ allowEmpty: false }`.
 */
export async function readJsonObject(
  c: Context<AppEnv>,
  options: { allowEmpty?: boolean } = {},
): Promise<JsonObjectResult> {
  const instance = c.req.path
  const contentType = c.req.header('content-type')?.trim()
  // No type and text/plain are accepted: fetch() labels a string body text/plain by default.
  if (contentType && !/^(application\/([\w.+-]+\+)?json|text\/plain)\b/i.test(contentType)) {
    return fail({
      type: problemTypes.unsupportedMediaType,
      title: 'Send JSON',
      status: 415,
      detail: 'This endpoint accepts application/json only.',
      instance,
    })
  }
  const maxBytes = c.get('maxBodyBytes')
  const text = await readLimited(c.req.raw.body, maxBytes)
  if (text === undefined) return { ok: false, response: payloadTooLarge(instance, maxBytes) }
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
  return { ok: true, value: value as Record<string, unknown> }
}
