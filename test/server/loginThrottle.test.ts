import { LoginThrottle } from '../../demo/server/loginThrottle'

const rule = { freeFailures: 3, baseDelayMs: 1000, maxDelayMs: 60_000, accountCeiling: 10 }

function fail(throttle: LoginThrottle, account: string, client: string) {
  const turn = throttle.begin(account, client)
  if (turn.ok) throttle.end(account, client, false)
  return turn
}

describe('LoginThrottle', () => {
  test('after the free failures each try waits, twice as long each time, up to the maximum', () => {
    let now = 0
    const throttle = new LoginThrottle(rule, () => now)
    for (let i = 0; i < 3; i++) expect(fail(throttle, 'ada', 'mallory').ok).toBe(true)
    expect(throttle.begin('ada', 'mallory')).toEqual({ ok: false, retryAfterSeconds: 1 })
    now += 1000
    expect(fail(throttle, 'ada', 'mallory').ok).toBe(true)
    expect(throttle.begin('ada', 'mallory')).toEqual({ ok: false, retryAfterSeconds: 2 })
    now += 2000
    expect(fail(throttle, 'ada', 'mallory').ok).toBe(true)
    expect(throttle.begin('ada', 'mallory')).toEqual({ ok: false, retryAfterSeconds: 4 })
    // Waiting out each backoff: 4, 8, 16, 32 s, then 60 s (the maximum) every time.
    const waits: number[] = []
    for (let i = 0; i < 8; i++) {
      const turn = throttle.begin('ada', 'mallory')
      if (turn.ok) throw new Error('a try before its wait was over')
      waits.push(turn.retryAfterSeconds)
      now += turn.retryAfterSeconds * 1000
      expect(fail(throttle, 'ada', 'mallory').ok).toBe(true)
    }
    expect(waits).toEqual([4, 8, 16, 32, 60, 60, 60, 60])
  })

  test('the owner on another client is not held back by someone else’s failures', () => {
    const throttle = new LoginThrottle(rule, () => 0)
    for (let i = 0; i < 3; i++) fail(throttle, 'ada', 'mallory')
    expect(throttle.begin('ada', 'mallory').ok).toBe(false)
    expect(throttle.begin('ada', 'owner')).toEqual({ ok: true })
    throttle.end('ada', 'owner', true)
    // Mallory's other accounts are separate too: the key is the pair.
    expect(throttle.begin('grace', 'mallory')).toEqual({ ok: true })
  })

  test('parallel tries get no more checked than the free failures left', () => {
    const throttle = new LoginThrottle(rule, () => 0)
    const turns = Array.from({ length: 50 }, () => throttle.begin('ada', 'mallory'))
    expect(turns.filter((t) => t.ok)).toHaveLength(3)
  })

  test('a success clears the client’s failures; a cancelled try gives its turn back', () => {
    const throttle = new LoginThrottle(rule, () => 0)
    fail(throttle, 'ada', 'owner')
    fail(throttle, 'ada', 'owner')
    expect(throttle.begin('ada', 'owner').ok).toBe(true)
    throttle.end('ada', 'owner', true)
    for (let i = 0; i < 3; i++) expect(fail(throttle, 'ada', 'owner').ok).toBe(true)
    expect(throttle.begin('ada', 'owner').ok).toBe(false)
    const other = new LoginThrottle(rule, () => 0)
    for (let i = 0; i < 3; i++) {
      expect(other.begin('ada', 'c').ok).toBe(true)
      other.cancel('ada', 'c')
    }
    expect(other.begin('ada', 'c').ok).toBe(true)
  })

  test('failures are forgotten once the maximum wait has passed after the last wait', () => {
    let now = 0
    const throttle = new LoginThrottle(rule, () => now)
    for (let i = 0; i < 3; i++) fail(throttle, 'ada', 'mallory')
    now += 60_000 // the last wait ended at 1 s: still remembered
    expect(throttle.begin('ada', 'mallory').ok).toBe(true)
    throttle.cancel('ada', 'mallory')
    expect(fail(throttle, 'ada', 'mallory').ok).toBe(true)
    expect(throttle.begin('ada', 'mallory').ok).toBe(false)
    now += 2000 + 60_000
    for (let i = 0; i < 3; i++) expect(fail(throttle, 'ada', 'mallory').ok).toBe(true)
  })

  test('failures on one account from many clients together make every client wait', () => {
    let now = 0
    const throttle = new LoginThrottle(rule, () => now)
    for (let client = 0; client < 4; client++) {
      for (let i = 0; i < 3; i++) fail(throttle, 'ada', `bot-${client}`)
    }
    expect(throttle.begin('ada', 'owner').ok).toBe(false)
    expect(throttle.begin('grace', 'owner').ok).toBe(true)
    now += 60_000
    expect(throttle.begin('ada', 'owner').ok).toBe(true)
  })
})
