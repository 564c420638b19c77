import { QueryClient, QueryClientProvider } from '@tanstack/react-query'
import { renderHook } from '@testing-library/react'
import type { ReactNode } from 'react'
import { setupServer } from 'msw/node'
import type { RequestHandler } from 'msw'

/** A fresh QueryClient per test, as an app would have one per page. */
export function newClient() {
  return new QueryClient({ defaultOptions: { queries: { retry: false, gcTime: Infinity } } })
}

/** renderHook inside a QueryClientProvider. */
export function renderWithClient<P, R>(
  hook: (props: P) => R,
  client = newClient(),
  initialProps?: P,
) {
  const wrapper = ({ children }: { children: ReactNode }) => (
    <QueryClientProvider client={client}>{children}</QueryClientProvider>
  )
  return { client, ...renderHook(hook, { wrapper, initialProps }) }
}

/** An msw server for the file; every test sets its own handlers. */
export function mswServer(...handlers: RequestHandler[]) {
  const server = setupServer(...handlers)
  beforeAll(() => server.listen({ onUnhandledRequest: 'error' }))
  afterEach(() => server.resetHandlers())
  afterAll(() => server.close())
  return server
}

export const API = 'http://localhost:3000/api'
