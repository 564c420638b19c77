// What TanStack Query records for the kit's writes: a global `MutationCache({ onError })` toast
// or logger, Devtools and `useMutationState` see a refused write as an error carrying its
// `ProblemError`, and a write that went through as a success. The hooks still resolve with an
// Outcome and never throw.
import { MutationCache, QueryClient, useMutationState } from '@tanstack/react-query'
import { act, waitFor } from '@testing-library/react'
import { http, HttpResponse } from 'msw'
import { isProblemError } from '../../src/core/http/problemError'
import { useConflictAction } from '../../src/hooks/useConflictAction'
import { useOptimisticResource } from '../../src/hooks/useOptimisticResource'
import { useSignupConflict } from '../../src/hooks/useSignupConflict'
import { API, mswServer, renderWithClient } from './harness'
import { versionedResource } from './versionedServer'

const server = mswServer()

function recordingClient() {
  const errors: unknown[] = []
  const successes: unknown[] = []
  const client = new QueryClient({
    defaultOptions: { queries: { retry: false, gcTime: Infinity } },
    mutationCache: new MutationCache({
      onError: (error) => void errors.push(error),
      onSuccess: (data) => void successes.push(data),
    }),
  })
  return { client, errors, successes }
}

const statuses = () => useMutationState({ select: (m) => m.state.status })

const duplicate = () =>
  HttpResponse.json(
    { title: 'Email already registered', code: 'email_taken', field: 'email' },
    { status: 409 },
  )

describe('what the mutation cache records', () => {
  it('useSignupConflict: a duplicate is an error with its ProblemError; a new account a success', async () => {
    let taken = true
    server.use(
      http.post(`${API}/signup`, () =>
        taken ? duplicate() : HttpResponse.json({ id: 1 }, { status: 201 }),
      ),
    )
    const { client, errors, successes } = recordingClient()
    const { result } = renderWithClient(
      () => ({
        signup: useSignupConflict<{ email: string }>({
          submit: (values) =>
            fetch(`${API}/signup`, { method: 'POST', body: JSON.stringify(values) }),
        }),
        statuses: statuses(),
      }),
      client,
    )
    let outcome: unknown
    await act(async () => {
      outcome = await result.current.signup.submit({ email: 'ann@example.com' })
    })
    expect(outcome).toMatchObject({ status: 'conflict', problem: { kind: 'duplicate' } })
    expect(errors).toHaveLength(1)
    expect(isProblemError(errors[0]) && errors[0].problem.kind).toBe('duplicate')
    await waitFor(() => expect(result.current.statuses).toEqual(['error']))

    taken = false
    await act(async () => void (await result.current.signup.submit({ email: 'new@example.com' })))
    expect(successes).toHaveLength(1)
    await waitFor(() => expect(result.current.statuses).toEqual(['error', 'success']))
  })

  it('useSignupConflict in enumeration-safe mode records what it answers: a success', async () => {
    server.use(http.post(`${API}/signup`, duplicate))
    const { client, errors, successes } = recordingClient()
    const { result } = renderWithClient(
      () =>
        useSignupConflict<{ email: string }>({
          enumerationSafe: true,
          submit: (values) =>
            fetch(`${API}/signup`, { method: 'POST', body: JSON.stringify(values) }),
        }),
      client,
    )
    await act(async () => void (await result.current.submit({ email: 'ann@example.com' })))
    // A global error toast must not tell an existing account from a new one either.
    expect(errors).toEqual([])
    expect(successes).toHaveLength(1)
  })

  it('useConflictAction: a state conflict is an error with its ProblemError', async () => {
    server.use(
      http.post(`${API}/orders/1/cancel`, () =>
        HttpResponse.json(
          { title: 'Already shipped', code: 'invalid_transition', currentState: 'shipped' },
          { status: 409 },
        ),
      ),
    )
    const { client, errors } = recordingClient()
    const { result } = renderWithClient(
      () =>
        useConflictAction({
          action: () => fetch(`${API}/orders/1/cancel`, { method: 'POST' }),
        }),
      client,
    )
    let outcome: unknown
    await act(async () => {
      outcome = await result.current.run()
    })
    expect(outcome).toMatchObject({ status: 'conflict' })
    expect(errors).toHaveLength(1)
    expect(isProblemError(errors[0]) && errors[0].problem.kind).toBe('state')
  })

  it('useOptimisticResource: the refused write is an error, the merged re-send a success', async () => {
    const res = versionedResource(`${API}/docs/9`, { title: 'T', body: 'b' })
    server.use(...res.handlers)
    const { client, errors, successes } = recordingClient()
    const { result } = renderWithClient(
      () =>
        useOptimisticResource<{ title: string; body: string }>({
          queryKey: ['doc', 9],
          url: `${API}/docs/9`,
          persistDraft: false,
          autoMerge: 'save',
        }),
      client,
    )
    await waitFor(() => expect(result.current.status).toBe('success'))
    act(() => result.current.setDraft((d) => ({ ...d, title: 'Mine' })))
    res.externalEdit((v) => ({ ...v, body: 'theirs' }))
    let outcome: unknown
    await act(async () => {
      outcome = await result.current.save()
    })
    expect(outcome).toMatchObject({ status: 'success' })
    expect(errors).toHaveLength(1)
    expect(isProblemError(errors[0]) && errors[0].problem.kind).toBe('stale')
    expect(successes).toHaveLength(1)
  })
})
