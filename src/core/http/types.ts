/**
 * What kind of conflict a failed write ran into.
 * - `duplicate`: the thing you tried to create already exists (email, username, slug).
 * - `stale`: your version is old; someone else changed the resource first.
 * - `state`: the resource's current state forbids the action (already shipped, accepted).
 * - `busy`: a concurrent request for the same thing is in flight; may be retried later.
 * - `unknown`: a 409 we cannot place.
 */
export type ConflictKind = 'duplicate' | 'stale' | 'state' | 'busy' | 'unknown'

/** Every kind of failed write the kit tells apart. */
export type ProblemKind = ConflictKind | 'precondition-required' | 'validation' | 'other'

/**
 * What decided a problem's kind, so an app (or a developer reading the console) can tell a
 * reading from a guess.
 */
export interface ProblemEvidence {
  /**
   * - `rule`: a rule the app declared (`value` is its index in `rules`)
   * - `code`: a machine code of the body or a header (`value` is the code)
   * - `wording`: a sentence of the body (`value` is the sentence)
   * - `field`: a per-field error's code or wording (`value` is the field)
   * - `status`: the status with the request's method and headers; the body said nothing decisive
   * - `request`: the request settles it (a 412 to `If-None-Match: *`, or to a request that
   *   carried no precondition)
   * - `transport`: no response arrived (network failure, abort, timeout)
   * - `error`: an error that is not an HTTP answer (a bug, a thrown string)
   */
  by: 'rule' | 'code' | 'wording' | 'field' | 'status' | 'request' | 'transport' | 'error'
  /** The code, sentence (at most 200 characters), field or rule index that decided. */
  value?: string
  /** For a 2xx answer that was an error envelope: which one (`graphql`, `ok-false`, `status-error`, ...). */
  envelope?: string
}

/** Everything the UI needs to explain a failed write. All text fields are plain text. */
export interface HttpProblem {
  /** HTTP status code, or 0 when no response arrived (network failure, abort). */
  status: number
  kind: ProblemKind
  /** Human text, safe to show (plain text, never HTML). */
  title: string
  detail?: string
  /** Problem type URI (RFC 9457), if any. */
  type?: string
  /** RFC 9457 `instance`, if any. */
  instance?: string
  /** Machine code found in the body (`user_exists`, `ConditionNotMet`, ...). */
  code?: string
  /** The field that conflicted or failed (`email`, `username`, ...). */
  field?: string
  /** The conflicting value, if the server echoed it. */
  value?: unknown
  /** Validation errors per field, one message each (react-hook-form's `setError` shape). */
  fieldErrors?: Record<string, string>
  /** ETag or version the server holds now, if it said. */
  currentVersion?: string
  /** The server's current representation, if it sent one. */
  current?: unknown
  /** For `busy` (and 429/503): how long to wait before retrying. */
  retryAfterMs?: number
  /** The parsed body (or text), bounded in size. */
  raw: unknown
  /**
   * What decided `kind` (see {@link ProblemEvidence}). Set on every problem `classifyResponse`
   * and `problemFromError` build; absent on problems made by hand.
   */
  evidence?: ProblemEvidence
}

/**
 * Request headers in any form `new Headers()` accepts. Spelled through `Headers` rather than
 * the DOM's `HeadersInit` so that the declarations also compile in Node projects without the
 * DOM lib (`@types/node` has `Headers` but no global `HeadersInit`).
 */
export type HeadersInput = ConstructorParameters<typeof Headers>[0]
