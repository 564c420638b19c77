import { RateLimiter } from '../../demo/server/rateLimiter'
import { serverOptionsFromEnv } from '../../demo/server/startServer'

describe('RateLimiter', () => {
  test('allows `limit` hits per key and window, then says how long to wait', () => {
    let now = 1_000_000
    const limiter = new RateLimiter({ limit: 3, windowMs: 60_000 }, () => now)
    expect([1, 2, 3].map(() => limiter.hit('a').ok)).toEqual([true, true, true])
    now += 15_000
    expect(limiter.hit('a')).toEqual({ ok: false, retryAfterSeconds: 45 })
    // Another key has its own count.
    expect(limiter.hit('b').ok).toBe(true)
    now += 45_000
    expect(limiter.hit('a').ok).toBe(true)
  })

  test('never answers a wait under one second, and clear() forgets every key', () => {
    let now = 0
    const limiter = new RateLimiter({ limit: 1, windowMs: 1_000 }, () => now)
    limiter.hit('a')
    now = 999
    expect(limiter.hit('a')).toEqual({ ok: false, retryAfterSeconds: 1 })
    limiter.clear()
    expect(limiter.hit('a').ok).toBe(true)
  })
})

describe('serverOptionsFromEnv', () => {
  test('reads the scrypt cost and the reset token', () => {
    expect(
      serverOptionsFromEnv({ DEMO_SCRYPT_COST: '12', DEMO_RESET_TOKEN: 'x'.repeat(20) }),
    ).toEqual({
      scryptCost: 12,
      resetToken: 'x'.repeat(20),
    })
  })
})
