import { startServer, type RunningServer } from '../../demo/server/startServer'
import { expectProblem, json, reset, testServerOptions, withLatency } from './helpers'

interface Order {
  id: string
  state: string
  allowedActions: string[]
  version: number
  totalCents: number
  items: { quantity: number; priceCents: number }[]
}

let server: RunningServer
const url = (path: string) => `${server.url}${path}`
const act = (id: string, action: unknown, base = server.url) =>
  fetch(`${base}/api/orders/${id}/transitions`, json('POST', { action }))
const getOrder = async (id: string) =>
  (await (await fetch(url(`/api/orders/${id}`))).json()) as Order

const simulate = (body?: unknown) => fetch(url('/api/orders/ord-1002/simulate'), json('POST', body))

beforeAll(async () => {
  server = await startServer(testServerOptions)
})
afterAll(() => server?.close())
beforeEach(() => reset(server.url))

test('GET /api/orders lists seeded orders in every state, with what each allows', async () => {
  const res = await fetch(url('/api/orders'))
  expect(res.status).toBe(200)
  const orders = (await res.json()) as Order[]
  expect(new Set(orders.map((o) => o.state))).toEqual(
    new Set(['placed', 'shipped', 'delivered', 'cancelled']),
  )
  const allowed = Object.fromEntries(orders.map((o) => [o.state, o.allowedActions]))
  expect(allowed).toEqual({
    placed: ['ship', 'cancel'],
    shipped: ['deliver'],
    delivered: [],
    cancelled: [],
  })
  for (const order of orders) {
    expect(order.totalCents).toBe(
      order.items.reduce((sum, i) => sum + i.quantity * i.priceCents, 0),
    )
  }
})

test('GET /api/orders/:id returns one order; an unknown id is 404', async () => {
  expect(await getOrder('ord-1003')).toMatchObject({ id: 'ord-1003', state: 'shipped', version: 1 })
  await expectProblem(await fetch(url('/api/orders/ord-9999')), 404)
})

test('valid transitions: placed -> shipped -> delivered, and placed -> cancelled', async () => {
  const shipped = await act('ord-1001', 'ship')
  expect(shipped.status).toBe(200)
  expect(await shipped.json()).toMatchObject({
    state: 'shipped',
    allowedActions: ['deliver'],
    version: 2,
  })
  const delivered = await act('ord-1001', 'deliver')
  expect(await delivered.json()).toMatchObject({
    state: 'delivered',
    allowedActions: [],
    version: 3,
  })
  const cancelled = await act('ord-1002', 'cancel')
  expect(await cancelled.json()).toMatchObject({ state: 'cancelled', allowedActions: [] })
})

test('cancelling a shipped order is a 409 saying what state it is in and what is still possible', async () => {
  const problem = await expectProblem(await act('ord-1003', 'cancel'), 409)
  expect(problem).toMatchObject({
    type: '/problems/invalid-transition',
    title: 'This order has already shipped',
    code: 'invalid_transition',
    currentState: 'shipped',
    allowedActions: ['deliver'],
    current: { id: 'ord-1003', state: 'shipped' },
  })
  expect(problem.detail).toMatch(/cannot be cancelled once it has shipped/)
  expect((await getOrder('ord-1003')).state).toBe('shipped')
})

test.each([
  ['ord-1004', 'cancel', 'delivered', 'This order has already been delivered'],
  ['ord-1005', 'ship', 'cancelled', 'This order was cancelled'],
  ['ord-1001', 'deliver', 'placed', 'This order has not shipped yet'],
  ['ord-1003', 'ship', 'shipped', 'This order has already shipped'],
])('%s: %s from %s is refused (%s)', async (id, action, state, title) => {
  const problem = await expectProblem(await act(id, action), 409)
  expect(problem).toMatchObject({ title, currentState: state })
})

test('racing cancel and ship: one wins, the other gets 409 with the winner’s state', async () => {
  // Latency per statement makes both requests reach the database before either commits.
  const slow = await startServer({ ...testServerOptions, db: withLatency(server.db, 20) })
  try {
    const [cancel, ship] = await Promise.all([
      act('ord-1001', 'cancel', slow.url),
      act('ord-1001', 'ship', slow.url),
    ])
    expect([cancel.status, ship.status].toSorted()).toEqual([200, 409])
    const winner = cancel.status === 200 ? cancel : ship
    const loser = cancel.status === 200 ? ship : cancel
    const won = (await winner.json()) as Order
    const problem = await expectProblem(loser, 409)
    expect(problem.currentState).toBe(won.state)
    expect(problem.allowedActions).toEqual([])
    expect((await getOrder('ord-1001')).state).toBe(won.state)
  } finally {
    await slow.close()
  }
})

test('an unknown action is 422, malformed JSON 400, an unknown order 404', async () => {
  const problem = await expectProblem(await act('ord-1001', 'teleport'), 422)
  expect(problem.errors).toEqual([{ field: 'action', message: expect.any(String) }])
  await expectProblem(
    await fetch(url('/api/orders/ord-1001/transitions'), json('POST', '{action')),
    400,
  )
  await expectProblem(await act('ord-9999', 'ship'), 404)
})

test('the warehouse simulation moves an order on, then refuses once it is final', async () => {
  expect(await (await simulate()).json()).toMatchObject({ state: 'shipped' })
  expect(await (await simulate({ action: 'deliver' })).json()).toMatchObject({ state: 'delivered' })
  const problem = await expectProblem(await simulate(), 409)
  expect(problem.currentState).toBe('delivered')
})
