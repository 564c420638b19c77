import { delay, http } from 'msw'
import { MOCK_API, mockApi } from './mockApi'

/**
 * The msw handlers of the mock API, used by the browser's service worker in Storybook and by
 * `setupServer` in the story tests. `delay()` gives a realistic wait in the browser (so
 * "Saving…" is visible) and next to none in Node.
 */
export const handlers = [
  http.get(`${MOCK_API}/docs/welcome`, async () => {
    await delay()
    return mockApi.document.get()
  }),
  http.put(`${MOCK_API}/docs/welcome`, async ({ request }) => {
    await delay()
    return mockApi.document.put(request)
  }),
  http.post(`${MOCK_API}/signup`, async ({ request }) => {
    await delay()
    return mockApi.signups.signup(request)
  }),
  http.get(`${MOCK_API}/orders`, async () => {
    await delay()
    return mockApi.orders.list()
  }),
  http.post(`${MOCK_API}/orders/:id/transitions`, async ({ request, params }) => {
    await delay()
    return mockApi.orders.transition(String(params.id), request)
  }),
]
