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
}

/**
 * Request headers in any form `new Headers()` accepts. Spelled through `Headers` rather than
 * the DOM's `HeadersInit` so that the declarations also compile in Node projects without the
 * DOM lib (`@types/node` has `Headers` but no global `HeadersInit`).
 */
export type HeadersInput = ConstructorParameters<typeof Headers>[0]
