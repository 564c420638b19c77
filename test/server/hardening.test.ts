import { createApp } from '../../demo/server/createApp'
import { DEFAULT_SCRYPT_COST, hashPassword } from '../../demo/server/password'
import { startServer, type RunningServer } from '../../demo/server/startServer'
import { classifyResponse } from '../../src/core/http/classifyResponse'
import { expectProblem, json, reset, testServerOptions, TEST_RESET_TOKEN } from './helpers'

// Two servers on one database: the reference configuration of the demo (reveals duplicates)
// and the enumeration-safe one with its demo mailbox. Rate limits are on only where tested.
let open: RunningServer
let safe: RunningServer

beforeAll(async () => {
  open = await startServer(testServerOptions)
  safe = await startServer({
    ...testServerOptions,
    db: open.db,
    enumerationSafe: true,
    demoMailbox: true,
  })
})
afterAll(async () => {
  await safe?.close()
  await open?.close()
})
beforeEach(() => reset(open.url))

const post = (server: RunningServer, path: string, body: unknown, headers = {}) =>
  fetch(`${server.url}${path}`, json('POST', body, headers))

async function mailbox(address: string) {
  const res = await fetch(`${safe.url}/api/demo/mailbox?address=${encodeURIComponent(address)}`)
  expect(res.status).toBe(200)
  return ((await res.json()) as { messages: { subject: string; link?: string }[] }).messages
}

describe('enumeration-safe signup is server configuration, neutral for every duplicate', () => {
  test('new email, taken email, taken username, taken both: byte-identical 202', async () => {
    const bodies = [
      { email: 'fresh@example.com', password: 'long-enough' },
      { email: 'ADA@example.com', password: 'long-enough' },
      { email: 'other@example.com', password: 'long-enough', username: 'ada' },
      { email: 'ada@example.com', password: 'long-enough', username: 'ADA' },
    ]
    const answers = await Promise.all(bodies.map((b) => post(safe, '/api/signup', b)))
    const texts = await Promise.all(answers.map((r) => r.text()))
    expect(answers.map((r) => r.status)).toEqual([202, 202, 202, 202])
    expect(new Set(texts).size).toBe(1)
    expect(new Set(answers.map((r) => r.headers.get('content-type'))).size).toBe(1)
  })

  test('no request header switches it, either way', async () => {
    const taken = { email: 'ada@example.com', password: 'long-enough' }
    for (const value of ['0', 'false', 'off']) {
      const res = await post(safe, '/api/signup', taken, { 'x-enumeration-safe': value })
      expect(res.status).toBe(202)
    }
    const res = await post(open, '/api/signup', taken, { 'x-enumeration-safe': '1' })
    expect((await expectProblem(res, 409)).field).toBe('email')
  })

  test('validation errors are still 422', async () => {
    await expectProblem(await post(safe, '/api/signup', { email: 'no', password: 'x' }), 422)
  })
})

describe('enumeration-safe: an account is usable only once its address is confirmed', () => {
  test('signing up someone else’s new address gives no working account and no hint', async () => {
    const attack = { email: 'victim@example.com', password: 'attacker-password' }
    expect((await post(safe, '/api/signup', attack)).status).toBe(202)
    const attempt = await post(safe, '/api/login', attack)
    const wrong = await post(safe, '/api/login', { email: 'ada@example.com', password: 'nope' })
    // Same 401 as any wrong password: it says neither "new" nor "pending".
    expect(await expectProblem(attempt, 401)).toEqual(await expectProblem(wrong, 401))
  })

  test('the mailed link confirms once; then the account logs in', async () => {
    const account = { email: 'grace@example.com', password: 'hopper-1906', username: 'grace' }
    await post(safe, '/api/signup', account)
    const [mail] = await mailbox('GRACE@example.com')
    expect(mail?.subject).toBe('Confirm your address')
    const token = new URL(mail!.link!, safe.url).searchParams.get('token')
    expect(token).toMatch(/^[\w-]{40,}$/)
    const confirmed = await post(safe, '/api/signup/confirm', { token })
    expect(confirmed.status).toBe(201)
    expect(await confirmed.json()).toMatchObject({ email: 'grace@example.com', username: 'grace' })
    expect((await post(safe, '/api/login', account)).status).toBe(200)
    // Single use, and an invented token is the same 400.
    const again = await expectProblem(await post(safe, '/api/signup/confirm', { token }), 400)
    expect(again.code).toBe('confirmation_invalid')
    await expectProblem(await post(safe, '/api/signup/confirm', { token: 'x'.repeat(43) }), 400)
  })

  test('a taken address gets a notice by mail, and its password is not changed', async () => {
    await post(safe, '/api/signup', { email: 'ada@example.com', password: 'attacker-password' })
    const [mail] = await mailbox('ada@example.com')
    expect(mail?.subject).toBe('You already have an account')
    expect(mail?.link).toBe('/login')
    const owner = { email: 'ada@example.com', password: 'correct-horse-battery' }
    expect((await post(safe, '/api/login', owner)).status).toBe(200)
    const attacker = { email: 'ada@example.com', password: 'attacker-password' }
    await expectProblem(await post(safe, '/api/login', attacker), 401)
  })

  test('the mailbox route exists only when configured', async () => {
    await expectProblem(await fetch(`${open.url}/api/demo/mailbox?address=a@b.c`), 404)
    expect(await (await fetch(`${safe.url}/api/settings`)).json()).toEqual({
      enumerationSafe: true,
      demoMailbox: true,
    })
  })
})

describe('POST /api/reset is restricted', () => {
  const resetWith = (headers: Record<string, string>, body?: string) =>
    fetch(`${open.url}/api/reset`, { method: 'POST', headers, body })

  test('needs the token, a JSON content type and no foreign Origin', async () => {
    const ok = { 'content-type': 'application/json', authorization: `Bearer ${TEST_RESET_TOKEN}` }
    await expectProblem(await resetWith({ 'content-type': 'application/json' }), 401)
    await expectProblem(
      await resetWith({ ...ok, authorization: 'Bearer wrong-token-000000000' }),
      401,
    )
    await expectProblem(await resetWith({ authorization: ok.authorization }), 415)
    await expectProblem(await resetWith({ ...ok, 'content-type': 'text/plain' }, '{}'), 415)
    await expectProblem(await resetWith({ ...ok, origin: 'https://evil.example' }), 403)
    expect((await resetWith(ok)).status).toBe(204)
  })

  test('does not exist without a token, and a short token is refused at start', () => {
    expect(() => createApp(open.db, { resetToken: 'short' })).toThrow(/16/)
  })
})

describe('scrypt cost', () => {
  test('defaults to OWASP’s N = 2^17; the tests run with their own low cost', async () => {
    expect(DEFAULT_SCRYPT_COST).toBe(17)
    expect(await hashPassword('a password')).toMatch(/^scrypt\$131072\$8\$1\$/)
    await post(open, '/api/signup', { email: 'n@example.com', password: 'long-enough' })
    const { rows } = await open.db.query<{ password_hash: string }>(
      `SELECT password_hash FROM users WHERE email = 'n@example.com'`,
    )
    expect(rows[0]?.password_hash).toMatch(/^scrypt\$4096\$/)
  })

  test('a cost outside 10..20 is refused when the app is created', () => {
    for (const scryptCost of [9, 21, 14.5, Number.NaN]) {
      expect(() => createApp(open.db, { scryptCost })).toThrow(RangeError)
    }
  })
})

describe('rate limits on login and signup', () => {
  let limited: RunningServer
  beforeAll(async () => {
    limited = await startServer({
      ...testServerOptions,
      db: open.db,
      rateLimit: { perAccount: 5, perAddress: 30, windowMs: 60_000 },
      // These tests count what the rate limits let through; the hashing queue has its own.
      kdf: false,
    })
  })
  afterAll(() => limited?.close())
  beforeEach(() => reset(limited.url))

  test('200 parallel wrong passwords on one account: 5 are checked, the rest are 429', async () => {
    const answers = await Promise.all(
      Array.from({ length: 200 }, (_, i) =>
        post(limited, '/api/login', { email: 'ada@example.com', password: `guess-${i}` }),
      ),
    )
    const statuses = answers.map((r) => r.status)
    expect(statuses.filter((s) => s === 401)).toHaveLength(5)
    expect(statuses.filter((s) => s === 429)).toHaveLength(195)
    const refused = answers.find((r) => r.status === 429)!
    expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(0)
    // The kit reads it as busy, with the wait.
    const problem = await classifyResponse(refused, { method: 'POST' })
    expect(problem).toMatchObject({ kind: 'busy', status: 429 })
    expect(problem?.retryAfterMs).toBeGreaterThan(0)
    // Even the right password waits now, from this client: the guesses came from here.
    // (The owner on another client is not held back: see accountProtections.test.ts.)
    const right = { email: 'ADA@example.com', password: 'correct-horse-battery' }
    expect((await post(limited, '/api/login', right)).status).toBe(429)
  })

  test('one address trying many accounts is limited too', async () => {
    const answers = await Promise.all(
      Array.from({ length: 100 }, (_, i) =>
        post(limited, '/api/signup', { email: `user${i}@example.com`, password: 'long-enough' }),
      ),
    )
    const statuses = answers.map((r) => r.status)
    expect(statuses.filter((s) => s === 201)).toHaveLength(30)
    expect(statuses.filter((s) => s === 429)).toHaveLength(70)
    await expectProblem(
      answers.find((r) => r.status === 429)!,
      429,
    )
  })
})

describe('CSRF: state-changing routes take same-origin JSON only', () => {
  const login = { email: 'ada@example.com', password: 'correct-horse-battery' }

  test.each([
    ['a foreign Origin', { origin: 'https://evil.example' }],
    ['Origin: null (sandboxed frame, file:)', { origin: 'null' }],
    ['a sibling port', { origin: 'http://127.0.0.1:1' }],
    ['Sec-Fetch-Site: cross-site without Origin', { 'sec-fetch-site': 'cross-site' }],
    ['Sec-Fetch-Site: same-site without Origin', { 'sec-fetch-site': 'same-site' }],
  ])('refuses %s with 403', async (_name, headers) => {
    const problem = await expectProblem(await post(open, '/api/login', login, headers), 403)
    expect(problem.code).toBe('cross_origin')
    const doc = await fetch(`${open.url}/api/docs/release-checklist`, json('PUT', {}, headers))
    await expectProblem(doc, 403)
    const order = await post(
      open,
      '/api/orders/ord-1001/transitions',
      { action: 'cancel' },
      headers,
    )
    await expectProblem(order, 403)
    const { rows } = await open.db.query(`SELECT state FROM orders WHERE id = 'ord-1001'`)
    expect(rows[0]?.state).toBe('placed')
  })

  test('accepts its own origin, no Origin (non-browser clients) and configured origins', async () => {
    expect((await post(open, '/api/login', login, { origin: open.url })).status).toBe(200)
    expect(
      (await post(open, '/api/login', login, { 'sec-fetch-site': 'same-origin' })).status,
    ).toBe(200)
    expect((await post(open, '/api/login', login)).status).toBe(200)
    const proxied = createApp(open.db, {
      ...testServerOptions,
      allowedOrigins: ['https://docs.example.com'],
    })
    const res = await proxied.request(
      '/api/login',
      json('POST', login, { origin: 'https://docs.example.com' }),
    )
    expect(res.status).toBe(200)
  })

  test('a cross-site form post (text/plain, urlencoded, multipart) is 415', async () => {
    for (const type of ['text/plain', 'application/x-www-form-urlencoded', 'multipart/form-data']) {
      const res = await fetch(`${open.url}/api/login`, {
        method: 'POST',
        headers: { 'content-type': type },
        body: JSON.stringify(login),
      })
      await expectProblem(res, 415)
    }
  })
})

describe('text that cannot be stored as sent is a 400 problem, never 500 or altered', () => {
  const id = 'release-checklist'
  async function current() {
    const res = await fetch(`${open.url}/api/docs/${id}`)
    return { doc: (await res.json()) as Record<string, unknown>, etag: res.headers.get('etag')! }
  }

  test.each([
    ['NUL in the body text', (d: Record<string, unknown>) => ({ ...d, body: 'a\u0000b' }), '/body'],
    [
      'a lone high surrogate',
      (d: Record<string, unknown>) => ({ ...d, title: 'x\ud83d' }),
      '/title',
    ],
    [
      'a lone low surrogate in a tag',
      (d: Record<string, unknown>) => ({ ...d, tags: ['\ude00'] }),
      '/tags/0',
    ],
    ['NUL in a key', (d: Record<string, unknown>) => ({ ...d, 'a\u0000': 1 }), '/a\u0000'],
  ])('PUT a document with %s', async (_name, change, pointer) => {
    const { doc, etag } = await current()
    const res = await fetch(
      `${open.url}/api/docs/${id}`,
      json('PUT', change(doc), { 'if-match': etag }),
    )
    const problem = await expectProblem(res, 400)
    expect(problem).toMatchObject({ code: 'unstorable_text', pointer })
    expect((await current()).etag).toBe(etag)
  })

  test('signup and login with NUL or a lone surrogate', async () => {
    for (const body of [
      { email: 'nul\u0000@example.com', password: 'long-enough' },
      { email: 'a@example.com', password: 'long-\ud800-enough' },
    ]) {
      await expectProblem(await post(open, '/api/signup', body), 400)
      await expectProblem(await post(open, '/api/login', body), 400)
    }
    const { rows } = await open.db.query(`SELECT 1 FROM users WHERE email LIKE 'nul%'`)
    expect(rows).toHaveLength(0)
  })

  test('bytes that are not UTF-8 are refused, not replaced with U+FFFD', async () => {
    const { doc, etag } = await current()
    const text = JSON.stringify({ ...doc, title: 'TITLE' })
    const bytes = new TextEncoder().encode(text)
    const at = text.indexOf('TITLE')
    bytes.set([0xed, 0xa0, 0x80], at) // a surrogate encoded as if it were a character (WTF-8)
    const res = await fetch(`${open.url}/api/docs/${id}`, {
      method: 'PUT',
      headers: { 'content-type': 'application/json', 'if-match': etag },
      body: bytes,
    })
    await expectProblem(res, 400)
    expect((await current()).etag).toBe(etag)
  })

  test('a NUL in an id or query is 400, not a database error', async () => {
    for (const path of [
      '/api/docs/%00',
      '/api/orders/a%00b',
      '/api/docs?x=%00',
      '/api/docs/%E0%A4%A',
    ]) {
      await expectProblem(await fetch(`${open.url}${path}`), 400)
    }
    await expectProblem(await post(open, '/api/orders/%00/transitions', { action: 'cancel' }), 400)
  })

  test('a well-formed emoji (a surrogate pair) is stored exactly as sent', async () => {
    const { doc, etag } = await current()
    const title = 'Launch 🚀 👩‍👩‍👧 done'
    const res = await fetch(
      `${open.url}/api/docs/${id}`,
      json('PUT', { ...doc, title }, { 'if-match': etag }),
    )
    expect(res.status).toBe(200)
    expect((await current()).doc.title).toBe(title)
  })
})
