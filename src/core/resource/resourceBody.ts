// The body of a resource: JSON or text, chosen by an option or by the content type.
import { ProblemError } from '../http/problemError'
import type { HttpProblem } from '../http/types'

/**
 * How a resource's body is read and sent: `'json'`, `'text'` (a plain string, merged with
 * `mergeText`), or `'auto'`: by the response's content type on load (`text/*` is text, JSON
 * types are JSON), and by the value on save (a string is sent as text).
 */
export type BodyFormat = 'json' | 'text' | 'auto'

const JSON_TYPE = /^application\/(?:[\w.+-]+\+)?json$/i

/** The media type of a `content-type` value, lower case, without parameters. */
export function mediaType(contentType: string | null): string {
  return (contentType ?? '').split(';')[0]?.trim().toLowerCase() ?? ''
}

/** The `accept` header a load asks with. */
export function acceptFor(format: BodyFormat): string {
  if (format === 'json') return 'application/json'
  if (format === 'text') return 'text/plain, text/*;q=0.9, */*;q=0.1'
  return 'application/json, text/*;q=0.9, */*;q=0.1'
}

/** A problem for an answer that could not be read as the resource. */
export function unreadable(status: number, detail: string): HttpProblem {
  return {
    status,
    kind: 'other',
    title: "The server's answer could not be read",
    detail,
    code: 'unreadable_response',
    raw: null,
  }
}

/** Parses a loaded body as the resource. Throws `ProblemError` when it is not one. */
export function parseResourceBody(
  text: string,
  contentType: string | null,
  format: BodyFormat,
  status: number,
): unknown {
  const type = mediaType(contentType)
  const asText = format === 'text' || (format === 'auto' && type.startsWith('text/'))
  if (asText) return text
  if (text.trim() === '') throw new ProblemError(unreadable(status, 'Empty body.'))
  try {
    return JSON.parse(text) as unknown
  } catch {
    throw new ProblemError(unreadable(status, 'The body is not JSON.'))
  }
}

/**
 * Reads a write's answer as the resource, or `undefined` when the answer is something else:
 * empty (204), an HTML "Created" page, or JSON that does not parse. A write that went through
 * is never turned into a failure because its answer was not the resource.
 */
export function parseAnswerBody(
  text: string,
  contentType: string | null,
  sentType: string,
): unknown {
  if (text.trim() === '') return undefined
  const type = mediaType(contentType)
  if (JSON_TYPE.test(sentType)) {
    // Many servers label JSON answers text/plain (CouchDB's API does); an HTML page is not one.
    if (type !== '' && !JSON_TYPE.test(type) && type !== 'text/plain') return undefined
    try {
      return JSON.parse(text) as unknown
    } catch {
      return undefined
    }
  }
  return type === mediaType(sentType) ? text : undefined
}

/** The request body and its content type. Throws `ProblemError` for a value JSON cannot hold. */
export function serializeBody(
  value: unknown,
  format: BodyFormat,
  contentType?: string,
): { payload: string; type: string } {
  const asText = format === 'text' || (format === 'auto' && typeof value === 'string')
  if (asText) {
    if (typeof value !== 'string') {
      throw new ProblemError({
        status: 0,
        kind: 'other',
        title: 'This value cannot be sent',
        detail: 'A text resource needs a string value.',
        code: 'unserializable',
        raw: null,
      })
    }
    return { payload: value, type: contentType ?? 'text/plain; charset=utf-8' }
  }
  try {
    const payload = JSON.stringify(value)
    if (payload === undefined) throw new TypeError(`${typeof value} is not JSON`)
    return { payload, type: contentType ?? 'application/json' }
  } catch (error) {
    throw new ProblemError({
      status: 0,
      kind: 'other',
      title: 'This value cannot be sent',
      detail: error instanceof Error ? error.message : String(error),
      code: 'unserializable',
      raw: null,
    })
  }
}

/** The default bound on a resource body (loaded or answered to a write): 16 MiB. */
export const DEFAULT_MAX_RESOURCE_BYTES = 16 * 1024 * 1024

function tooLarge(status: number, maxBytes: number): HttpProblem {
  return {
    status,
    kind: 'other',
    title: "The server's answer is too large to read",
    detail: `The body is longer than ${maxBytes} bytes (after decompression); it was not read.`,
    code: 'body_too_large',
    raw: null,
  }
}

/**
 * Reads a successful response's body as text, at most `maxBytes` bytes after decompression:
 * a body (or a small gzip body that inflates) past the bound is cancelled and becomes a
 * `body_too_large` problem, never a process out of memory. Stream errors and aborts reject
 * with the error the stream gave (the caller turns them into problems).
 */
export async function readResourceText(
  res: Response,
  maxBytes: number,
  signal?: AbortSignal,
): Promise<string> {
  const declared = Number(res.headers.get('content-length'))
  if (res.headers.get('content-encoding') === null && declared > maxBytes) {
    await res.body?.cancel().catch(() => undefined)
    throw new ProblemError(tooLarge(res.status, maxBytes))
  }
  if (res.body === null) return ''
  const reader = res.body.getReader()
  // A body that never sends a byte must still end when the signal does, whatever fetch made it.
  let onAbort = () => undefined as void
  const aborted = new Promise<never>((_resolve, reject) => {
    onAbort = () => {
      reject(signal?.reason)
      void reader.cancel().catch(() => undefined)
    }
    if (signal?.aborted) onAbort()
    else signal?.addEventListener('abort', onAbort, { once: true })
  })
  aborted.catch(() => undefined)
  try {
    const text = await readAll(reader, maxBytes, res.status, aborted)
    // A cancel on abort ends the stream as if complete: that text is cut, not the body.
    if (signal?.aborted) throw signal.reason
    return text
  } finally {
    signal?.removeEventListener('abort', onAbort)
  }
}

async function readAll(
  reader: ReadableStreamDefaultReader<Uint8Array>,
  maxBytes: number,
  status: number,
  aborted: Promise<never>,
): Promise<string> {
  const decoder = new TextDecoder()
  let text = ''
  let total = 0
  for (;;) {
    const { done, value } = await Promise.race([reader.read(), aborted])
    if (done) break
    total += value.byteLength
    if (total > maxBytes) {
      await reader.cancel().catch(() => undefined)
      throw new ProblemError(tooLarge(status, maxBytes))
    }
    text += decoder.decode(value, { stream: true })
  }
  return text + decoder.decode()
}

const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value)

const ACK_KEYS = new Set(['ok', 'id', 'rev'])

/**
 * The version a write acknowledgement carries when the answer is one (CouchDB's
 * `{ ok: true, id, rev }`): `rev`, or null for an acknowledgement without one; `undefined` when
 * the answer is not an acknowledgement.
 */
export function acknowledgedVersion(body: unknown): string | null | undefined {
  if (!isPlainObject(body) || body.ok !== true) return undefined
  if (!Object.keys(body).every((key) => ACK_KEYS.has(key))) return undefined
  return typeof body.rev === 'string' ? body.rev : null
}

/** The text with its line endings as `\n` and no trailing line breaks. */
export function normalizedText(text: string): string {
  return text.replace(/\r\n?/g, '\n').replace(/\n+$/, '')
}

/**
 * True when a write's answer is the resource rather than a note about the write: of the same
 * shape as what was sent. An object answer holds every key that was sent (a server may add
 * its own, like `id` or `updatedAt`, and normalise values); an array answers an array; a text
 * answer is the sent text up to line endings and trailing line breaks. An acknowledgement
 * (`{ ok, id, rev }`, a text `OK`) is not the resource and never replaces the document.
 */
export function isResourceAnswer(answer: unknown, sent: unknown, versionField?: string): boolean {
  if (typeof sent === 'string') {
    return typeof answer === 'string' && normalizedText(answer) === normalizedText(sent)
  }
  if (Array.isArray(sent)) return Array.isArray(answer)
  if (isPlainObject(sent)) {
    if (!isPlainObject(answer) || acknowledgedVersion(answer) !== undefined) return false
    return Object.keys(sent).every((key) => key === versionField || Object.hasOwn(answer, key))
  }
  return typeof answer === typeof sent
}
