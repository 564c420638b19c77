import { act, waitFor } from '@testing-library/react'
import { useQuery } from '@tanstack/react-query'
import { http, HttpResponse } from 'msw'
import { useConflictAction } from '../../src/hooks/useConflictAction'
import { API, mswServer, newClient, renderWithClient } from './harness'

type Order = { id: number; state: string }
const server = mswServer()
let order: Order

beforeEach(() => {
  order = { id: 7, state: 'placed' }
  server.use(
    http.get(`${API}/orders/7`, () => HttpResponse.json(order)),
    http.post(`${API}/orders/7/cancel`, () => {
      if (order.state !== 'placed') {
        return HttpResponse.json(
          {
            type: 'https://example.com/problems/invalid-transition',
            title: 'This order has already shipped',
            detail: 'An order cannot be cancelled once it has shipped.',
            status: 409,
            code: 'invalid_transition',
            currentState: order.state,
            allowedActions: ['deliver'],
          },
          { status: 409, headers: { 'content-type': 'application/problem+json' } },
        )
      }
      order = { ...order, state: 'cancelled' }
      return HttpResponse.json(order)
    }),
  )
})

const cancel = () => fetch(`${API}/orders/7/cancel`, { method: 'POST' })

function useOrderPage() {
  const query = useQuery({
    queryKey: ['order', 7],
    queryFn: async () => (await fetch(`${API}/orders/7`)).json() as Promise<Order>,
  })
  const action = useConflictAction<void, Order>({ action: cancel, queryKey: ['order', 7] })
  return { query, action }
}

describe('useConflictAction', () => {
  it('succeeds and refreshes the resource', async () => {
    const { result } = renderWithClient(useOrderPage, newClient())
    await waitFor(() => expect(result.current.query.data?.state).toBe('placed'))
    await act(async () => void (await result.current.action.run()))
    expect(result.current.action).toMatchObject({ status: 'success', data: { state: 'cancelled' } })
    await waitFor(() => expect(result.current.query.data?.state).toBe('cancelled'))
  })

  it('explains a state conflict with the current state and what is still possible', async () => {
    const { result } = renderWithClient(useOrderPage, newClient())
    await waitFor(() => expect(result.current.query.data?.state).toBe('placed'))
    order = { ...order, state: 'shipped' } // the warehouse shipped it meanwhile
    await act(async () => void (await result.current.action.run()))
    expect(result.current.action).toMatchObject({
      status: 'conflict',
      currentState: 'shipped',
      allowedActions: ['deliver'],
      problem: { kind: 'state', title: 'This order has already shipped' },
    })
    // the page now shows the truth without a manual reload
    await waitFor(() => expect(result.current.query.data?.state).toBe('shipped'))
  })

  it('learns the state by refetching when the body does not say', async () => {
    server.use(
      http.post(`${API}/orders/7/cancel`, () =>
        HttpResponse.json({ message: 'Order is already delivered' }, { status: 409 }),
      ),
    )
    const { result } = renderWithClient(useOrderPage, newClient())
    await waitFor(() => expect(result.current.query.data).toBeDefined())
    order = { ...order, state: 'delivered' }
    await act(async () => void (await result.current.action.run()))
    expect(result.current.action).toMatchObject({
      status: 'conflict',
      currentState: 'delivered',
    })
  })

  it('reports non-state failures as error and can reset', async () => {
    server.use(
      http.post(`${API}/orders/7/cancel`, () =>
        HttpResponse.json({ message: 'Forbidden' }, { status: 403 }),
      ),
    )
    const { result } = renderWithClient(useOrderPage, newClient())
    await act(async () => void (await result.current.action.run()))
    expect(result.current.action.status).toBe('error')
    act(() => result.current.action.reset())
    expect(result.current.action.status).toBe('idle')
  })
  it('run resolves with the shared outcome shape and isX flags follow status', async () => {
    const { result } = renderWithClient(useOrderPage, newClient())
    await waitFor(() => expect(result.current.query.data?.state).toBe('placed'))
    expect(result.current.action).toMatchObject({ isIdle: true, isPending: false })
    let outcome: unknown
    await act(async () => void (outcome = await result.current.action.run()))
    expect(outcome).toEqual({
      status: 'success',
      data: { id: 7, state: 'cancelled' },
      problem: null,
    })
    expect(result.current.action).toMatchObject({
      isIdle: false,
      isSuccess: true,
      isConflict: false,
    })
    await act(async () => void (outcome = await result.current.action.run()))
    expect(outcome).toMatchObject({
      status: 'conflict',
      data: undefined,
      problem: { kind: 'state' },
    })
    expect(result.current.action).toMatchObject({
      isSuccess: false,
      isConflict: true,
      isError: false,
    })
  })

  it('skips a second run while one is pending, and keeps run and reset stable', async () => {
    let calls = 0
    server.use(
      http.post(`${API}/orders/7/cancel`, async () => {
        calls += 1
        await new Promise((done) => setTimeout(done, 20))
        return HttpResponse.json({ ...order, state: 'cancelled' })
      }),
    )
    const { result } = renderWithClient(useOrderPage, newClient())
    const { run, reset } = result.current.action
    let skipped: unknown
    await act(async () => {
      const first = run()
      skipped = await run()
      await first
    })
    expect(skipped).toMatchObject({ status: 'skipped', reason: 'in-flight' })
    expect(calls).toBe(1)
    expect(result.current.action.run).toBe(run)
    expect(result.current.action.reset).toBe(reset)
  })
})
