// The reading by principle, category by category, on real bodies from public sources that are
// not in the second held-out set (corpus/unseen.ts).
import { classifyResponse } from '../../../src/core/http/classifyResponse'

const json = (status: number, body: unknown, headers: Record<string, string> = {}) =>
  new Response(JSON.stringify(body), {
    status,
    headers: { 'content-type': 'application/json', ...headers },
  })

describe('2xx error envelopes', () => {
  test.each([
    [
      // graphcool/api-bugs#273: a failed mutation field beside errors[]
      'GraphQL errors with a null mutation field',
      {
        data: { createUser: null },
        errors: [
          {
            message: 'Query does not pass validation.',
            path: ['createUser'],
            locations: [{ line: 2, column: 3 }],
          },
        ],
      },
      'graphql',
    ],
    [
      // stellar-deprecated/stellar-client#211 (JSend `fail`), duplicate by its field code
      'JSend status fail',
      {
        status: 'fail',
        code: 'validation_error',
        data: { field: 'alpha_code', code: 'already_taken' },
        message: 'This alpha code has already been used.',
      },
      'status-error',
    ],
    [
      // TelegramBotAPI/errors#2
      'ok: false',
      { ok: false, error_code: 400, description: 'Bad Request: CHAT_ADMIN_REQUIRED' },
      'ok-false',
    ],
    [
      // the weixin error code page: -1 system busy
      'a non-zero errcode',
      { errcode: -1, errmsg: 'system error' },
      'error-code',
    ],
  ])('%s is a problem, with the 2xx status and the envelope in evidence', async (_n, body, env) => {
    const problem = await classifyResponse(json(200, body))
    expect(problem).not.toBeNull()
    expect(problem?.status).toBe(200)
    expect(problem?.evidence?.envelope).toBe(env)
  })

  test('a JSend duplicate reads as a duplicate of its field', async () => {
    const problem = await classifyResponse(
      json(200, {
        status: 'fail',
        code: 'validation_error',
        data: { field: 'alpha_code', code: 'already_taken' },
        message: 'This alpha code has already been used.',
      }),
    )
    expect(problem).toMatchObject({ kind: 'duplicate', field: 'alpha_code' })
  })

  test('every other 2xx is null, and its body is still readable', async () => {
    for (const body of [
      { data: { createUser: { id: '1' } } },
      { data: { a: null, b: { id: 1 } }, errors: [{ message: 'partial' }] }, // partial data
      { ok: true, channel: { id: 'C1' } },
      { success: true, data: { id: 1 } },
      {
        Status: 'FAILED',
        ResultCode: '001805',
        ResultMessage: 'The user has cancelled the mandate',
      },
      { status: 'active', error: null },
      { code: 0, msg: 'ok', data: [] },
      { errcode: 0, errmsg: 'ok' },
      [],
      'a string',
    ]) {
      const res = json(200, body)
      expect(await classifyResponse(res)).toBeNull()
      expect(await res.json()).toEqual(body)
    }
    expect(await classifyResponse(new Response('<p>ok</p>', { status: 200 }))).toBeNull()
    expect(await classifyResponse(new Response(null, { status: 204 }))).toBeNull()
  })
})

describe('app rules', () => {
  const body = { error: { type: 'conflict', message: 'Request could not be completed' } }

  test('a path rule decides before the built-in reading, and evidence names it', async () => {
    const problem = await classifyResponse(json(400, body), undefined, {
      rules: [
        { code: 'SOMETHING_ELSE', kind: 'duplicate' },
        { status: 400, path: 'error.type', equals: 'conflict', kind: 'stale' },
      ],
    })
    expect(problem).toMatchObject({ kind: 'stale', evidence: { by: 'rule', value: '1' } })
  })

  test('a code rule gives its field and title', async () => {
    const problem = await classifyResponse(
      json(400, { code: 'EMAIL_TAKEN', message: 'Bad input' }),
      { method: 'POST' },
      { rules: [{ code: 'email-taken', kind: 'duplicate', field: 'email', title: 'Use another' }] },
    )
    expect(problem).toMatchObject({ kind: 'duplicate', field: 'email', title: 'Use another' })
    expect(problem?.fieldErrors?.email).toBe('Use another')
  })

  test('a message rule with a pattern; a rule naming nothing never matches', async () => {
    const rules = [
      { kind: 'busy' as const },
      { message: /cannot be refunded twice/i, kind: 'state' as const },
    ]
    const problem = await classifyResponse(
      json(400, { message: 'This charge cannot be refunded twice' }),
      undefined,
      { rules },
    )
    expect(problem).toMatchObject({ kind: 'state', evidence: { by: 'rule', value: '1' } })
  })

  test('a rule that names a 2xx status turns that success body into a problem', async () => {
    const rules = [{ status: 200, path: 'result', equals: 'denied', kind: 'state' as const }]
    const res = json(200, { result: 'denied', reason: 'order shipped' })
    expect(await classifyResponse(res, undefined, { rules })).toMatchObject({ kind: 'state' })
    expect(await classifyResponse(json(200, { result: 'ok' }), undefined, { rules })).toBeNull()
  })
})

describe('evidence on every problem', () => {
  test.each([
    [json(409, { code: 'user_exists' }), 'code'],
    [json(409, { message: 'This email has already been registered' }), 'wording'],
    [json(422, { errors: { email: ['has already been taken'] } }), 'field'],
    [new Response(null, { status: 409 }), 'status'],
  ])('%#: decided by %s', async (res, by) => {
    expect((await classifyResponse(res))?.evidence?.by).toBe(by)
  })

  test('in development only, one hint per guessed answer names the rule to declare', async () => {
    const info = vi.spyOn(console, 'warn').mockImplementation(() => undefined)
    const before = process.env.NODE_ENV
    try {
      await classifyResponse(json(409, { code: 'ZX_1' }))
      expect(info).not.toHaveBeenCalled()
      process.env.NODE_ENV = 'development'
      await classifyResponse(json(409, { code: 'ZX_1' }))
      await classifyResponse(json(409, { code: 'ZX_1' }))
      expect(info).toHaveBeenCalledTimes(1)
      expect(String(info.mock.calls[0]?.[0])).toContain("rules: [{ status: 409, code: 'ZX_1'")
      await classifyResponse(json(409, { code: 'user_exists' })) // decided by its code: no hint
      expect(info).toHaveBeenCalledTimes(1)
    } finally {
      process.env.NODE_ENV = before
      info.mockRestore()
    }
  })
})

describe('what the request tells', () => {
  // trento-project/web: the same stale body, once to a request that claimed a version, once not.
  const stale = {
    errors: [
      { title: 'Precondition Failed', detail: 'Mid-air collision detected, please refresh.' },
    ],
  }
  test('a 412 to a request with If-Match is stale; without any precondition, precondition-required', async () => {
    expect(
      await classifyResponse(json(412, stale), { method: 'PUT', headers: { 'If-Match': '"3"' } }),
    ).toMatchObject({ kind: 'stale' })
    expect(await classifyResponse(json(412, stale), { method: 'PUT', headers: {} })).toMatchObject({
      kind: 'precondition-required',
      evidence: { by: 'request' },
    })
    // Headers not handed over: nothing is known about them, the status reading stands.
    expect(await classifyResponse(json(412, stale), { method: 'PUT' })).toMatchObject({
      kind: 'stale',
    })
  })

  test('an empty 400 with an expected-version request header and a current-version response header is stale', async () => {
    // kurrent-io/KurrentDB#754 / #960: ES-ExpectedVersion in, ES-CurrentVersion out.
    const res = new Response(null, {
      status: 400,
      statusText: 'Wrong expected EventNumber',
      headers: { 'ES-CurrentVersion': '7' },
    })
    const problem = await classifyResponse(res, {
      method: 'POST',
      headers: { 'ES-ExpectedVersion': '5' },
    })
    expect(problem).toMatchObject({ kind: 'stale', currentVersion: '7' })
    // An API version header is not a resource version.
    const api = await classifyResponse(new Response(null, { status: 400 }), {
      method: 'POST',
      headers: { 'Stripe-Version': '2024-06-20' },
    })
    expect(api?.kind).not.toBe('stale')
  })

  test('a version field that does not match the current one is stale, not validation', async () => {
    const problem = await classifyResponse(
      json(422, { errors: { version: ["doesn't match the current one"] } }),
      { method: 'PATCH' },
    )
    expect(problem).toMatchObject({ kind: 'stale' })
  })

  test('a reason phrase that is not the standard one is read as the server sentence', async () => {
    // NuGet/Home#5473
    const res = new Response(null, {
      status: 409,
      statusText:
        "A package with ID 'Foo' and version '1.0.0' already exists and cannot be modified.",
    })
    expect(await classifyResponse(res, { method: 'PUT' })).toMatchObject({ kind: 'duplicate' })
  })

  test('a DELETE that hits "in use" or "exists" is a state conflict, never a duplicate', async () => {
    // edgexfoundry/edgex-go#3088
    const body = { message: 'fail to delete the device service when associated device exists' }
    expect(await classifyResponse(json(409, body), { method: 'DELETE' })).toMatchObject({
      kind: 'state',
    })
    expect(
      await classifyResponse(json(409, { message: 'Tag is in use' }), { method: 'DELETE' }),
    ).toMatchObject({ kind: 'state' })
  })
})

describe('messages under keys the walk did not read before', () => {
  test.each([
    [
      // Plaid errors: error_message / display_message / error_code
      {
        display_message: null,
        error_code: 'ITEM_LOGIN_REQUIRED',
        error_message:
          'the login details of this item have changed (credentials, MFA, or required user action) and a user login is required to update this information',
        error_type: 'ITEM_ERROR',
      },
      'the login details of this item have changed',
    ],
    [
      // Paysera transfer API
      { error: 'invalid_request', error_description: 'Request body is not valid JSON' },
      'Request body is not valid JSON',
    ],
    [
      // contentful-management.js#839: the SDK's error, one level down under its name
      {
        VersionMismatch: {
          status: 409,
          statusText: 'Conflict',
          message: 'Version mismatch error. The version you specified was incorrect.',
        },
      },
      'Version mismatch error',
    ],
  ])('%#', async (body, title) => {
    const problem = await classifyResponse(json(409, body))
    expect(problem?.title).toContain(title)
  })

  test('a message one level down decides the kind', async () => {
    const problem = await classifyResponse(
      json(409, {
        VersionMismatch: {
          status: 409,
          message: 'Version mismatch error. The version you specified was incorrect.',
        },
      }),
      { method: 'PUT' },
    )
    expect(problem?.kind).toBe('stale')
  })
})

describe('fields', () => {
  test.each([
    [{ message: 'You already have a repository with this name.' }, 'name'],
    [{ message: 'Ya existe una cuenta con ese nombre de usuario' }, 'username'],
    [{ message: 'Cette adresse e-mail est déjà utilisée.' }, 'email'],
    [{ message: 'このメールアドレスは既に登録されています。' }, 'email'],
    [
      {
        errors: [
          {
            message: 'Violates uniqueness constraint',
            extensions: { code: 'UNIQUE', field: 'slug' },
          },
        ],
      },
      'slug',
    ],
    [{ code: 'DUPLICATE_INVOICE_ID', message: 'Duplicate' }, 'invoice_id'],
  ])('%# names its field', async (body, field) => {
    const problem = await classifyResponse(json(409, body), { method: 'POST' })
    expect(problem).toMatchObject({ kind: 'duplicate', field })
  })

  test('validation fields from a quoted name beside a field word, and from the code', async () => {
    // zulip.com/api/rest-error-handling
    expect(
      await classifyResponse(
        json(400, {
          code: 'REQUEST_VARIABLE_MISSING',
          msg: "Missing 'content' argument",
          result: 'error',
        }),
      ),
    ).toMatchObject({ kind: 'validation', field: 'content' })
    expect(
      await classifyResponse(
        json(400, { code: 'invalid_amount', message: 'Amount must be positive' }),
      ),
    ).toMatchObject({ kind: 'validation', field: 'amount' })
  })
})

test('a Postgres unique constraint named by convention names its column', async () => {
  // twentyhq/twenty#5323-style message without the Detail line
  const problem = await classifyResponse(
    json(409, { message: 'duplicate key value violates unique constraint "users_email_key"' }),
    { method: 'POST' },
  )
  expect(problem).toMatchObject({ kind: 'duplicate', field: 'email' })
})

test('a string status that is a code is read as the code (the issue: `{ "status": "EMAIL_ALREADY_EXISTS_ERROR" }` in a 200)', async () => {
  const problem = await classifyResponse(json(200, { status: 'EMAIL_ALREADY_EXISTS_ERROR' }), {
    method: 'POST',
  })
  expect(problem).toMatchObject({
    status: 200,
    kind: 'duplicate',
    field: 'email',
    code: 'EMAIL_ALREADY_EXISTS_ERROR',
  })
})
