// Retry policy for TanStack Query's `retry` / `retryDelay` options. TanStack passes the number
// of failures so far starting at 0 for the first failure, and retries while `retry` says true.
import { problemFromError } from './problemError'

/** Options for {@link shouldRetry}. */
export interface RetryPolicyOptions {
  /** Retries for `busy` problems (idempotency key in use, 423/429, 503 with Retry-After). Defaults to `3`. */
  maxBusyRetries?: number
  /** Retries for network failures (status 0, not aborted, not a timeout of ours). Defaults to `2`. */
  maxNetworkRetries?: number
  /** Retries for 502/503/504 without a busy signal: safe for reads, not for writes. Defaults to `0`. */
  maxServerRetries?: number
}

/** Options for {@link retryDelay}. */
export interface RetryDelayOptions {
  /** Longest wait, for server hints and backoff alike. Defaults to `30000` (30 s). */
  capMs?: number
  /** First backoff step, doubled on each failure. Defaults to `1000`. */
  baseMs?: number
}

/**
 * Whether to try again after `failureCount` failures (0 on the first). Never retries a
 * conflict, validation or other 4xx (409/412/422/400/428...): the same request would fail the
 * same way or, worse, overwrite someone's work. Retries `busy` up to `maxBusyRetries` and
 * network failures up to `maxNetworkRetries`; aborts never.
 */
export function shouldRetry(
  failureCount: number,
  error: unknown,
  opts: RetryPolicyOptions = {},
): boolean {
  const problem = problemFromError(error)
  if (problem.kind === 'busy') return failureCount < (opts.maxBusyRetries ?? 3)
  if (problem.status === 0) {
    const transient = problem.code === 'network' || problem.code === 'timeout'
    return transient && failureCount < (opts.maxNetworkRetries ?? 2)
  }
  if (problem.status === 502 || problem.status === 503 || problem.status === 504) {
    return failureCount < (opts.maxServerRetries ?? 0)
  }
  return false
}

/**
 * How long to wait before retry number `failureCount + 1`: the server's `Retry-After` (or body
 * hint) when the problem has one, else exponential backoff `baseMs * 2^failureCount`; both
 * capped at `capMs`.
 */
export function retryDelay(
  failureCount: number,
  error: unknown,
  opts: RetryDelayOptions = {},
): number {
  const cap = opts.capMs ?? 30_000
  const hint = problemFromError(error).retryAfterMs
  if (hint !== undefined && Number.isFinite(hint)) return Math.min(Math.max(0, hint), cap)
  const step = (opts.baseMs ?? 1000) * 2 ** Math.max(0, failureCount)
  return Math.min(step, cap)
}
