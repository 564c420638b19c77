import { useQuery, useQueryClient } from '@tanstack/react-query'
import { useSyncExternalStore } from 'react'
// In an app: `from 'react-conflict-kit'`.
import { StateConflictNotice, useConflictAction } from '../../src'
import { MOCK_API, mockApi } from '../mocks/mockApi'
import type { MockOrder, OrderAction } from '../mocks/orderStore'
import { ServerView } from './ServerView'
import { SomeoneElse } from './SomeoneElse'

const ordersKey = ['live', 'orders']
const actionLabels: Record<string, string> = {
  cancel: 'Cancel order',
  request_return: 'Request a return',
}
const stateLabels: Record<string, string> = { returning: 'being returned' }

function OrderRow({ order }: { order: MockOrder }) {
  const client = useQueryClient()
  const transition = useConflictAction<OrderAction, MockOrder>({
    action: (action) =>
      fetch(`${MOCK_API}/orders/${order.id}/transitions`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ action }),
      }),
    // Refetched after success and after a conflict, so the list shows the truth again.
    queryKey: ordersKey,
    getState: (orders) => (orders as MockOrder[]).find((o) => o.id === order.id)?.state ?? null,
  })
  return (
    <li style={{ display: 'grid', gap: '0.5rem', padding: '0.75rem 0' }}>
      <div style={{ display: 'flex', gap: '0.75rem', alignItems: 'center', flexWrap: 'wrap' }}>
        <strong>{order.id}</strong>
        <span>{order.item}</span>
        <span>Status: {stateLabels[order.state] ?? order.state}</span>
        {order.allowedActions.map((action) => (
          <button
            key={action}
            type="button"
            disabled={transition.status === 'pending'}
            onClick={() => void transition.run(action)}
          >
            {actionLabels[action]}
          </button>
        ))}
      </div>
      {transition.status === 'conflict' && (
        <StateConflictNotice
          action={transition}
          actionLabels={actionLabels}
          stateLabels={stateLabels}
          onAction={(action) => void transition.run(action as OrderAction)}
          onRefresh={() => void client.invalidateQueries({ queryKey: ordersKey })}
        />
      )}
      {transition.status === 'success' && transition.data && (
        <output style={{ display: 'block' }}>
          Done: the order is now {transition.data.state}.
        </output>
      )}
      {transition.status === 'error' && <p role="alert">{transition.problem?.title}</p>}
    </li>
  )
}

/**
 * Orders wired to `useConflictAction`: the list on screen can be out of date, and acting on
 * it answers 409 with the order's state now and what can still be done.
 */
export function LiveOrders() {
  const orders = useQuery({
    queryKey: ordersKey,
    queryFn: async () => (await (await fetch(`${MOCK_API}/orders`)).json()) as MockOrder[],
    // The point of the story: the list does not notice the warehouse on its own.
    refetchOnWindowFocus: false,
  })
  const onServer = useSyncExternalStore(mockApi.orders.subscribe, mockApi.orders.orders)
  return (
    <div style={{ display: 'grid', gap: '1rem', maxWidth: '44rem' }}>
      <section aria-label="Your orders">
        <h2 style={{ margin: 0 }}>Your orders</h2>
        {orders.isPending && <p>Loading…</p>}
        <ul style={{ listStyle: 'none', padding: 0, margin: 0 }}>
          {orders.data?.map((order) => (
            <OrderRow key={order.id} order={order} />
          ))}
        </ul>
      </section>
      <SomeoneElse who="The warehouse" hint="Ship the order, then try to cancel it above.">
        <button
          type="button"
          disabled={onServer[0]?.state !== 'placed'}
          onClick={() => mockApi.orders.apply('A-1042', 'ship')}
        >
          Warehouse ships it
        </button>
      </SomeoneElse>
      <ServerView
        label={() => 'On the mock server'}
        subscribe={mockApi.orders.subscribe}
        get={mockApi.orders.orders}
        select={(list) => Object.fromEntries(list.map((o) => [o.id, o.state]))}
      />
    </div>
  )
}
