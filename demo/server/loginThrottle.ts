import type { RateDecision } from './rateLimiter'

/** How failed logins slow down further attempts. */
export interface LoginThrottleRule {
  /** Failed logins one client may make on one account before each further try must wait. */
  freeFailures: number
  /** The first wait after those; it doubles with each further failure. */
  baseDelayMs: number
  /** The longest wait; failures are forgotten once this long has passed after the last wait. */
  maxDelayMs: number
  /** Failed logins on one account from all clients together, per `maxDelayMs`, before every client waits. */
  accountCeiling: number
}

interface Attempts {
  failures: number
  inFlight: number
  lastFailure: number
  until: number
}

/**
 * Slows password guessing per (account, client) instead of locking the account: a client that
 * got the password wrong `freeFailures` times waits before each further try, twice as long
 * each time, while the owner on another client still logs in. Attempts are counted when they
 * start, so a burst of parallel guesses gets no more than the free ones checked. A success
 * clears that client's failures. Many clients failing on one account together (past
 * `accountCeiling`) make every client wait: guessing spread over many addresses stays slow.
 */
export class LoginThrottle {
  readonly #pairs = new Map<string, Attempts>()
  readonly #accounts = new Map<string, { start: number; count: number }>()
  readonly #rule: LoginThrottleRule
  readonly #now: () => number

  constructor(rule: LoginThrottleRule, now: () => number = Date.now) {
    this.#rule = rule
    this.#now = now
  }

  /** Whether `client` may try a password on `account` now; if so, call `end` when checked. */
  begin(account: string, client: string): RateDecision {
    const now = this.#now()
    const all = this.#accounts.get(account)
    if (all && now - all.start < this.#rule.maxDelayMs && all.count >= this.#rule.accountCeiling) {
      return wait(all.start + this.#rule.maxDelayMs - now)
    }
    const key = pairKey(account, client)
    let entry = this.#pairs.get(key)
    if (entry && entry.inFlight === 0 && now >= this.#forgetAt(entry)) {
      this.#pairs.delete(key)
      entry = undefined
    }
    if (!entry) {
      entry = { failures: 0, inFlight: 0, lastFailure: 0, until: 0 }
      this.#pairs.set(key, entry)
      this.#sweep(now)
    }
    if (now < entry.until) return wait(entry.until - now)
    // Past the free failures, one try at a time; before, no more at once than are left.
    const left =
      entry.failures >= this.#rule.freeFailures ? 1 : this.#rule.freeFailures - entry.failures
    if (entry.inFlight >= left) return wait(this.#rule.baseDelayMs)
    entry.inFlight++
    return { ok: true }
  }

  /** Records how an attempt that `begin` let through ended. */
  end(account: string, client: string, succeeded: boolean): void {
    const now = this.#now()
    const key = pairKey(account, client)
    const entry = this.#pairs.get(key)
    if (!entry) return
    entry.inFlight = Math.max(0, entry.inFlight - 1)
    if (succeeded) {
      if (entry.inFlight === 0) this.#pairs.delete(key)
      else Object.assign(entry, { failures: 0, until: 0 })
      return
    }
    entry.failures++
    entry.lastFailure = now
    const over = entry.failures - this.#rule.freeFailures
    if (over >= 0) {
      entry.until = now + Math.min(this.#rule.maxDelayMs, this.#rule.baseDelayMs * 2 ** over)
    }
    let all = this.#accounts.get(account)
    if (!all || now - all.start >= this.#rule.maxDelayMs) {
      all = { start: now, count: 0 }
      this.#accounts.set(account, all)
    }
    all.count++
  }

  /** Gives back an attempt that `begin` let through but that was never checked. */
  cancel(account: string, client: string): void {
    const entry = this.#pairs.get(pairKey(account, client))
    if (entry) entry.inFlight = Math.max(0, entry.inFlight - 1)
  }

  /** Forgets everything (the demo's reset). */
  clear(): void {
    this.#pairs.clear()
    this.#accounts.clear()
  }

  // Past the last wait by a whole maximum wait: so waits at the maximum keep coming back.
  #forgetAt(entry: Attempts): number {
    return Math.max(entry.lastFailure, entry.until) + this.#rule.maxDelayMs
  }

  // Drops what is past remembering now and then, so keys from many clients do not pile up.
  #sweep(now: number): void {
    if (this.#pairs.size < 10_000) return
    for (const [key, entry] of this.#pairs) {
      if (entry.inFlight === 0 && now >= this.#forgetAt(entry)) {
        this.#pairs.delete(key)
      }
    }
    for (const [key, all] of this.#accounts) {
      if (now - all.start >= this.#rule.maxDelayMs) this.#accounts.delete(key)
    }
  }
}

const wait = (ms: number): RateDecision => ({
  ok: false,
  retryAfterSeconds: Math.max(1, Math.ceil(ms / 1000)),
})

const pairKey = (account: string, client: string) => JSON.stringify([account, client])
