/**
 * Attacks on the demo server (the reference users copy), each with the defence that must hold.
 * Servers run with the test scrypt cost and a reset token; everything else is the default,
 * except the rate-limited server, which uses small limits so the flood stays short.
 */
import { createApp } from '../../demo/server/createApp'
import { hashPassword } from '../../demo/server/password'
import { startServer, type RunningServer } from '../../demo/server/startServer'
import { classifyResponse } from '../../src/core/http/classifyResponse'
import { clientRequest, postJson as rawPost } from '../server/clientRequest'
import { reset, TEST_RESET_TOKEN, TEST_SCRYPT_COST } from '../server/helpers'
import { attackLog } from './attackLog'

const attack = attackLog('server')
let open: RunningServer
let safe: RunningServer
const base = { port: 0, scryptCost: TEST_SCRYPT_COST, resetToken: TEST_RESET_TOKEN }

beforeAll(async () => {
  open = await startServer({ ...base, rateLimit: { perAccount: 10, perAddress: 60 } })
  safe = await startServer({ ...base, db: open.db, enumerationSafe: true, demoMailbox: true })
})
afterAll(async () => {
  await safe?.close()
  await open?.close()
})
beforeEach(async () => {
  await reset(open.url)
  await reset(safe.url)
})

const send = (server: RunningServer, path: string, init: RequestInit) =>
  fetch(`${server.url}${path}`, init)
const postJson = (server: RunningServer, path: string, body: unknown, headers = {}) =>
  send(server, path, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify(body),
  })
const statusOf = async (res: Response) => {
  await res.body?.cancel()
  return res.status
}
const order = async (id: string) =>
  ((await (await fetch(`${open.url}/api/orders/${id}`)).json()) as { state: string }).state
async function doc() {
  const res = await fetch(`${open.url}/api/docs/release-checklist`)
  return { value: (await res.json()) as Record<string, unknown>, etag: res.headers.get('etag')! }
}
async function putDoc(body: string | Uint8Array<ArrayBuffer>, etag: string) {
  return send(open, '/api/docs/release-checklist', {
    method: 'PUT',
    headers: { 'content-type': 'application/json', 'if-match': etag },
    body,
  })
}

describe('account enumeration', () => {
  const neutral = async (body: Record<string, unknown>, headers = {}) => {
    const res = await postJson(safe, '/api/signup', body, headers)
    return `${res.status} ${await res.text()}`
  }
  attack(
    'enumeration',
    'X-Enumeration-Safe: 0 on a safe server',
    'header ignored, neutral 202',
    async () => {
      const fresh = await neutral({ email: 'new@example.com', password: 'long-enough' })
      const taken = await neutral(
        { email: 'ada@example.com', password: 'long-enough' },
        { 'x-enumeration-safe': '0' },
      )
      expect(taken).toBe(fresh)
    },
  )
  attack('enumeration', 'taken username with a new email', 'same neutral 202', async () => {
    const fresh = await neutral({
      email: 'n1@example.com',
      password: 'long-enough',
      username: 'newbie',
    })
    const taken = await neutral({
      email: 'n2@example.com',
      password: 'long-enough',
      username: 'ada',
    })
    expect(taken).toBe(fresh)
  })
  attack('enumeration', 'taken email in any case', 'same neutral 202', async () => {
    const fresh = await neutral({ email: 'n3@example.com', password: 'long-enough' })
    expect(await neutral({ email: 'AdA@Example.com', password: 'long-enough' })).toBe(fresh)
  })
  attack('enumeration', 'wrong password vs unknown email at login', 'identical 401', async () => {
    const a = await postJson(safe, '/api/login', { email: 'ada@example.com', password: 'nope' })
    const b = await postJson(safe, '/api/login', { email: 'nobody@example.com', password: 'nope' })
    expect(`${a.status} ${await a.text()}`).toBe(`${b.status} ${await b.text()}`)
  })
  attack('enumeration', 'password reset for known vs unknown email', 'identical 202', async () => {
    const a = await postJson(safe, '/api/password-reset', { email: 'ada@example.com' })
    const b = await postJson(safe, '/api/password-reset', { email: 'nobody@example.com' })
    expect(`${a.status} ${await a.text()}`).toBe(`${b.status} ${await b.text()}`)
  })
})

describe('account takeover through signup', () => {
  attack(
    'signup',
    'sign up a victim’s new address, log in with own password',
    'no account until confirmed; identical 401',
    async () => {
      await postJson(safe, '/api/signup', {
        email: 'victim@example.com',
        password: 'attacker-pass',
      })
      const res = await postJson(safe, '/api/login', {
        email: 'victim@example.com',
        password: 'attacker-pass',
      })
      const wrong = await postJson(safe, '/api/login', {
        email: 'ada@example.com',
        password: 'bad',
      })
      expect(`${res.status} ${await res.text()}`).toBe(`${wrong.status} ${await wrong.text()}`)
    },
  )
  attack(
    'signup',
    'sign up an existing address with a new password',
    'old password still the only one',
    async () => {
      await postJson(safe, '/api/signup', { email: 'ada@example.com', password: 'attacker-pass' })
      expect(
        await statusOf(
          await postJson(safe, '/api/login', {
            email: 'ada@example.com',
            password: 'attacker-pass',
          }),
        ),
      ).toBe(401)
      expect(
        await statusOf(
          await postJson(safe, '/api/login', {
            email: 'ada@example.com',
            password: 'correct-horse-battery',
          }),
        ),
      ).toBe(200)
    },
  )
  attack('signup', 'forged confirmation token', '400 confirmation_invalid', async () => {
    const res = await postJson(safe, '/api/signup/confirm', { token: 'A'.repeat(43) })
    expect(res.status).toBe(400)
    expect(((await res.json()) as { code: string }).code).toBe('confirmation_invalid')
  })
  attack('signup', 'replayed confirmation token', 'single use', async () => {
    await postJson(safe, '/api/signup', { email: 'r@example.com', password: 'long-enough' })
    const mail = (await (
      await fetch(`${safe.url}/api/demo/mailbox?address=r@example.com`)
    ).json()) as { messages: { link: string }[] }
    const token = new URL(mail.messages[0]!.link, safe.url).searchParams.get('token')
    expect(await statusOf(await postJson(safe, '/api/signup/confirm', { token }))).toBe(201)
    expect(await statusOf(await postJson(safe, '/api/signup/confirm', { token }))).toBe(400)
  })
})

describe('destructive routes', () => {
  attack('reset', 'cross-origin POST /api/reset with no body', '403', async () => {
    expect(
      await statusOf(
        await send(open, '/api/reset', {
          method: 'POST',
          headers: { origin: 'https://evil.example' },
        }),
      ),
    ).toBe(403)
  })
  attack('reset', 'POST /api/reset without the token', '401', async () => {
    expect(await statusOf(await postJson(open, '/api/reset', {}))).toBe(401)
  })
  attack('reset', 'POST /api/reset as text/plain with the token', '415', async () => {
    const res = await send(open, '/api/reset', {
      method: 'POST',
      headers: { authorization: `Bearer ${TEST_RESET_TOKEN}` },
      body: '',
    })
    expect(await statusOf(res)).toBe(415)
  })
  attack(
    'reset',
    'POST /api/reset on a server started without a token',
    'no such route (404)',
    async () => {
      const app = createApp(open.db, { scryptCost: TEST_SCRYPT_COST })
      expect(
        (
          await app.request('/api/reset', {
            method: 'POST',
            headers: { 'content-type': 'application/json' },
          })
        ).status,
      ).toBe(404)
    },
  )
  attack('reset', 'GET /api/reset', '405, nothing reset', async () => {
    expect(await statusOf(await fetch(`${open.url}/api/reset`))).toBe(405)
  })
})

describe('password storage and guessing', () => {
  attack(
    'passwords',
    'offline guessing of a stolen hash',
    'scrypt N=2^17 r=8 by default',
    async () => {
      expect(await hashPassword('x')).toMatch(/^scrypt\$131072\$8\$1\$/)
    },
  )
  attack(
    'passwords',
    'a stored hash naming N=2^30 (memory bomb)',
    'refused without deriving',
    async () => {
      const { verifyPassword } = await import('../../demo/server/password')
      expect(await verifyPassword('x', 'scrypt$1073741824$8$1$c2FsdA==$aGFzaA==')).toBe(false)
    },
  )
  attack(
    'rate limit',
    '200 parallel wrong passwords on one account',
    'at most 10 checked, 429 + Retry-After',
    async () => {
      const answers = await Promise.all(
        Array.from({ length: 200 }, (_, i) =>
          postJson(open, '/api/login', { email: 'ada@example.com', password: `guess-${i}` }),
        ),
      )
      const statuses = await Promise.all(answers.map(statusOf))
      expect(statuses.filter((s) => s === 401).length).toBeLessThanOrEqual(10)
      expect(
        answers
          .filter((r) => r.status === 429)
          .every((r) => Number(r.headers.get('retry-after')) > 0),
      ).toBe(true)
    },
  )
  attack(
    'rate limit',
    '100 parallel signups from one address',
    '429 beyond the per-address limit',
    async () => {
      const answers = await Promise.all(
        Array.from({ length: 100 }, (_, i) =>
          postJson(open, '/api/signup', {
            email: `flood${i}@example.com`,
            password: 'long-enough',
          }),
        ),
      )
      const statuses = await Promise.all(answers.map(statusOf))
      expect(statuses.filter((s) => s === 201).length).toBeLessThanOrEqual(60)
      expect(statuses.filter((s) => s === 429).length).toBeGreaterThanOrEqual(40)
    },
  )
  attack('rate limit', 'the 429 as the kit reads it', 'busy, with retryAfterMs', async () => {
    for (let i = 0; i < 10; i++)
      await statusOf(await postJson(open, '/api/login', { email: 'x@example.com', password: 'p' }))
    const problem = await classifyResponse(
      await postJson(open, '/api/login', { email: 'x@example.com', password: 'p' }),
      { method: 'POST' },
    )
    expect(problem).toMatchObject({ kind: 'busy', status: 429 })
    expect(problem?.retryAfterMs).toBeGreaterThan(0)
  })
})

describe('DNS rebinding', () => {
  // A page on a name the attacker controls, re-pointed at 127.0.0.1 after it loaded: the
  // browser sends that name as Host and as Origin, on the server's own port.
  const rebound = () => `rebound.example:${open.port}`
  attack('rebinding', 'GET a document as a rebound name', '421, nothing read', async () => {
    const res = await clientRequest(`${open.url}/api/docs/release-checklist`, {
      headers: { host: rebound() },
    })
    expect(res.status).toBe(421)
    expect(res.body).not.toContain('Release')
  })
  attack(
    'rebinding',
    'PUT a document as a rebound name with its own Origin',
    '421, document unchanged',
    async () => {
      const before = await doc()
      const res = await clientRequest(
        `${open.url}/api/docs/release-checklist`,
        rawPost(
          { ...before.value, title: 'pwned' },
          {
            method: 'PUT',
            headers: { host: rebound(), origin: `http://${rebound()}`, 'if-match': before.etag },
          },
        ),
      )
      expect(res.status).toBe(421)
      expect((await doc()).etag).toBe(before.etag)
    },
  )
})

describe('password-hashing floods and lockout', () => {
  const ada = { email: 'ada@example.com', password: 'correct-horse-battery' }
  attack(
    'kdf',
    '50 signups at once from one client (within its rate limit)',
    'hashing queue: 429 hashing_busy + Retry-After, another client logs in',
    async () => {
      const flood = Array.from({ length: 50 }, (_, i) =>
        clientRequest(
          `${open.url}/api/signup`,
          rawPost({ email: `kdf${i}@example.com`, password: 'long-enough' }),
        ),
      )
      const login = await clientRequest(
        `${open.url}/api/login`,
        rawPost(ada, { from: '127.0.0.2' }),
      )
      const answers = await Promise.all(flood)
      expect(login.status).toBe(200)
      const busy = answers.filter((a) => a.status === 429)
      expect(busy.length).toBeGreaterThan(0)
      for (const answer of busy) {
        expect(JSON.parse(answer.body)).toMatchObject({ code: 'hashing_busy' })
        expect(Number(answer.headers['retry-after'])).toBeGreaterThanOrEqual(1)
      }
    },
  )
  attack(
    'rate limit',
    '20 wrong passwords for the owner’s account from one client',
    'that client waits; the owner logs in from another',
    async () => {
      for (let i = 0; i < 20; i++) {
        await clientRequest(`${open.url}/api/login`, rawPost({ ...ada, password: `guess-${i}` }))
      }
      const fromAttacker = await clientRequest(`${open.url}/api/login`, rawPost(ada))
      expect(fromAttacker.status).toBe(429)
      const fromOwner = await clientRequest(
        `${open.url}/api/login`,
        rawPost(ada, { from: '127.0.0.2' }),
      )
      expect(fromOwner.status).toBe(200)
    },
  )
})

describe('cross-site request forgery', () => {
  const login = JSON.stringify({ email: 'ada@example.com', password: 'correct-horse-battery' })
  attack('csrf', 'text/plain POST to /api/login', '415', async () => {
    expect(await statusOf(await send(open, '/api/login', { method: 'POST', body: login }))).toBe(
      415,
    )
  })
  attack('csrf', 'form-urlencoded order cancel', '415, order unchanged', async () => {
    const res = await send(open, '/api/orders/ord-1001/transitions', {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: 'action=cancel',
    })
    expect(await statusOf(res)).toBe(415)
    expect(await order('ord-1001')).toBe('placed')
  })
  attack('csrf', 'JSON with a foreign Origin', '403, order unchanged', async () => {
    expect(
      await statusOf(
        await postJson(
          open,
          '/api/orders/ord-1001/transitions',
          { action: 'cancel' },
          { origin: 'https://evil.example' },
        ),
      ),
    ).toBe(403)
    expect(await order('ord-1001')).toBe('placed')
  })
  attack('csrf', 'Origin: null (sandboxed iframe)', '403', async () => {
    expect(
      await statusOf(await postJson(open, '/api/login', JSON.parse(login), { origin: 'null' })),
    ).toBe(403)
  })
  attack('csrf', 'Sec-Fetch-Site: cross-site without Origin', '403', async () => {
    expect(
      await statusOf(
        await postJson(open, '/api/login', JSON.parse(login), { 'sec-fetch-site': 'cross-site' }),
      ),
    ).toBe(403)
  })
  attack('csrf', 'PUT a document from a foreign Origin', '403, document unchanged', async () => {
    const before = await doc()
    const res = await send(open, '/api/docs/release-checklist', {
      method: 'PUT',
      headers: {
        'content-type': 'application/json',
        'if-match': before.etag,
        origin: 'https://evil.example',
      },
      body: JSON.stringify({ ...before.value, title: 'pwned' }),
    })
    expect(await statusOf(res)).toBe(403)
    expect((await doc()).etag).toBe(before.etag)
  })
  attack('csrf', 'X-HTTP-Method-Override: PUT on a POST', 'ignored (405)', async () => {
    expect(
      await statusOf(
        await postJson(
          open,
          '/api/docs/release-checklist',
          {},
          { 'x-http-method-override': 'PUT' },
        ),
      ),
    ).toBe(405)
  })
})

describe('text that cannot be stored as sent', () => {
  attack('text', 'NUL in a saved document', '400, nothing stored', async () => {
    const before = await doc()
    expect(
      await statusOf(
        await putDoc(JSON.stringify({ ...before.value, body: 'a\u0000b' }), before.etag),
      ),
    ).toBe(400)
    expect((await doc()).etag).toBe(before.etag)
  })
  attack('text', 'lone surrogate in a saved title', '400, not stored as U+FFFD', async () => {
    const before = await doc()
    expect(
      await statusOf(
        await putDoc(JSON.stringify({ ...before.value, title: 'x\ud800y' }), before.etag),
      ),
    ).toBe(400)
    expect((await doc()).value.title).toBe(before.value.title)
  })
  attack('text', 'WTF-8 bytes (an encoded surrogate) in a body', '400', async () => {
    const before = await doc()
    const bytes = new TextEncoder().encode(JSON.stringify({ ...before.value, title: 'AAA' }))
    bytes.set([0xed, 0xa0, 0x80], bytes.indexOf(0x41))
    expect(await statusOf(await putDoc(bytes, before.etag))).toBe(400)
  })
  attack('text', 'NUL in signup and login', '400, not 500', async () => {
    expect(
      await statusOf(
        await postJson(open, '/api/signup', {
          email: 'a\u0000@example.com',
          password: 'long-enough',
        }),
      ),
    ).toBe(400)
    expect(
      await statusOf(
        await postJson(open, '/api/login', { email: 'ada@example.com', password: 'x\u0000' }),
      ),
    ).toBe(400)
  })
  attack('text', 'NUL in an id in the URL', '400, not 500', async () => {
    expect(await statusOf(await fetch(`${open.url}/api/docs/a%00b`))).toBe(400)
  })
  attack('text', 'broken percent-encoding in the URL', '400, not 500', async () => {
    expect(await statusOf(await fetch(`${open.url}/api/docs/%E0%A4%A`))).toBe(400)
  })
  attack('text', 'JSON nested 100,000 levels deep', 'a 4xx problem, not 500', async () => {
    const deep = `{"title":${'['.repeat(100_000)}${']'.repeat(100_000)}}`
    const res = await send(open, '/api/orders/ord-1001/transitions', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: deep,
    })
    const status = await statusOf(res)
    expect(status).toBeGreaterThanOrEqual(400)
    expect(status).toBeLessThan(500)
  })
  attack('text', 'a body over 2 MB', '413', async () => {
    const before = await doc()
    expect(
      await statusOf(
        await putDoc(
          JSON.stringify({ ...before.value, body: 'x'.repeat(3 * 1024 * 1024) }),
          before.etag,
        ),
      ),
    ).toBe(413)
  })
  attack('injection', 'SQL in an id', '404, no rows leaked', async () => {
    expect(
      await statusOf(await fetch(`${open.url}/api/docs/${encodeURIComponent("x' OR '1'='1")}`)),
    ).toBe(404)
  })
  attack('injection', 'HTML in a title, served back', 'JSON with nosniff, never HTML', async () => {
    const before = await doc()
    await statusOf(
      await putDoc(
        JSON.stringify({ ...before.value, title: '<script>alert(1)</script>' }),
        before.etag,
      ),
    )
    const res = await fetch(`${open.url}/api/docs/release-checklist`)
    expect(res.headers.get('content-type')).toBe('application/json')
    expect(res.headers.get('x-content-type-options')).toBe('nosniff')
    await res.body?.cancel()
  })
})
