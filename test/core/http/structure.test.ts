import { classifyResponse } from '../../../src/core/http/classifyResponse'
import { problemFromError } from '../../../src/core/http/problemError'

const json = (status: number, body: unknown, headers: Record<string, string> = {}) =>
  new Response(JSON.stringify(body), {
    status,
    headers: { 'content-type': 'application/json', ...headers },
  })
const POST = { method: 'POST' }

describe('fields found by where the message sits', () => {
  test.each([
    ['errors.<field>[]', { errors: { email: ['has already been taken'] } }, 'email'],
    [
      'data.<field>.code',
      {
        code: 400,
        message: 'Failed.',
        data: { handle: { code: 'validation_not_unique', message: 'Value must be unique.' } },
      },
      'handle',
    ],
    [
      'invalid_fields.<field>',
      { status: 400, invalid_fields: { email: 'The email has already been taken.' } },
      'email',
    ],
    [
      'details.<field>[].error',
      {
        error: 'Validation failed',
        details: { username: [{ error: 'ERR_TAKEN', description: 'is already taken' }] },
      },
      'username',
    ],
    [
      'entry: $.<field>',
      {
        error: {
          type: 'validation_failed',
          invalid: [{ entry: '$.email', rules: [{ description: 'has already been taken' }] }],
        },
      },
      'email',
    ],
    [
      'source.pointer',
      {
        errors: [
          {
            title: 'Taken',
            detail: 'has already been taken',
            source: { pointer: '/data/attributes/email' },
          },
        ],
      },
      'email',
    ],
    [
      'extensions.field',
      {
        errors: [
          { message: 'has to be unique', extensions: { code: 'RECORD_NOT_UNIQUE', field: 'slug' } },
        ],
      },
      'slug',
    ],
    ['path: <field>', { errors: [{ path: 'username', message: 'is already in use' }] }, 'username'],
  ])('%s', async (_name, body, field) => {
    const problem = await classifyResponse(json(422, body), POST)
    expect(problem).toMatchObject({ kind: 'duplicate', field })
    expect(problem?.fieldErrors).toHaveProperty(field)
  })

  test('a field named __proto__ is kept as an own field', async () => {
    const body = '{"errors":{"__proto__":["has already been taken"],"email":["is invalid"]}}'
    const problem = await classifyResponse(
      new Response(body, { status: 422, headers: { 'content-type': 'application/json' } }),
    )
    expect(Object.keys(problem?.fieldErrors ?? {})).toEqual(['__proto__', 'email'])
    expect(Object.hasOwn(problem?.fieldErrors ?? {}, '__proto__')).toBe(true)
    expect(Object.getPrototypeOf(problem?.fieldErrors)).toBe(Object.prototype)
    const parsed = JSON.parse(body) as unknown
    const viaError = problemFromError({ response: { status: 422, headers: {}, data: parsed } })
    expect(Object.keys(viaError.fieldErrors ?? {})).toEqual(['__proto__', 'email'])
  })
})

describe('the decision', () => {
  test('a create that hits a 409 with a generic body is a duplicate', async () => {
    const body = { statusCode: 409, message: 'Conflict', error: 'Conflict' }
    expect(await classifyResponse(json(409, body), POST)).toMatchObject({ kind: 'duplicate' })
    expect(await classifyResponse(json(409, body), { method: 'PUT' })).toMatchObject({
      kind: 'duplicate',
    })
  })

  test('the same 409 to a conditional write, a PATCH, or with no body is not', async () => {
    const body = { statusCode: 409, message: 'Conflict', error: 'Conflict' }
    const conditional = { method: 'PUT', headers: { 'If-Match': '"3"' } }
    expect(await classifyResponse(json(409, body), conditional)).toMatchObject({ kind: 'stale' })
    expect(await classifyResponse(json(409, body), { method: 'PATCH' })).toMatchObject({
      kind: 'unknown',
    })
    expect(await classifyResponse(new Response(null, { status: 409 }), POST)).toMatchObject({
      kind: 'unknown',
    })
  })

  test('a specific sentence no rule reads is not taken for a duplicate', async () => {
    const problem = await classifyResponse(json(409, { error: 'Unknown sender id' }), POST)
    expect(problem).toMatchObject({ kind: 'unknown', title: 'Unknown sender id' })
  })

  test('one sentence that reads two ways takes the more specific reading', async () => {
    const created = await classifyResponse(
      json(409, { error: { type: 'x', reason: 'version conflict, document already exists' } }),
      { method: 'PUT' },
    )
    expect(created?.kind).toBe('duplicate')
    const stale = await classifyResponse(
      json(409, { title: 'Version mismatch caused by a concurrent modification' }),
      { method: 'PUT' },
    )
    expect(stale?.kind).toBe('stale')
  })

  test('a database duplicate key passed on as a 500 or 423 is a duplicate with its field', async () => {
    const message =
      'duplicate key value violates unique constraint "users_email_key" Detail: Key (email)=(a@b.co) already exists.'
    for (const status of [500, 423]) {
      expect(await classifyResponse(json(status, { message }), POST)).toMatchObject({
        kind: 'duplicate',
        field: 'email',
        value: 'a@b.co',
      })
    }
    expect(
      await classifyResponse(json(500, { message: 'Document update conflict.' }), POST),
    ).toMatchObject({
      kind: 'other',
    })
  })

  test('the field a sentence names: The name X is already assigned', async () => {
    const text = 'Conflict, The name web is already assigned to c010d719ffd6.'
    const problem = await classifyResponse(
      new Response(text, { status: 409, headers: { 'content-type': 'text/plain' } }),
      POST,
    )
    expect(problem).toMatchObject({ kind: 'duplicate', field: 'name', value: 'web' })
  })
})

describe('a body that never arrives', () => {
  test('ends in a timeout problem after the bound, keeping what status and headers say', async () => {
    let markCancelled: () => void = () => undefined
    const cancelled = new Promise<boolean>((resolve) => {
      markCancelled = () => resolve(true)
    })
    const stream = new ReadableStream<Uint8Array>({
      pull: () => new Promise<void>(() => undefined),
      cancel: () => markCancelled(),
    })
    const problem = await classifyResponse(
      new Response(stream, { status: 409 }),
      { method: 'PUT', headers: { 'If-Match': '"7"' } },
      { timeoutMs: 30 },
    )
    expect(problem).toMatchObject({ status: 409, kind: 'stale', code: 'timeout' })
    expect(problem?.detail).toMatch(/stopped sending/)
    // The stalled stream is cancelled, not left hanging.
    expect(await cancelled).toBe(true)
  })

  test('a body that arrives in time is read whole', async () => {
    const problem = await classifyResponse(json(409, { code: 'user_exists' }), POST, {
      timeoutMs: 5000,
    })
    expect(problem).toMatchObject({ kind: 'duplicate', code: 'user_exists' })
  })
})
