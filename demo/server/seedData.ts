import type { OrderState } from './orderStates'

/** One line of an order. */
export interface OrderItem {
  sku: string
  name: string
  quantity: number
  priceCents: number
}

/** An order as seeded: the server adds `version` 1 and `updatedAt`. */
export interface SeedOrder {
  id: string
  customer: string
  items: OrderItem[]
  state: OrderState
}

/** Orders in every state, so each transition and each refusal can be shown. */
export const seedOrders: readonly SeedOrder[] = [
  {
    id: 'ord-1001',
    customer: 'Ada Lovelace',
    items: [
      { sku: 'NB-A5-DOT', name: 'A5 dotted notebook', quantity: 2, priceCents: 1450 },
      { sku: 'PEN-FINE-BLK', name: 'Fine liner, black', quantity: 3, priceCents: 320 },
    ],
    state: 'placed',
  },
  {
    id: 'ord-1002',
    customer: 'Grace Hopper',
    items: [{ sku: 'LAMP-DESK-OAK', name: 'Oak desk lamp', quantity: 1, priceCents: 8900 }],
    state: 'placed',
  },
  {
    id: 'ord-1003',
    customer: 'Alan Turing',
    items: [
      { sku: 'MUG-STONE-GRN', name: 'Stoneware mug, green', quantity: 2, priceCents: 1800 },
      { sku: 'TEA-EARLGREY-250', name: 'Earl Grey, 250 g', quantity: 1, priceCents: 1150 },
    ],
    state: 'shipped',
  },
  {
    id: 'ord-1004',
    customer: 'Katherine Johnson',
    items: [{ sku: 'CHAIR-TASK-GRY', name: 'Task chair, grey', quantity: 1, priceCents: 24900 }],
    state: 'delivered',
  },
  {
    id: 'ord-1005',
    customer: 'Edsger Dijkstra',
    items: [{ sku: 'BOARD-WHITE-90', name: 'Whiteboard, 90 cm', quantity: 1, priceCents: 6400 }],
    state: 'cancelled',
  },
]

/** An account that exists from the start, so "already registered" and login can be tried. */
export const seedUser = {
  email: 'ada@example.com',
  username: 'ada',
  password: 'correct-horse-battery',
} as const
