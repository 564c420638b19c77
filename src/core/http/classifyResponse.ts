import { hintIfGuessed } from './devHint'
import { errorEnvelope } from './errorEnvelope'
import { loadLanguages, needsLanguages } from './lexicon'
import type { ProblemRule } from './problemRule'
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
  /**
   * What the app knows about its own server, one rule a line, checked before the built-in
   * reading: `[{ code: 'EMAIL_TAKEN', kind: 'duplicate', field: 'email' }]`. See
   * {@link ProblemRule}. Defaults to none.
   */
  rules?: readonly ProblemRule[]
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

function reasonOf(res: Response): string | undefined {
  try {
    return typeof res.statusText === 'string' ? res.statusText : undefined
  } catch {
    return undefined
  }
}

// A 2xx body is read only when it may be JSON, from a copy, so the caller can still read it.
async function successProblem(
  res: Response,
  status: number,
  req: ProblemRequest | undefined,
  options: ClassifyOptions,
): Promise<HttpProblem | null> {
  const headers = headersOf(res)
  const type = headers?.get('content-type') ?? ''
  if (status === 204 || status === 205 || (type !== '' && !/json/i.test(type))) return null
  let copy: Response
  try {
    if (res.bodyUsed || res.body === null) return null
    copy = res.clone()
  } catch {
    return null
  }
  const body = await readBody(copy, {
    ...(options.maxBytes === undefined ? {} : { maxBytes: options.maxBytes }),
    ...(options.timeoutMs === undefined ? {} : { timeoutMs: options.timeoutMs }),
  })
  if (body.kind !== 'json' && body.kind !== 'problem+json') return null
  const envelope = errorEnvelope(body.json)
  // A rule that names this 2xx status may say it is an error even without an envelope.
  const named = options.rules?.some((r) =>
    typeof r.status === 'number' ? r.status === status : (r.status?.includes(status) ?? false),
  )
  if (envelope === undefined && !named) return null
  if (needsLanguages(body.text)) await loadLanguages()
  const problem = problemFromBody(status, headers, body, req, {
    now: (options.now ?? Date.now)(),
    ...(options.rules ? { rules: options.rules } : {}),
    ...(envelope ? { envelope } : {}),
  })
  return envelope !== undefined || problem.evidence?.by === 'rule' ? problem : null
}

/**
 * Reads a failed response and says what went wrong: an {@link HttpProblem} with its kind, a
 * plain-text title, codes, field errors, the server's current version and a retry hint, and
 * `evidence` saying what decided the kind.
 *
 * 1xx and 3xx answer `null`, and so does every 2xx except one whose JSON body is an unambiguous
 * error envelope (GraphQL `errors` with no data, `ok: false`, `success: false`, `status:
 * "error"`, a non-zero `errcode`): that is the problem it describes, with the 2xx status. A 2xx
 * body is read from a copy, so the caller can still read it.
 *
 * A failed response's body is consumed (at most `maxBytes` read, the rest cancelled): pass
 * `res.clone()` if you still need it. It never throws and never rejects, whatever the body holds
 * or however its stream fails. In development (`NODE_ENV=development`) a problem placed by its
 * status alone logs one hint naming the rule that would settle it.
 */
export async function classifyResponse(
  res: Response,
  req?: ProblemRequest,
  options: ClassifyOptions = {},
): Promise<HttpProblem | null> {
  const status = statusOf(res)
  if (status >= 100 && status < 200) return null
  if (status >= 300 && status < 400) return null
  if (status >= 200 && status < 300) {
    try {
      return await successProblem(res, status, req, options)
    } catch {
      return null
    }
  }
  let body: BodyInfo = { contentType: '', kind: 'empty', text: '', truncated: false, bytesRead: 0 }
  try {
    body = await readBody(res, {
      ...(options.maxBytes === undefined ? {} : { maxBytes: options.maxBytes }),
      ...(options.timeoutMs === undefined ? {} : { timeoutMs: options.timeoutMs }),
    })
    const reason = reasonOf(res)
    // Words of other languages load once, the first time a body holds letters beyond ASCII.
    if (needsLanguages(body.text) || needsLanguages(reason ?? '')) await loadLanguages()
    const problem = problemFromBody(status, headersOf(res), body, req, {
      now: (options.now ?? Date.now)(),
      ...(options.rules ? { rules: options.rules } : {}),
      ...(reason ? { reason } : {}),
    })
    const result = body.readError === 'timeout' ? timedOut(problem) : problem
    hintIfGuessed(result)
    return result
  } catch {
    // Every step above is written not to throw; this is the last line, not the plan.
    return {
      status,
      kind: 'other',
      title: fallbackTitle('other', status),
      raw: body.text,
      evidence: { by: 'status' },
    }
  }
}
