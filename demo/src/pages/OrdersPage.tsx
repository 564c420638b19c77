import { useQuery, useQueryClient } from '@tanstack/react-query'
import { useRef } from 'react'
import { StateConflictNotice, useConflictAction } from 'react-conflict-kit'
import { getJson, postJson, type Order } from '../api'

const actionLabels: Record<string, string> = {
  ship: 'Ship',
  deliver: 'Mark delivered',
  cancel: 'Cancel order',
}

// This page is the customer's: shipping and delivering are the warehouse's steps, so a
// conflict never offers them here even when the server lists them as possible.
const customerActions = ['cancel']

function OrderRow({ order }: { order: Order }) {
  const client = useQueryClient()
  // The notice's buttons go away with it: focus returns to the action that raised it.
  const cancelRef = useRef<HTMLButtonElement>(null)
  const transition = useConflictAction<string, Order>({
    action: (action) => postJson(`/api/orders/${order.id}/transitions`, { action }),
    queryKey: ['orders'],
    getState: (orders) =>
      (Array.isArray(orders) ? (orders as Order[]).find((o) => o.id === order.id)?.state : null) ??
      null,
  })
  const pending = transition.status === 'pending'
  const warehouse = async () => {
    await postJson(`/api/orders/${order.id}/simulate`, { action: 'ship' })
  }
  return (
    <li className="demo-order" data-state={order.state}>
      <div className="demo-order-main">
        {/* Server text is isolated: bidi controls in a name cannot reorder the rest of the row. */}
        <strong dir="auto">{order.id}</strong>
        <span dir="auto">{order.customer}</span>
        <span className="demo-muted">
          {order.items.map((item, i) => (
            <span key={item.sku}>
              {i > 0 && ', '}
              {item.quantity} × <bdi>{item.name}</bdi>
            </span>
          ))}{' '}
          · {(order.totalCents / 100).toLocaleString('en', { style: 'currency', currency: 'EUR' })}
        </span>
        <span className={`demo-badge demo-badge-${order.state}`} dir="auto">
          {order.state}
        </span>
      </div>
      <div className="demo-actions">
        {/* aria-disabled, not disabled: a disabled button drops its focus to the page body. */}
        <button
          ref={cancelRef}
          type="button"
          onClick={() => {
            if (!pending) void transition.run('cancel')
          }}
          aria-disabled={pending || undefined}
        >
          Cancel order
        </button>
        {order.state === 'placed' && (
          <button type="button" className="demo-secondary" onClick={() => void warehouse()}>
            Simulate: warehouse ships it
          </button>
        )}
      </div>
      {transition.status === 'conflict' && (
        <StateConflictNotice
          action={transition}
          actionLabels={actionLabels}
          permittedActions={customerActions}
          onAction={(action) => void transition.run(action)}
          onRefresh={() => void client.invalidateQueries({ queryKey: ['orders'] })}
          onDismiss={() => {
            transition.reset()
            cancelRef.current?.focus()
          }}
        />
      )}
      {transition.status === 'error' && (
        <p role="alert" className="demo-error" dir="auto">
          {transition.problem?.title}
        </p>
      )}
    </li>
  )
}

/** Orders whose state can change under you: cancelling a shipped order explains why not. */
export function OrdersPage() {
  const orders = useQuery({
    queryKey: ['orders'],
    queryFn: () => getJson<Order[]>('/api/orders'),
    refetchOnWindowFocus: false,
  })
  return (
    <section className="demo-card" aria-labelledby="orders-heading">
      <h1 id="orders-heading">Orders</h1>
      <p className="demo-lead">
        The list is not refreshed on its own: ship an order “as the warehouse”, then try to cancel
        it here.
      </p>
      {orders.isPending && <p>Loading…</p>}
      <ul className="demo-orders">
        {orders.data?.map((order) => (
          <OrderRow key={order.id} order={order} />
        ))}
      </ul>
    </section>
  )
}
