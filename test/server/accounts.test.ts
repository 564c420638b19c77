import { startServer, type RunningServer } from '../../demo/server/startServer'
import { expectProblem, json, reset, testServerOptions } from './helpers'

let server: RunningServer
const url = (path: string) => `${server.url}${path}`
const signup = (body: unknown, headers: Record<string, string> = {}) =>
  fetch(url('/api/signup'), json('POST', body, headers))

const login = (body: unknown) => fetch(url('/api/login'), json('POST', body))

beforeAll(async () => {
  server = await startServer(testServerOptions)
})
afterAll(() => server?.close())
beforeEach(() => reset(server.url))

describe('POST /api/signup', () => {
  test('creates an account: 201 with id, email and username, never the password', async () => {
    const res = await signup({
      email: 'grace@example.com',
      password: 'hopper-1906',
      username: 'grace_h',
    })
    expect(res.status).toBe(201)
    const text = await res.text()
    expect(JSON.parse(text)).toEqual({
      id: expect.any(String),
      email: 'grace@example.com',
      username: 'grace_h',
    })
    expect(text).not.toMatch(/hopper-1906|password|scrypt/i)
  })

  test('stores the password as a salted scrypt hash', async () => {
    await signup({ email: 'a@example.com', password: 'same-password' })
    await signup({ email: 'b@example.com', password: 'same-password' })
    const { rows } = await server.db.query<{ password_hash: string }>(
      `SELECT password_hash FROM users WHERE email IN ('a@example.com', 'b@example.com')`,
    )
    expect(rows).toHaveLength(2)
    for (const row of rows) {
      expect(row.password_hash).toMatch(/^scrypt\$/)
      expect(row.password_hash).not.toContain('same-password')
    }
    expect(rows[0]!.password_hash).not.toBe(rows[1]!.password_hash)
  })

  test('a duplicate email, in any case, is 409 naming the field and echoing the value', async () => {
    expect((await signup({ email: 'grace@example.com', password: 'hopper-1906' })).status).toBe(201)
    const res = await signup({ email: 'Grace@Example.COM', password: 'another-one' })
    const problem = await expectProblem(res, 409)
    expect(problem).toMatchObject({
      type: '/problems/already-registered',
      title: 'An account with this email already exists',
      code: 'user_exists',
      field: 'email',
      value: 'Grace@Example.COM',
    })
  })

  test('the seeded account is already registered', async () => {
    const problem = await expectProblem(
      await signup({ email: 'ada@example.com', password: 'whatever-123' }),
      409,
    )
    expect(problem.field).toBe('email')
  })

  test('a duplicate username, in any case, is 409 for the username field', async () => {
    const res = await signup({ email: 'new@example.com', password: 'long-enough', username: 'ADA' })
    const problem = await expectProblem(res, 409)
    expect(problem).toMatchObject({ code: 'username_taken', field: 'username', value: 'ADA' })
  })

  test('two racing signups for one email: the database lets exactly one through', async () => {
    const responses = await Promise.all(
      ['race@example.com', 'RACE@example.com'].map((email) =>
        signup({ email, password: 'long-enough' }),
      ),
    )
    expect(responses.map((r) => r.status).toSorted()).toEqual([201, 409])
  })

  test('bad input is one 422 with an error per field', async () => {
    const res = await signup({ email: 'not-an-email', password: 'short', username: 'a b' })
    const problem = await expectProblem(res, 422)
    expect(problem.code).toBe('validation_failed')
    const errors = problem.errors as { field: string; message: string }[]
    expect(errors.map((e) => e.field).toSorted()).toEqual(['email', 'password', 'username'])
    expect(errors.find((e) => e.field === 'password')!.message).toMatch(/8/)
    // Nothing was created.
    const { rows } = await server.db.query(`SELECT 1 FROM users WHERE email = 'not-an-email'`)
    expect(rows).toHaveLength(0)
  })

  test('a username is optional, but must be 3-30 letters, digits or underscores when given', async () => {
    expect((await signup({ email: 'x@example.com', password: 'long-enough' })).status).toBe(201)
    const long = await signup({
      email: 'y@example.com',
      password: 'long-enough',
      username: 'a'.repeat(31),
    })
    expect(((await expectProblem(long, 422)).errors as { field: string }[])[0]!.field).toBe(
      'username',
    )
  })

  test('malformed JSON is a 400 problem', async () => {
    await expectProblem(await signup('{"email":'), 400)
  })
})

describe('POST /api/login and /api/password-reset', () => {
  test('login works with the right password, for a new and the seeded account', async () => {
    await signup({ email: 'grace@example.com', password: 'hopper-1906', username: 'grace' })
    const res = await login({ email: 'GRACE@example.com', password: 'hopper-1906' })
    expect(res.status).toBe(200)
    expect(await res.json()).toMatchObject({ email: 'grace@example.com', username: 'grace' })
    const seeded = await login({ email: 'ada@example.com', password: 'correct-horse-battery' })
    expect(await seeded.json()).toMatchObject({ email: 'ada@example.com' })
  })

  test('a wrong password and an unknown email are the same 401 problem', async () => {
    const wrong = await login({ email: 'ada@example.com', password: 'wrong-password' })
    const unknown = await login({ email: 'nobody@example.com', password: 'wrong-password' })
    const wrongBody = await expectProblem(wrong, 401)
    expect(await expectProblem(unknown, 401)).toEqual(wrongBody)
    expect(wrongBody.code).toBe('invalid_credentials')
  })

  test('login without fields is 422', async () => {
    const problem = await expectProblem(await login({}), 422)
    expect((problem.errors as { field: string }[]).map((e) => e.field)).toEqual([
      'email',
      'password',
    ])
  })

  test('password reset answers the same 202 for known and unknown emails', async () => {
    const known = await fetch(
      url('/api/password-reset'),
      json('POST', { email: 'ada@example.com' }),
    )
    const unknown = await fetch(
      url('/api/password-reset'),
      json('POST', { email: 'nobody@example.com' }),
    )
    expect([known.status, unknown.status]).toEqual([202, 202])
    expect(await known.text()).toBe(await unknown.text())
  })
})
