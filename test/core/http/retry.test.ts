import { ProblemError } from '../../../src/core/http/problemError'
import { retryDelay, shouldRetry } from '../../../src/core/http/retry'
import type { HttpProblem, ProblemKind } from '../../../src/core/http/types'

const err = (status: number, kind: ProblemKind, extra: Partial<HttpProblem> = {}) =>
  new ProblemError({ status, kind, title: 't', raw: null, ...extra })

describe('shouldRetry', () => {
  test.each([
    [409, 'stale'],
    [412, 'stale'],
    [409, 'duplicate'],
    [422, 'duplicate'],
    [422, 'validation'],
    [400, 'validation'],
    [428, 'precondition-required'],
    [409, 'state'],
    [409, 'unknown'],
    [401, 'other'],
    [403, 'other'],
    [404, 'other'],
    [500, 'other'],
  ] as const)('never retries %i %s', (status, kind) => {
    expect(shouldRetry(0, err(status, kind))).toBe(false)
  })

  test('busy retries up to maxBusyRetries (default 3)', () => {
    const busy = err(409, 'busy', { code: 'idempotency_key_in_use' })
    expect([0, 1, 2, 3].map((n) => shouldRetry(n, busy))).toEqual([true, true, true, false])
    expect([0, 1].map((n) => shouldRetry(n, busy, { maxBusyRetries: 1 }))).toEqual([true, false])
    expect(shouldRetry(0, err(429, 'busy'))).toBe(true)
  })

  test('network failures retry up to 2; aborts never', () => {
    const net = new TypeError('fetch failed')
    expect([0, 1, 2].map((n) => shouldRetry(n, net))).toEqual([true, true, false])
    expect(shouldRetry(0, new DOMException('x', 'TimeoutError'))).toBe(true)
    expect(shouldRetry(0, new DOMException('x', 'AbortError'))).toBe(false)
    expect(shouldRetry(0, new Error('a bug'))).toBe(false)
  })

  test('gateway errors only when asked', () => {
    expect(shouldRetry(0, err(502, 'other'))).toBe(false)
    expect(shouldRetry(0, err(504, 'other'), { maxServerRetries: 1 })).toBe(true)
    expect(shouldRetry(1, err(504, 'other'), { maxServerRetries: 1 })).toBe(false)
  })
})

describe('retryDelay', () => {
  test('uses the server hint, capped', () => {
    expect(retryDelay(0, err(429, 'busy', { retryAfterMs: 2000 }))).toBe(2000)
    expect(retryDelay(5, err(429, 'busy', { retryAfterMs: 0 }))).toBe(0)
    expect(retryDelay(0, err(503, 'busy', { retryAfterMs: 3_600_000 }))).toBe(30_000)
    expect(retryDelay(0, err(503, 'busy', { retryAfterMs: 90_000 }), { capMs: 60_000 })).toBe(
      60_000,
    )
  })

  test('otherwise exponential backoff from 1 s, capped at 30 s', () => {
    const net = new TypeError('fetch failed')
    expect([0, 1, 2, 3, 4, 5, 10].map((n) => retryDelay(n, net))).toEqual([
      1000, 2000, 4000, 8000, 16000, 30000, 30000,
    ])
    expect(retryDelay(2, net, { baseMs: 100, capMs: 250 })).toBe(250)
  })
})
