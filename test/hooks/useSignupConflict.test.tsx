import { act, render, screen, waitFor } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { http, HttpResponse } from 'msw'
import { QueryClientProvider } from '@tanstack/react-query'
import { useState } from 'react'
import { takeHandedOffIdentifier } from '../../src/core/links/identifierHandoff'
import { useSignupConflict, type UseSignupConflictOptions } from '../../src/hooks/useSignupConflict'
import { API, mswServer, newClient, renderWithClient } from './harness'

type Values = { email: string; password: string; username?: string }
const values: Values = { email: 'ada@example.com', password: 'correct horse', username: 'ada' }
const server = mswServer()

const post = (v: Values) =>
  fetch(`${API}/signup`, {
    method: 'POST',
    body: JSON.stringify(v),
    headers: { 'content-type': 'application/json' },
  })

function answer(status: number, body: Record<string, unknown>, contentType = 'application/json') {
  server.use(
    http.post(`${API}/signup`, () =>
      HttpResponse.json(body, { status, headers: { 'content-type': contentType } }),
    ),
  )
}

function useSignup(extra: Partial<UseSignupConflictOptions<Values>> = {}) {
  return useSignupConflict<Values>({
    submit: post,
    loginHref: '/login',
    resetPasswordHref: '/forgot',
    ...extra,
  })
}

async function submitted(extra?: Partial<UseSignupConflictOptions<Values>>) {
  const r = renderWithClient(() => useSignup(extra))
  await act(async () => void (await r.result.current.submit(values)))
  return r
}

describe('useSignupConflict', () => {
  it.each([
    [
      '409 problem details',
      409,
      {
        type: 'https://example.com/already-registered',
        title: 'Account exists',
        status: 409,
        field: 'email',
      },
      'application/problem+json',
    ],
    [
      'Rails 422 per-field arrays',
      422,
      { errors: { email: ['has already been taken'] } },
      'application/json',
    ],
    [
      'Supabase-style 400 code',
      400,
      { code: 'user_already_exists', msg: 'User already registered' },
      'application/json',
    ],
  ])('turns a duplicate at %s into status duplicate', async (_name, status, body, type) => {
    answer(status, body, type)
    const { result } = await submitted()
    expect(result.current).toMatchObject({
      status: 'duplicate',
      field: 'email',
      identifier: 'ada@example.com',
      loginHref: '/login',
    })
  })

  it('keeps a malformed email apart as a validation error', async () => {
    answer(422, {
      message: 'The given data was invalid.',
      errors: { email: ['The email must be a valid email address.'] },
    })
    const { result } = await submitted()
    expect(result.current).toMatchObject({
      status: 'invalid',
      fieldErrors: { email: 'The email must be a valid email address.' },
    })
  })

  it('reports success', async () => {
    answer(201, { id: 1 })
    const onSuccess = vi.fn<(data: unknown) => void>()
    const { result } = await submitted({ onSuccess })
    expect(result.current.status).toBe('success')
    expect(onSuccess).toHaveBeenCalledWith({ id: 1 })
  })

  it('reports other failures with a readable message', async () => {
    server.use(
      http.post(
        `${API}/signup`,
        () =>
          new HttpResponse('<h1>Service Unavailable</h1>', {
            status: 503,
            headers: { 'content-type': 'text/html' },
          }),
      ),
    )
    const { result } = await submitted()
    expect(result.current.status).toBe('error')
    expect(result.current.message).toMatch(/unavailable/i)
    expect(result.current.message).not.toMatch(/</)
  })

  it('reports a network failure as error', async () => {
    server.use(http.post(`${API}/signup`, () => HttpResponse.error()))
    const { result } = await submitted()
    expect(result.current).toMatchObject({ status: 'error', problem: { status: 0 } })
  })

  it('accepts a thrown Response', async () => {
    answer(409, { code: 'user_exists', message: 'The user already exists.' })
    const { result } = await submitted({
      submit: async (v) => {
        const res = await post(v)
        if (!res.ok) throw res
        return res.json()
      },
    })
    expect(result.current.status).toBe('duplicate')
  })

  it.each([
    'https://evil.example/login',
    '//evil.example',
    'javascript:alert(1)',
    '/\\evil.example',
    '/.//evil.example',
    '/..//evil.example',
    '/%2e//evil.example',
    '/a/../..//evil.example',
    '/%2e%2e//evil.example',
  ])('rejects the unsafe loginHref %s, and login() goes nowhere', async (loginHref) => {
    answer(409, { code: 'user_exists' })
    const navigate = vi.fn<(href: string) => void>()
    const { result } = await submitted({ loginHref, resetPasswordHref: loginHref, navigate })
    expect(result.current.status).toBe('duplicate')
    expect(result.current.loginHref).toBeNull()
    expect(result.current.resetPasswordHref).toBeNull()
    act(() => result.current.login())
    act(() => result.current.resetPassword())
    expect(navigate).not.toHaveBeenCalled()
  })

  it('tells a rate-limited signup (429 with Retry-After) as busy, with the wait', async () => {
    server.use(
      http.post(`${API}/signup`, () =>
        HttpResponse.json(
          { type: '/problems/busy', title: 'Too many attempts', status: 429, detail: 'Wait.' },
          {
            status: 429,
            headers: { 'content-type': 'application/problem+json', 'retry-after': '30' },
          },
        ),
      ),
    )
    const { result } = await submitted()
    expect(result.current.status).toBe('error')
    expect(result.current.problem).toMatchObject({ kind: 'busy', retryAfterMs: 30_000 })
    expect(result.current.message).toMatch(/too many attempts/i)
  })

  it('hands the identifier to the login page without putting it in the URL', async () => {
    answer(409, { code: 'user_exists' })
    const navigate = vi.fn<(href: string) => void>()
    const { result } = await submitted({ navigate })
    act(() => result.current.login())
    expect(navigate).toHaveBeenCalledWith('/login')
    expect(takeHandedOffIdentifier()).toEqual({ value: 'ada@example.com', field: 'email' })
  })

  it('puts the identifier in the URL only when the app opts in', async () => {
    answer(409, { code: 'user_exists' })
    const { result } = await submitted({ identifierParam: 'email' })
    expect(result.current.loginHref).toBe('/login?email=ada%40example.com')
  })

  it('answers the same for new and existing accounts in enumeration-safe mode', async () => {
    answer(409, { code: 'user_exists', field: 'email' })
    const dup = await submitted({ enumerationSafe: true })
    answer(201, { id: 2 })
    const fresh = await submitted({ enumerationSafe: true })
    const pick = (r: typeof dup.result.current) => ({
      status: r.status,
      message: r.message,
      field: r.field,
      loginHref: r.loginHref,
    })
    expect(pick(dup.result.current)).toEqual(pick(fresh.result.current))
    expect(dup.result.current.message).toMatch(/if this address can be used/i)
  })

  it.each([
    ['success', 201, { id: 1 }, { status: 'success', data: { id: 1 }, problem: null }],
    [
      'duplicate',
      409,
      { code: 'user_exists' },
      { status: 'conflict', problem: { kind: 'duplicate' } },
    ],
    [
      'invalid',
      422,
      { errors: { password: ['is too short'] } },
      { status: 'error', problem: { kind: 'validation' } },
    ],
  ])('submit resolves a %s with the shared outcome shape', async (hookStatus, code, body, want) => {
    answer(code, body)
    const r = renderWithClient(() => useSignup())
    let outcome: unknown
    await act(async () => void (outcome = await r.result.current.submit(values)))
    expect(outcome).toMatchObject(want)
    expect(r.result.current.status).toBe(hookStatus)
  })

  it('answers a duplicate in enumeration-safe mode as a success in the outcome too', async () => {
    answer(409, { code: 'user_exists', field: 'email' })
    const r = renderWithClient(() => useSignup({ enumerationSafe: true }))
    let outcome: unknown
    await act(async () => void (outcome = await r.result.current.submit(values)))
    expect(outcome).toEqual({ status: 'success', data: undefined, problem: null })
  })

  it('derives every isX flag from status, one true at a time', async () => {
    let release = () => {}
    server.use(
      http.post(`${API}/signup`, async () => {
        await new Promise<void>((done) => (release = done))
        return HttpResponse.json({ code: 'user_exists' }, { status: 409 })
      }),
    )
    const r = renderWithClient(() => useSignup())
    const flags = () => {
      const { isIdle, isPending, isSuccess, isDuplicate, isInvalid, isError } = r.result.current
      return { isIdle, isPending, isSuccess, isDuplicate, isInvalid, isError }
    }
    const only = (name: string) =>
      Object.fromEntries(Object.keys(flags()).map((k) => [k, k === name]))
    expect(flags()).toEqual(only('isIdle'))
    let done: Promise<unknown> = Promise.resolve()
    act(() => void (done = r.result.current.submit(values)))
    await waitFor(() => expect(r.result.current.status).toBe('pending'))
    expect(flags()).toEqual(only('isPending'))
    await act(async () => {
      release()
      await done
    })
    expect(r.result.current.status).toBe('duplicate')
    expect(flags()).toEqual(only('isDuplicate'))
  })

  it('skips a second submit while one is pending, without sending it', async () => {
    let calls = 0
    let release = () => {}
    server.use(
      http.post(`${API}/signup`, async () => {
        calls += 1
        await new Promise<void>((done) => (release = done))
        return HttpResponse.json({ id: 1 }, { status: 201 })
      }),
    )
    const r = renderWithClient(() => useSignup())
    let first: Promise<unknown> = Promise.resolve()
    let second: unknown
    await act(async () => {
      first = r.result.current.submit(values)
      second = await r.result.current.submit(values)
    })
    expect(second).toMatchObject({ status: 'skipped', reason: 'in-flight' })
    await waitFor(() => expect(calls).toBe(1))
    await act(async () => {
      release()
      await first
    })
    expect(calls).toBe(1)
    expect(r.result.current.status).toBe('success')
  })

  it('keeps its functions the same across renders', async () => {
    answer(201, { id: 1 })
    const r = renderWithClient(() => useSignup())
    const before = r.result.current
    r.rerender(undefined)
    const after = r.result.current
    expect(after).toBe(before) // nothing changed: the same object
    for (const name of ['submit', 'login', 'chooseAnother', 'resetPassword', 'reset'] as const) {
      expect(after[name]).toBe(before[name])
    }
    expect(after.getIdentifierProps().ref).toBe(before.getIdentifierProps().ref)
  })

  it('chooseAnother clears a controlled email field and moves focus back to it', async () => {
    answer(409, { code: 'user_exists' })
    function Form() {
      const [email, setEmail] = useState('')
      const signup = useSignup()
      return (
        <form
          onSubmit={(e) => {
            e.preventDefault()
            void signup.submit({ email, password: 'correct horse' })
          }}
        >
          <label>
            Email
            <input
              {...signup.getIdentifierProps()}
              value={email}
              onChange={(e) => setEmail(e.target.value)}
            />
          </label>
          <button type="submit">Sign up</button>
          <p>status: {signup.status}</p>
          <p>state: [{email}]</p>
          {signup.status === 'duplicate' && (
            <button type="button" onClick={signup.chooseAnother}>
              Use a different email
            </button>
          )}
        </form>
      )
    }
    const user = userEvent.setup()
    render(
      <QueryClientProvider client={newClient()}>
        <Form />
      </QueryClientProvider>,
    )
    await user.type(screen.getByLabelText('Email'), 'ada@example.com')
    await user.click(screen.getByRole('button', { name: 'Sign up' }))
    await screen.findByText('status: duplicate')
    await user.click(screen.getByRole('button', { name: 'Use a different email' }))
    expect(screen.getByLabelText('Email')).toHaveValue('')
    expect(screen.getByLabelText('Email')).toHaveFocus()
    expect(screen.getByText('status: idle')).toBeInTheDocument()
    // the cleared value reached React's state, not just the DOM
    expect(screen.getByText('state: []')).toBeInTheDocument()
  })
})
