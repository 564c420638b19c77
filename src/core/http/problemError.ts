import { boundJson, isRecord, str } from '../json'
import { MAX_NODES } from './extract'
import { DEFAULT_MAX_BODY_BYTES } from './readBody'
import { loadLanguages } from './lexicon'
import { hintIfGuessed } from './devHint'
import type { ProblemRule } from './problemRule'
import { problemFromBody, type ReadOptions } from './problemFromBody'
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
    isRecord(value) &&
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
  return isRecord(value) || value instanceof Error
    ? str((value as { code?: unknown }).code)
    : undefined
}

function headersFrom(value: unknown): Headers | null {
  try {
    if (isRecord(value) && typeof value.get === 'function') return value as unknown as Headers
    if (!isRecord(value)) return null
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

function bodyOf(data: unknown, contentType: string): BodyInfo {
  if (data === undefined || data === null || typeof data === 'string') {
    const text = typeof data === 'string' ? data.slice(0, DEFAULT_MAX_BODY_BYTES) : ''
    return {
      contentType,
      text,
      truncated: false,
      bytesRead: 0,
      ...classifyBodyText(text, contentType),
    }
  }
  return {
    contentType,
    text: '',
    truncated: false,
    bytesRead: 0,
    kind: contentType.endsWith('problem+json') ? 'problem+json' : 'json',
    // The read bound, applied to a body the client parsed already.
    json: boundJson(data, { maxChars: DEFAULT_MAX_BODY_BYTES, maxNodes: MAX_NODES, maxDepth: 64 }),
  }
}

function contentTypeOf(headers: Headers | null): string {
  try {
    return headers?.get('content-type')?.split(';')[0]?.trim().toLowerCase() ?? ''
  } catch {
    return ''
  }
}

type Read = Pick<ReadOptions, 'rules'>

// axios (`error.response.{status,headers,data}`), ofetch (`error.{status,data}`),
// graphql-request (`error.response.{status,headers,errors,data}`), Apollo v3's ServerError
// (`statusCode`, `result`), Apollo v4's (`statusCode`, `bodyText`), ky's HTTPError and a thrown
// Response (`response`: a fetch Response, whose status and headers are read; its body cannot be
// read synchronously).
function fromHttpClientError(error: object, read: Read): HttpProblem | null {
  const e = error as {
    response?: unknown
    status?: unknown
    statusCode?: unknown
    data?: unknown
    result?: unknown
    bodyText?: unknown
    config?: unknown
  }
  const res = isFetchResponse(error) ? error : isRecord(e.response) ? e.response : undefined
  const r = res as
    { status?: unknown; data?: unknown; headers?: unknown; errors?: unknown } | undefined
  const status = r?.status ?? e.status ?? e.statusCode
  if (typeof status !== 'number' || status < 400) return null
  let data: unknown
  if (!isFetchResponse(res)) {
    // graphql-request keeps the GraphQL answer on the response itself.
    data = r?.data ?? (Array.isArray(r?.errors) ? { errors: r?.errors, data: r?.data } : undefined)
  }
  data ??= e.data ?? e.result ?? (typeof e.bodyText === 'string' ? e.bodyText : undefined)
  const headers = headersFrom(r?.headers)
  const body = bodyOf(data, contentTypeOf(headers))
  const config = (e.config ?? {}) as { method?: unknown; headers?: unknown }
  const method = typeof config.method === 'string' ? config.method : undefined
  const reqHeaders = headersFrom(config.headers)
  // Synchronous: the other languages' words are used once loaded; this starts their load.
  void loadLanguages()
  return problemFromBody(
    status,
    headers,
    body,
    { ...(method ? { method } : {}), ...(reqHeaders ? { headers: reqHeaders } : {}) },
    read,
  )
}

// The GraphQL errors a client collected from a 2xx answer: Apollo v3 `ApolloError.graphQLErrors`,
// Apollo v4 `CombinedGraphQLErrors.errors`, urql `CombinedError.graphQLErrors`,
// graphql-request `ClientError.response.errors` (with a 200 status).
function fromGraphQLErrors(error: object, read: Read): HttpProblem | null {
  const e = error as {
    graphQLErrors?: unknown
    errors?: unknown
    data?: unknown
    response?: unknown
  }
  const res = isRecord(e.response)
    ? (e.response as { errors?: unknown; data?: unknown; status?: unknown })
    : undefined
  const list = [e.graphQLErrors, e.errors, res?.errors].find(
    (l): l is unknown[] => Array.isArray(l) && l.some(isRecord),
  )
  if (list === undefined) return null
  const status = typeof res?.status === 'number' && res.status >= 200 ? res.status : 200
  const json = { errors: list, data: e.data ?? res?.data ?? null }
  void loadLanguages()
  return problemFromBody(status, null, bodyOf(json, 'application/json'), undefined, {
    ...read,
    envelope: 'graphql',
  })
}

// tRPC's TRPCClientError: `data: { code: 'CONFLICT', httpStatus: 409, path }` beside the
// server's message.
function fromTrpcError(error: object, read: Read): HttpProblem | null {
  const e = error as { name?: unknown; message?: unknown; data?: unknown; shape?: unknown }
  const data = isRecord(e.data) ? e.data : undefined
  if (e.name !== 'TRPCClientError' || data === undefined) return null
  const status = typeof data.httpStatus === 'number' ? data.httpStatus : 0
  if (status < 400) return null
  const json = { message: str(e.message), code: str(data.code), path: data.path }
  return problemFromBody(status, null, bodyOf(json, 'application/json'), undefined, read)
}

/**
 * An {@link HttpProblem} for anything a request can throw: a {@link ProblemError} (its problem),
 * a network failure (`TypeError` from fetch: status 0, code `network`), an abort
 * (`AbortError`: code `aborted`), a timeout (`TimeoutError`, `ETIMEDOUT`: code `timeout`),
 * the errors of HTTP and GraphQL clients (axios, ofetch, ky, graphql-request, Apollo Client v3
 * and v4, urql, tRPC: classified from the parsed body they carry, GraphQL errors as the 2xx
 * error envelope they came in), or anything else (status 0, code `error`). `options.rules` are the
 * app's own rules, as for `classifyResponse`. Never throws.
 */
export function problemFromError(
  error: unknown,
  options: { rules?: readonly ProblemRule[] } = {},
): HttpProblem {
  const problem = problemOf(error, options.rules ? { rules: options.rules } : {})
  // A problem handed over (a ProblemError's, or a problem thrown as is) keeps what it says.
  const handedOver = problem === error || passedThrough.has(problem)
  if (problem.evidence === undefined && !handedOver) {
    problem.evidence = {
      by: problem.status === 0 && problem.code !== 'error' ? 'transport' : 'error',
    }
  }
  hintIfGuessed(problem)
  return problem
}

const passedThrough = new WeakSet<HttpProblem>()

function problemOf(error: unknown, read: Read): HttpProblem {
  try {
    if (isProblemError(error)) {
      passedThrough.add(error.problem)
      return error.problem
    }
    if (isHttpProblem(error)) return error
    const name =
      isRecord(error) || error instanceof Error
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
      // Apollo v3 nests the HTTP failure as `networkError`, urql as `networkError` + `response`.
      const nested = (error as { networkError?: unknown }).networkError
      const http =
        fromTrpcError(error, read) ??
        fromHttpClientError(error, read) ??
        (isRecord(nested) || nested instanceof Error ? fromHttpClientError(nested, read) : null) ??
        fromGraphQLErrors(error, read)
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
