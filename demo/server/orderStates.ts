/** Where an order is in its life. `delivered` and `cancelled` are final. */
export type OrderState = 'placed' | 'shipped' | 'delivered' | 'cancelled'

/** What can be done to an order. */
export type OrderAction = 'ship' | 'deliver' | 'cancel'

/** Every action, in the order a UI should offer them. */
export const orderActions: readonly OrderAction[] = ['ship', 'deliver', 'cancel']

/** The state machine: which states an action may start from, and where it leads. */
export const transitions: Readonly<
  Record<OrderAction, { from: readonly OrderState[]; to: OrderState }>
> = {
  ship: { from: ['placed'], to: 'shipped' },
  deliver: { from: ['shipped'], to: 'delivered' },
  cancel: { from: ['placed'], to: 'cancelled' },
}

/** The actions still possible in `state` (empty once final). */
export function allowedActions(state: OrderState): OrderAction[] {
  return orderActions.filter((action) => transitions[action].from.includes(state))
}

/** Narrows an untrusted value to an action name. */
export function isOrderAction(value: unknown): value is OrderAction {
  return typeof value === 'string' && (orderActions as readonly string[]).includes(value)
}

const stateTitles: Record<OrderState, string> = {
  placed: 'This order has not shipped yet',
  shipped: 'This order has already shipped',
  delivered: 'This order has already been delivered',
  cancelled: 'This order was cancelled',
}

const actionVerbs: Record<OrderAction, string> = {
  ship: 'shipped',
  deliver: 'delivered',
  cancel: 'cancelled',
}

/** Plain-text title and detail explaining why `action` does not fit an order in `state`. */
export function explainInvalidTransition(
  orderId: string,
  state: OrderState,
  action: OrderAction,
): { title: string; detail: string } {
  const verb = actionVerbs[action]
  const title = stateTitles[state]
  if (transitions[action].to === state) {
    return { title, detail: `Order ${orderId} has already been ${verb}.` }
  }
  switch (state) {
    case 'placed':
      return { title, detail: `Order ${orderId} must be shipped before it can be ${verb}.` }
    case 'shipped':
      return { title, detail: `Order ${orderId} cannot be ${verb} once it has shipped.` }
    case 'delivered':
      return { title, detail: `Order ${orderId} cannot be ${verb} once it has been delivered.` }
    case 'cancelled':
      return { title, detail: `Order ${orderId} cannot be ${verb} because it was cancelled.` }
  }
}
