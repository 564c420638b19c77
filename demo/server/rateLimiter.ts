import { problemResponse, problemTypes } from './problem'

/** How many attempts a key may make per window. */
export interface RateLimit {
  /** Attempts allowed per window for one key. */
  limit: number
  /** Window length in milliseconds. */
  windowMs: number
}

/** The answer of `RateLimiter.hit`: go ahead, or wait this many seconds. */
export type RateDecision = { ok: true } | { ok: false; retryAfterSeconds: number }

/**
 * A fixed-window counter per key, in memory (one process). Counting happens synchronously on
 * `hit`, so a burst of parallel requests is counted before any of them is answered.
 */
export class RateLimiter {
  readonly #windows = new Map<string, { start: number; count: number }>()
  readonly #rule: RateLimit
  readonly #now: () => number

  constructor(rule: RateLimit, now: () => number = Date.now) {
    this.#rule = rule
    this.#now = now
  }

  /** Counts one attempt for `key` and says whether it is within the limit. */
  hit(key: string): RateDecision {
    const now = this.#now()
    let window = this.#windows.get(key)
    if (!window || now - window.start >= this.#rule.windowMs) {
      window = { start: now, count: 0 }
      this.#windows.set(key, window)
      this.#sweep(now)
    }
    window.count++
    if (window.count <= this.#rule.limit) return { ok: true }
    const retryAfterSeconds = Math.max(
      1,
      Math.ceil((window.start + this.#rule.windowMs - now) / 1000),
    )
    return { ok: false, retryAfterSeconds }
  }

  /** Forgets every key (the demo's reset). */
  clear(): void {
    this.#windows.clear()
  }

  // Drops expired windows now and then, so keys from many addresses do not pile up.
  #sweep(now: number): void {
    if (this.#windows.size < 10_000) return
    for (const [key, window] of this.#windows) {
      if (now - window.start >= this.#rule.windowMs) this.#windows.delete(key)
    }
  }
}

/** 429 problem with `Retry-After`, which clients (the kit included) read as "busy, try later". */
export function tooManyAttempts(instance: string, retryAfterSeconds: number): Response {
  return problemResponse(
    {
      type: problemTypes.busy,
      title: 'Too many attempts',
      status: 429,
      detail: `Wait ${retryAfterSeconds} seconds, then try again. Nothing was changed.`,
      instance,
      code: 'rate_limited',
    },
    { 'retry-after': String(retryAfterSeconds) },
  )
}
