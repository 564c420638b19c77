import { classifyResponse } from '../../src/core/http/classifyResponse'
import { createOrderStore } from '../../stories/mocks/orderStore'
import { createSignupStore } from '../../stories/mocks/signupStore'
import { createVersionedStore } from '../../stories/mocks/versionedStore'

const put = (body: unknown, headers: Record<string, string> = {}) =>
  new Request('http://localhost/mock-api/doc', {
    method: 'PUT',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify(body),
  })
const post = (body: unknown, headers: Record<string, string> = {}) =>
  new Request('http://localhost/mock-api/x', {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify(body),
  })

describe('the mock stores speak HTTP the kit understands', () => {
  it('versioned store: ETag on GET, 428 without If-Match, 412 with current, 200 moves on', async () => {
    const store = createVersionedStore({ title: 'a' })
    expect(store.get().headers.get('etag')).toBe('"1"')

    const missing = await store.put(put({ title: 'b' }))
    expect(await classifyResponse(missing, { method: 'PUT' })).toMatchObject({
      status: 428,
      kind: 'precondition-required',
      currentVersion: '"1"',
    })

    store.edit((v) => ({ ...v, title: 'theirs' }))
    const stale = await store.put(put({ title: 'mine' }, { 'if-match': '"1"' }))
    expect(await classifyResponse(stale, { method: 'PUT' })).toMatchObject({
      status: 412,
      kind: 'stale',
      current: { title: 'theirs' },
      currentVersion: '"2"',
    })
    expect(store.current()).toEqual({ value: { title: 'theirs' }, version: 2 })

    const saved = await store.put(put({ title: 'mine' }, { 'if-match': '"2"' }))
    expect(saved.status).toBe(200)
    expect(saved.headers.get('etag')).toBe('"3"')
    expect(store.current()).toEqual({ value: { title: 'mine' }, version: 3 })
    store.reset()
    expect(store.current()).toEqual({ value: { title: 'a' }, version: 1 })
  })

  it('signup store: 201, 409 user_exists on email, 422 per field, 202 when enumeration-safe', async () => {
    const store = createSignupStore(['Ada@example.com'])
    const created = await store.signup(post({ email: 'grace@example.com', password: '12345678' }))
    expect(created.status).toBe(201)

    const duplicate = await store.signup(post({ email: 'ada@example.com', password: '12345678' }))
    expect(duplicate.headers.get('content-type')).toBe('application/problem+json')
    expect(await classifyResponse(duplicate, { method: 'POST' })).toMatchObject({
      status: 409,
      kind: 'duplicate',
      code: 'user_exists',
      field: 'email',
    })

    const invalid = await store.signup(post({ email: 'nope', password: 'short' }))
    expect(await classifyResponse(invalid, { method: 'POST' })).toMatchObject({
      status: 422,
      kind: 'validation',
      fieldErrors: {
        email: 'Enter a valid email address.',
        password: 'Use at least 8 characters.',
      },
    })

    const safe = { 'x-enumeration-safe': '1' }
    const known = await store.signup(post({ email: 'ada@example.com', password: '12345678' }, safe))
    const fresh = await store.signup(
      post({ email: 'alan@example.com', password: '12345678' }, safe),
    )
    expect([known.status, fresh.status]).toEqual([202, 202])
    expect(await known.text()).toBe(await fresh.text())
    expect(store.emails()).toEqual(['ada@example.com', 'grace@example.com', 'alan@example.com'])
  })

  it('order store: 409 invalid transition with the state now and the actions left', async () => {
    const store = createOrderStore([{ id: 'A-1', item: 'x', state: 'placed' }])
    expect(store.orders()[0]?.allowedActions).toEqual(['cancel'])
    store.apply('A-1', 'ship')
    store.apply('A-1', 'cancel') // the warehouse cannot cancel a shipped order either
    const conflict = await store.transition('A-1', post({ action: 'cancel' }))
    const problem = await classifyResponse(conflict, { method: 'POST' })
    expect(problem).toMatchObject({
      status: 409,
      kind: 'state',
      title: 'This order has already shipped',
    })
    expect(problem?.raw).toMatchObject({
      currentState: 'shipped',
      allowedActions: ['request_return'],
    })
    const ship = await store.transition('A-1', post({ action: 'ship' }))
    expect(ship.status).toBe(422) // customers do not ship orders
    const returned = await store.transition('A-1', post({ action: 'request_return' }))
    expect(await returned.json()).toMatchObject({ state: 'returning', allowedActions: [] })
  })
})
