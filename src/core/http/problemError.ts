import { boundJson, isObject, str } from './json'
import { MAX_NODES } from './extract'
import { DEFAULT_MAX_BODY_BYTES } from './readBody'
import { loadLanguages } from './lexicon'
import { problemFromBody } from './problemFromBody'
import { classifyBodyText, type BodyInfo } from './readBody'
import type { HttpProblem, ProblemKind } from './types'

/** An Error that carries an {@link HttpProblem}, so a problem can be thrown through TanStack Query. */
export class ProblemError extends Error {
  /** What went wrong, ready for the UI. */
  readonly problem: HttpProblem

  constructor(problem: HttpProblem, options?: { cause?: unknown }) {
    super(problem.title, options)
    this.name = 'ProblemError'
    this.problem = problem
  }
}

const KINDS = new Set<ProblemKind>([
  'duplicate',
  'stale',
  'state',
  'busy',
  'unknown',
  'precondition-required',
  'validation',
  'other',
])

/** True for objects shaped like an {@link HttpProblem}. */
export function isHttpProblem(value: unknown): value is HttpProblem {
  return (
    isObject(value) &&
    typeof value.status === 'number' &&
    typeof value.title === 'string' &&
    KINDS.has(value.kind as ProblemKind)
  )
}

/**
 * True for a {@link ProblemError}, also one from another copy of this package (checked by
 * name and shape, since `instanceof` fails across bundles).
 */
export function isProblemError(error: unknown): error is ProblemError {
  if (error instanceof ProblemError) return true
  return (
    error instanceof Error &&
    error.name === 'ProblemError' &&
    isHttpProblem((error as ProblemError).problem)
  )
}

const TIMEOUT_CODES = /^(?:ETIMEDOUT|ECONNABORTED|UND_ERR_(?:CONNECT|HEADERS|BODY)_TIMEOUT)$/

function transportProblem(code: 'network' | 'aborted' | 'timeout', detail?: string): HttpProblem {
  const titles = {
    network: 'Could not reach the server. Check your connection and try again.',
    aborted: 'The request was cancelled',
    timeout: 'The server took too long to respond',
  }
  const problem: HttpProblem = { status: 0, kind: 'other', code, title: titles[code], raw: null }
  if (detail) problem.detail = detail
  return problem
}

function codeOf(value: unknown): string | undefined {
  return isObject(value) || value instanceof Error
    ? str((value as { code?: unknown }).code)
    : undefined
}

function headersFrom(value: unknown): Headers | null {
  try {
    if (isObject(value) && typeof value.get === 'function') return value as unknown as Headers
    if (!isObject(value)) return null
    const pairs = Object.entries(value).filter(
      (e): e is [string, string] => typeof e[1] === 'string',
    )
    return new Headers(pairs)
  } catch {
    return null
  }
}

// axios (`error.response.{status,headers,data}`) and ofetch (`error.{status,data}`) hand over a
// parsed body synchronously; a thrown Response only tells its status.
/** True for a fetch Response, also one from another realm or a fetch polyfill. */
export function isFetchResponse(value: unknown): value is Response {
  // By shape: a Response from another realm or fetch polyfill fails `instanceof`.
  if (typeof Response !== 'undefined' && value instanceof Response) return true
  const r = value as Partial<Response> | null
  return (
    typeof r === 'object' &&
    r !== null &&
    typeof r.status === 'number' &&
    typeof r.headers?.get === 'function' &&
    typeof r.text === 'function'
  )
}

function fromHttpClientError(error: object): HttpProblem | null {
  const e = error as { response?: unknown; status?: unknown; data?: unknown; config?: unknown }
  const res = isFetchResponse(error) ? error : isObject(e.response) ? e.response : undefined
  const status = (res as { status?: unknown } | undefined)?.status ?? e.status
  if (typeof status !== 'number' || status < 400) return null
  const data = isFetchResponse(res) ? undefined : ((res as { data?: unknown })?.data ?? e.data)
  const headers = headersFrom((res as { headers?: unknown } | undefined)?.headers)
  let contentType = ''
  try {
    contentType = headers?.get('content-type')?.split(';')[0]?.trim().toLowerCase() ?? ''
  } catch {
    contentType = ''
  }
  const text = typeof data === 'string' ? data.slice(0, DEFAULT_MAX_BODY_BYTES) : ''
  const body: BodyInfo =
    data === undefined || data === null || typeof data === 'string'
      ? {
          contentType,
          text,
          truncated: false,
          bytesRead: 0,
          ...classifyBodyText(text, contentType),
        }
      : {
          contentType,
          text: '',
          truncated: false,
          bytesRead: 0,
          kind: contentType.endsWith('problem+json') ? 'problem+json' : 'json',
          // The read bound, applied to a body the client parsed already.
          json: boundJson(data, {
            maxChars: DEFAULT_MAX_BODY_BYTES,
            maxNodes: MAX_NODES,
            maxDepth: 64,
          }),
        }
  const config = (e.config ?? {}) as { method?: unknown; headers?: unknown }
  const method = typeof config.method === 'string' ? config.method : undefined
  const reqHeaders = headersFrom(config.headers)
  // Synchronous: the other languages' words are used once loaded; this starts their load.
  void loadLanguages()
  return problemFromBody(status, headers, body, {
    ...(method ? { method } : {}),
    ...(reqHeaders ? { headers: reqHeaders } : {}),
  })
}

/**
 * An {@link HttpProblem} for anything a request can throw: a {@link ProblemError} (its problem),
 * a network failure (`TypeError` from fetch: status 0, code `network`), an abort
 * (`AbortError`: code `aborted`), a timeout (`TimeoutError`, `ETIMEDOUT`: code `timeout`),
 * an axios / ofetch error with a response (classified from its parsed body), or anything else
 * (status 0, code `error`). Never throws.
 */
export function problemFromError(error: unknown): HttpProblem {
  try {
    if (isProblemError(error)) return error.problem
    if (isHttpProblem(error)) return error
    const name =
      isObject(error) || error instanceof Error
        ? str((error as { name?: unknown }).name)
        : undefined
    const code = codeOf(error)
    const cause = error instanceof Error ? error.cause : undefined
    if (
      name === 'TimeoutError' ||
      TIMEOUT_CODES.test(code ?? '') ||
      TIMEOUT_CODES.test(codeOf(cause) ?? '')
    ) {
      return transportProblem('timeout')
    }
    if (name === 'AbortError' || name === 'CanceledError' || code === 'ERR_CANCELED') {
      return transportProblem('aborted')
    }
    if (typeof error === 'object' && error !== null) {
      const http = fromHttpClientError(error)
      if (http) return http
    }
    if (error instanceof TypeError || code === 'ERR_NETWORK' || code === 'ECONNREFUSED') {
      return transportProblem('network', error instanceof Error ? error.message : undefined)
    }
    const detail =
      error instanceof Error ? error.message : typeof error === 'string' ? error : undefined
    const problem: HttpProblem = {
      status: 0,
      kind: 'other',
      code: 'error',
      title: 'Something went wrong',
      raw: null,
    }
    if (detail) problem.detail = detail.slice(0, 1000)
    return problem
  } catch {
    return { status: 0, kind: 'other', code: 'error', title: 'Something went wrong', raw: null }
  }
}
