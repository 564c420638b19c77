import { createOrderStore } from './orderStore'
import { createSignupStore } from './signupStore'
import { createVersionedStore } from './versionedStore'

/** Where the mock server answers; unique so it never shadows a real API. */
export const MOCK_API = '/mock-api'

/** The document the live editor story works on. */
export interface MockDocument {
  title: string
  tags: string[]
  body: string
}

/** The line the "same line" edit changes: edit it in the story to get a text conflict. */
export const SHARED_LINE = '2. Budget review'

/** The document at version 1. */
export const initialDocument: MockDocument = {
  title: 'Team meeting',
  tags: ['planning'],
  body: [
    'Agenda for Thursday',
    '1. Welcome and coffee',
    SHARED_LINE,
    '3. Roadmap',
    '4. Any other business',
    '',
  ].join('\n'),
}

/** Emails that are registered before any story runs. */
export const registeredEmails = ['ada@example.com'] as const

/**
 * The mock server's state: one module-level instance shared by the msw handlers and by the
 * stories' "someone else" buttons. Stories reset it in a loader so each starts fresh.
 */
export const mockApi = {
  document: createVersionedStore(initialDocument),
  signups: createSignupStore(registeredEmails),
  orders: createOrderStore([
    { id: 'A-1042', item: '1 × Mechanical keyboard', state: 'placed' },
    { id: 'A-1043', item: '2 × USB-C cable', state: 'delivered' },
  ]),
}

/** Puts every mock store back to its initial state. */
export function resetMockApi(): void {
  mockApi.document.reset()
  mockApi.signups.reset()
  mockApi.orders.reset()
}
