// A 2xx that carries an error envelope is the problem it carries, in every hook that reads the
// app's answers; every other 2xx stays a success. The app's own `rules` read first.
import { act } from '@testing-library/react'
import { http, HttpResponse } from 'msw'
import { useConflictAction } from '../../src/hooks/useConflictAction'
import { useSignupConflict } from '../../src/hooks/useSignupConflict'
import { API, mswServer, renderWithClient } from './harness'

const server = mswServer()
const graphqlTaken = {
  data: { signUp: null },
  errors: [{ message: 'Email already exists', extensions: { code: 'EMAIL_TAKEN' } }],
}

function signup(
  submit: () => Promise<unknown>,
  rules?: Parameters<typeof useSignupConflict>[0]['rules'],
) {
  return renderWithClient(() => useSignupConflict<{ email: string }>({ submit, rules }))
}

describe('2xx error envelopes and app rules', () => {
  it('a GraphQL 200 with errors and no data is a duplicate, not a success', async () => {
    server.use(http.post(`${API}/graphql`, () => HttpResponse.json(graphqlTaken)))
    const { result } = signup(() => fetch(`${API}/graphql`, { method: 'POST' }))
    await act(async () => void (await result.current.submit({ email: 'ann@example.com' })))
    expect(result.current.status).toBe('duplicate')
  })

  it('the same result returned as a value (a GraphQL client with errorPolicy all) is read too', async () => {
    const { result } = signup(async () => graphqlTaken)
    let outcome: unknown
    await act(async () => {
      outcome = await result.current.submit({ email: 'ann@example.com' })
    })
    expect(outcome).toMatchObject({ status: 'conflict', problem: { kind: 'duplicate' } })
  })

  it('a plain 200 and a returned value without an envelope stay successes', async () => {
    server.use(http.post(`${API}/signup`, () => HttpResponse.json({ id: 1, ok: true })))
    const viaFetch = signup(() => fetch(`${API}/signup`, { method: 'POST' }))
    await act(async () => void (await viaFetch.result.current.submit({ email: 'a@b.c' })))
    expect(viaFetch.result.current.status).toBe('success')
    const viaValue = signup(async () => ({ id: 2, errors: [] }))
    await act(async () => void (await viaValue.result.current.submit({ email: 'a@b.c' })))
    expect(viaValue.result.current.status).toBe('success')
  })

  it('an app rule names what the built-in reading cannot know', async () => {
    server.use(
      http.post(`${API}/signup`, () =>
        HttpResponse.json({ result: 'E1042', note: 'see docs' }, { status: 400 }),
      ),
    )
    const plain = signup(() => fetch(`${API}/signup`, { method: 'POST' }))
    await act(async () => void (await plain.result.current.submit({ email: 'a@b.c' })))
    expect(plain.result.current.status).not.toBe('duplicate')
    const ruled = signup(
      () => fetch(`${API}/signup`, { method: 'POST' }),
      [{ status: 400, path: 'result', equals: 'E1042', kind: 'duplicate', field: 'email' }],
    )
    await act(async () => void (await ruled.result.current.submit({ email: 'a@b.c' })))
    expect(ruled.result.current).toMatchObject({ status: 'duplicate', field: 'email' })
  })

  it('useConflictAction: a 200 with ok: false is the refusal it carries', async () => {
    server.use(
      http.post(`${API}/orders/3/cancel`, () =>
        HttpResponse.json({ ok: false, error: 'order_already_shipped' }),
      ),
    )
    const { result } = renderWithClient(() =>
      useConflictAction({ action: () => fetch(`${API}/orders/3/cancel`, { method: 'POST' }) }),
    )
    await act(async () => void (await result.current.run()))
    expect(result.current.status).not.toBe('success')
    expect(result.current.problem).not.toBeNull()
  })
})
