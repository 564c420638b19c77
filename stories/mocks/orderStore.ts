import { observable } from './observable'
import { jsonResponse, notJsonObject, problemResponse, readJsonObject } from './responses'

/** Where an order is in its life. */
export type OrderState = 'placed' | 'shipped' | 'delivered' | 'cancelled' | 'returning'

/** What can be done to an order. */
export type OrderAction = 'ship' | 'deliver' | 'cancel' | 'request_return'

/** An order as the mock server sends it, with the customer actions its state allows. */
export interface MockOrder {
  id: string
  item: string
  state: OrderState
  allowedActions: OrderAction[]
}

/** The state machine: which states an action may start from, and where it leads. */
const transitions: Record<OrderAction, { from: readonly OrderState[]; to: OrderState }> = {
  ship: { from: ['placed'], to: 'shipped' },
  deliver: { from: ['shipped'], to: 'delivered' },
  cancel: { from: ['placed'], to: 'cancelled' },
  request_return: { from: ['shipped', 'delivered'], to: 'returning' },
}

const pastTense: Record<OrderAction, string> = {
  ship: 'shipped',
  deliver: 'delivered',
  cancel: 'cancelled',
  request_return: 'returned',
}

const titles: Record<OrderState, string> = {
  placed: 'This order has not shipped yet',
  shipped: 'This order has already shipped',
  delivered: 'This order has already been delivered',
  cancelled: 'This order was cancelled',
  returning: 'A return is already under way for this order',
}

/** What the API's caller (the customer) may do; the warehouse moves orders on through `apply`. */
export const customerActions: readonly OrderAction[] = ['cancel', 'request_return']

const isCustomerAction = (value: unknown): value is OrderAction =>
  typeof value === 'string' && (customerActions as readonly string[]).includes(value)

const allowedIn = (state: OrderState) =>
  customerActions.filter((a) => transitions[a].from.includes(state))

/** Orders whose state other people (the warehouse) move on while the page is open. */
export interface OrderStore {
  /** GET: every order with its allowed actions. */
  list: () => Response
  /**
   * POST `{ action }` (a customer action) to an order: 200 with the order moved on, or 409
   * with `currentState` and `allowedActions` when the action does not fit its state any more.
   */
  transition: (id: string, request: Request) => Promise<Response>
  /** Someone else (the warehouse) acts on an order. Moves its state does not allow are ignored. */
  apply: (id: string, action: OrderAction) => void
  /** Orders as stored now; `subscribe` to hear about changes. */
  orders: () => readonly MockOrder[]
  subscribe: (listener: () => void) => () => void
  /** Back to the initial orders. */
  reset: () => void
}

/** Creates an order store; `allowedActions` is derived from each order's state. */
export function createOrderStore(
  initial: readonly Omit<MockOrder, 'allowedActions'>[],
): OrderStore {
  const fresh = () => initial.map((o) => ({ ...o, allowedActions: allowedIn(o.state) }))
  const state = observable<readonly MockOrder[]>(fresh())
  const find = (id: string) => state.get().find((o) => o.id === id)
  const move = (id: string, to: OrderState) =>
    state.set(
      state
        .get()
        .map((o) => (o.id === id ? { ...o, state: to, allowedActions: allowedIn(to) } : o)),
    )

  return {
    list: () => jsonResponse(state.get()),
    async transition(id, request) {
      const order = find(id)
      if (!order) return problemResponse({ title: `There is no order ${id}`, status: 404 })
      const body = await readJsonObject(request)
      if (body === null) return notJsonObject()
      const { action } = body
      if (!isCustomerAction(action)) {
        return problemResponse({
          title: 'Unknown action',
          status: 422,
          errors: [{ field: 'action', message: `Use one of ${customerActions.join(', ')}.` }],
        })
      }
      if (!transitions[action].from.includes(order.state)) {
        return problemResponse({
          type: 'https://example.com/problems/invalid-transition',
          title: titles[order.state],
          status: 409,
          detail: `Order ${id} is ${order.state} now, so it can no longer be ${pastTense[action]}.`,
          code: 'invalid_transition',
          currentState: order.state,
          allowedActions: order.allowedActions,
        })
      }
      move(id, transitions[action].to)
      return jsonResponse(find(id))
    },
    apply(id, action) {
      const order = find(id)
      if (order && transitions[action].from.includes(order.state)) move(id, transitions[action].to)
    },
    orders: state.get,
    subscribe: state.subscribe,
    reset: () => state.set(fresh()),
  }
}
