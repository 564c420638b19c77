import { Hono, type Context } from 'hono'
import type { AppEnv } from './AppEnv'
import type { Db } from './Db'
import { methodNotAllowed } from './methodNotAllowed'
import {
  allowedActions,
  explainInvalidTransition,
  isOrderAction,
  transitions,
  type OrderAction,
  type OrderState,
} from './orderStates'
import { notFound, problemResponse, problemTypes, validationProblem } from './problem'
import { readJsonObject } from './readJsonObject'
import type { OrderItem } from './seedData'

/** An order as the API sends it. */
export interface OrderJson {
  id: string
  customer: string
  items: OrderItem[]
  totalCents: number
  state: OrderState
  /** What can still be done, in the order a UI should offer it. */
  allowedActions: OrderAction[]
  version: number
  updatedAt: string
}

function toOrder(row: Record<string, unknown>): OrderJson {
  const state = row.state as OrderState
  return {
    id: String(row.id),
    customer: String(row.customer),
    items: row.items as OrderItem[],
    totalCents: Number(row.total_cents),
    state,
    allowedActions: allowedActions(state),
    version: Number(row.version),
    updatedAt: new Date(row.updated_at as string | Date).toISOString(),
  }
}

async function getOrder(db: Db, id: string): Promise<OrderJson | undefined> {
  const { rows } = await db.query('SELECT * FROM orders WHERE id = $1', [id])
  return rows[0] && toOrder(rows[0])
}

function invalidTransition(instance: string, order: OrderJson, action: OrderAction): Response {
  const { title, detail } = explainInvalidTransition(order.id, order.state, action)
  return problemResponse({
    type: problemTypes.invalidTransition,
    title,
    status: 409,
    detail,
    instance,
    code: 'invalid_transition',
    action,
    currentState: order.state,
    allowedActions: order.allowedActions,
    current: order,
  })
}

/**
 * Applies `action` if the order is still in a state it may start from. The state check is
 * part of the UPDATE, so of two racing transitions exactly one wins and the other sees the
 * winner's state.
 */
async function transition(
  db: Db,
  c: Context<AppEnv>,
  id: string,
  action: OrderAction,
): Promise<Response> {
  const { from, to } = transitions[action]
  const { rows } = await db.query(
    `UPDATE orders SET state = $3, version = version + 1, updated_at = now()
     WHERE id = $1 AND state = ANY($2::text[])
     RETURNING *`,
    [id, [...from], to],
  )
  if (rows[0]) return c.json(toOrder(rows[0]))
  const current = await getOrder(db, id)
  if (!current) return notFound(c.req.path, `There is no order with id "${id}".`)
  return invalidTransition(c.req.path, current, action)
}

/** Routes under `/api/orders`: list, read, transitions, and the warehouse's simulated steps. */
export function ordersRoutes(db: Db): Hono<AppEnv> {
  const orders = new Hono<AppEnv>()

  orders.get('/', async (c) => {
    const { rows } = await db.query('SELECT * FROM orders ORDER BY id')
    return c.json(rows.map(toOrder))
  })
  orders.all('/', methodNotAllowed(['GET', 'HEAD']))

  orders.get('/:id', async (c) => {
    const id = c.req.param('id')
    const order = await getOrder(db, id)
    return order ? c.json(order) : notFound(c.req.path, `There is no order with id "${id}".`)
  })
  orders.all('/:id', methodNotAllowed(['GET', 'HEAD']))

  orders.post('/:id/transitions', async (c) => {
    const parsed = await readJsonObject(c)
    if (!parsed.ok) return parsed.response
    const { action } = parsed.value
    if (!isOrderAction(action)) {
      return validationProblem(c.req.path, [
        { field: 'action', message: 'Action must be "ship", "deliver" or "cancel".' },
      ])
    }
    return transition(db, c, c.req.param('id'), action)
  })
  orders.all('/:id/transitions', methodNotAllowed(['POST']))

  // The warehouse moves the order on by itself; without an action, the next forward step.
  orders.post('/:id/simulate', async (c) => {
    const id = c.req.param('id')
    const parsed = await readJsonObject(c, { allowEmpty: true })
    if (!parsed.ok) return parsed.response
    const { action } = parsed.value
    if (action !== undefined && !isOrderAction(action)) {
      return validationProblem(c.req.path, [
        { field: 'action', message: 'Action must be "ship", "deliver" or "cancel".' },
      ])
    }
    if (action !== undefined) return transition(db, c, id, action)
    const current = await getOrder(db, id)
    if (!current) return notFound(c.req.path, `There is no order with id "${id}".`)
    const next = current.state === 'placed' ? 'ship' : 'deliver'
    return transition(db, c, id, next)
  })
  orders.all('/:id/simulate', methodNotAllowed(['POST']))

  return orders
}
