import { problemFromBody, type ProblemRequest } from './problemFromBody'
import { readBody, type BodyInfo } from './readBody'
import { fallbackTitle } from './titles'
import type { HttpProblem } from './types'

/** Options for {@link classifyResponse}. */
export interface ClassifyOptions {
  /** Most bytes of the body to read. Defaults to `65536` (64 KiB). */
  maxBytes?: number
  /**
   * Most milliseconds to wait for the body. A body that does not arrive in time is cancelled and
   * the problem, built from the status and headers, carries `code: 'timeout'`. Defaults to `10000`.
   */
  timeoutMs?: number
  /** Clock for `Retry-After` dates when the response has no `Date` header. Defaults to `Date.now`. */
  now?: () => number
}

function statusOf(res: Response): number {
  try {
    const status = res.status
    return typeof status === 'number' && Number.isFinite(status) ? status : 0
  } catch {
    return 0
  }
}

function headersOf(res: Response): Headers | null {
  try {
    // Duck-typed: a Headers from another realm (jsdom, a polyfill) is still headers.
    const headers: unknown = res.headers
    return typeof (headers as Headers | undefined)?.get === 'function' ? (headers as Headers) : null
  } catch {
    return null
  }
}

// The body stalled: what the status and headers say still holds, and the problem says the rest
// never came.
function timedOut(problem: HttpProblem): HttpProblem {
  return {
    ...problem,
    code: 'timeout',
    detail: 'The server stopped sending its answer before it was complete.',
  }
}

/**
 * Reads a failed response and says what went wrong: `null` for 1xx-3xx, otherwise an
 * {@link HttpProblem} with its kind, a plain-text title, codes, field errors, the server's
 * current version and a retry hint.
 *
 * It consumes the response body (reading at most `maxBytes` and cancelling the rest): pass
 * `res.clone()` if you still need the body. It never throws and never rejects, whatever the
 * body holds or however its stream fails.
 */
export async function classifyResponse(
  res: Response,
  req?: ProblemRequest,
  options: ClassifyOptions = {},
): Promise<HttpProblem | null> {
  const status = statusOf(res)
  if (status >= 100 && status < 400) return null
  let body: BodyInfo = { contentType: '', kind: 'empty', text: '', truncated: false, bytesRead: 0 }
  try {
    body = await readBody(res, {
      ...(options.maxBytes === undefined ? {} : { maxBytes: options.maxBytes }),
      ...(options.timeoutMs === undefined ? {} : { timeoutMs: options.timeoutMs }),
    })
    const problem = problemFromBody(status, headersOf(res), body, req, (options.now ?? Date.now)())
    return body.readError === 'timeout' ? timedOut(problem) : problem
  } catch {
    // Every step above is written not to throw; this is the last line, not the plan.
    return { status, kind: 'other', title: fallbackTitle('other', status), raw: body.text }
  }
}
