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
