/**
 * The demo server's protections a copied server relies on: it answers only its own host names
 * (DNS rebinding), one client's failed logins slow that client down and no one else, and one
 * client's flood of signups cannot stall another person's login (the hashing queue).
 */
import { startServer, type RunningServer } from '../../demo/server/startServer'
import { clientRequest, postJson } from './clientRequest'
import { reset, testServerOptions } from './helpers'

// One database for the three servers below (each starts in well under a second on it).
let base: RunningServer
beforeAll(async () => {
  base = await startServer(testServerOptions)
})
afterAll(() => base?.close())

const ada = { email: 'ada@example.com', password: 'correct-horse-battery' }
const owner = '127.0.0.2'

describe('DNS rebinding: only the configured host names are answered', () => {
  let server: RunningServer
  beforeAll(async () => {
    server = await startServer({
      ...testServerOptions,
      db: base.db,
      allowedOrigins: ['https://docs.example.com'],
      allowedHosts: ['demo.internal:8080'],
    })
  })
  afterAll(() => server?.close())
  beforeEach(() => reset(server.url))

  const doc = () => `${server.url}/api/docs/release-checklist`

  test.each([
    ['a rebound name on the same port', (port: number) => `rebound.example:${port}`],
    ['a subdomain of localhost', (port: number) => `evil.localhost:${port}`],
    ['a loopback name on another port', () => '127.0.0.1:1'],
    ['localhost with a trailing dot', (port: number) => `localhost.:${port}`],
  ])('%s: 421 for reads and writes, nothing changed', async (_name, host) => {
    const headers = { host: host(server.port) }
    const read = await clientRequest(doc(), { headers })
    expect(read.status).toBe(421)
    expect(read.headers['content-type']).toBe('application/problem+json')
    expect(JSON.parse(read.body)).toMatchObject({ status: 421, code: 'unknown_host' })
    expect(read.body).not.toContain('Release')
    const before = await fetch(doc())
    const etag = before.headers.get('etag')!
    const value = (await before.json()) as Record<string, unknown>
    const write = await clientRequest(
      doc(),
      postJson(
        { ...value, title: 'pwned' },
        {
          method: 'PUT',
          headers: { ...headers, 'if-match': etag, origin: `http://${host(server.port)}` },
        },
      ),
    )
    expect(write.status).toBe(421)
    expect((await fetch(doc())).headers.get('etag')).toBe(etag)
  })

  test('the loopback names with its port, the hosts of allowedOrigins and allowedHosts are answered', async () => {
    for (const host of [
      `127.0.0.1:${server.port}`,
      `localhost:${server.port}`,
      `LOCALHOST:${server.port}`,
      `[::1]:${server.port}`,
      'docs.example.com',
      'demo.internal:8080',
    ]) {
      const { status } = await clientRequest(doc(), { headers: { host } })
      expect({ host, status }).toEqual({ host, status: 200 })
    }
  })

  test('a request without any Host (HTTP/1.0) is refused too', async () => {
    const { connect } = await import('node:net')
    const answer = await new Promise<string>((resolve, reject) => {
      let text = ''
      const socket = connect(server.port, '127.0.0.1', () =>
        socket.write('GET /api/docs HTTP/1.0\r\n\r\n'),
      )
      socket.setEncoding('utf8')
      socket.on('data', (chunk: string) => (text += chunk))
      socket.on('end', () => resolve(text))
      socket.on('error', reject)
    })
    expect(answer).toMatch(/^HTTP\/1\.[01] 421 /)
  })
})

describe('failed logins slow the guessing client, not the account', () => {
  let server: RunningServer
  beforeAll(async () => {
    server = await startServer({
      ...testServerOptions,
      db: base.db,
      rateLimit: { perAccount: 5, perAddress: 1000, windowMs: 60_000 },
    })
  })
  afterAll(() => server?.close())
  beforeEach(() => reset(server.url))

  test('after 30 wrong passwords from one client, the owner logs in from another', async () => {
    const login = (body: unknown, from?: string) =>
      clientRequest(`${server.url}/api/login`, postJson(body, { from }))
    const guesses = await Promise.all(
      Array.from({ length: 30 }, (_, i) => login({ email: ada.email, password: `guess-${i}` })),
    )
    const statuses = guesses.map((g) => g.status)
    expect(statuses.filter((s) => s === 401)).toHaveLength(5)
    expect(statuses.filter((s) => s === 429)).toHaveLength(25)
    // The guessing client waits, even with the right password...
    const fromAttacker = await login(ada)
    expect(fromAttacker.status).toBe(429)
    expect(Number(fromAttacker.headers['retry-after'])).toBeGreaterThanOrEqual(1)
    // ...the owner, on another client, does not.
    expect((await login(ada, owner)).status).toBe(200)
    expect((await login({ ...ada, email: 'ADA@example.com' }, owner)).status).toBe(200)
  })
})

// `KDF_FLOOD_COST=17` runs this at the default scrypt cost (N = 2^17) to measure it.
const floodCost = Number(process.env.KDF_FLOOD_COST ?? testServerOptions.scryptCost)

describe('a flood of signups from one client does not stall another person’s login', () => {
  let server: RunningServer
  beforeAll(async () => {
    server = await startServer({
      ...testServerOptions,
      db: base.db,
      scryptCost: floodCost,
      rateLimit: {},
    })
  })
  afterAll(() => server?.close())
  beforeEach(() => reset(server.url))

  test('100 signups within the rate limit: the queue refuses most with 429, the login goes through', async () => {
    const signup = (i: number) =>
      clientRequest(
        `${server.url}/api/signup`,
        postJson({ email: `flood${i}@example.com`, password: 'long-enough' }),
      )
    const quiet = performance.now()
    expect(
      (await clientRequest(`${server.url}/api/login`, postJson(ada, { from: owner }))).status,
    ).toBe(200)
    const alone = performance.now() - quiet

    const started = performance.now()
    const flood = Array.from({ length: 100 }, (_, i) => signup(i))
    // The other person logs in once the flood is on its way.
    await new Promise((resolve) => setTimeout(resolve, 20))
    const loginStart = performance.now()
    const login = await clientRequest(`${server.url}/api/login`, postJson(ada, { from: owner }))
    const loginMs = performance.now() - loginStart
    const answers = await Promise.all(flood)
    const floodMs = performance.now() - started

    const refused = answers.filter((a) => a.status === 429)
    const created = answers.filter((a) => a.status === 201)
    console.info(
      `kdf flood (scrypt N=2^${floodCost}): login alone ${alone.toFixed(0)} ms, ` +
        `under 100 signups ${loginMs.toFixed(0)} ms; flood ${created.length} created, ` +
        `${refused.length} refused (429) in ${floodMs.toFixed(0)} ms`,
    )
    expect(login.status).toBe(200)
    expect(created.length + refused.length).toBe(100)
    // The flood is refused by the hashing queue, not only by the rate limit (100 are allowed).
    expect(refused.length).toBeGreaterThan(0)
    for (const answer of refused) {
      expect(JSON.parse(answer.body)).toMatchObject({ status: 429, code: 'hashing_busy' })
      expect(Number(answer.headers['retry-after'])).toBeGreaterThanOrEqual(1)
    }
  })
})
