import type { Db, Row } from '../../demo/server/Db'
import { expect } from 'vitest'

/** A JSON request: method, body (serialised unless already a string) and extra headers. */
export function json(
  method: string,
  body?: unknown,
  headers: Record<string, string> = {},
): RequestInit {
  return {
    method,
    headers: { 'content-type': 'application/json', ...headers },
    body: body === undefined ? undefined : typeof body === 'string' ? body : JSON.stringify(body),
  }
}

/** Reads a response that must be RFC 9457 problem details with `status`, and returns its body. */
export async function expectProblem(
  res: Response,
  status: number,
): Promise<Record<string, unknown>> {
  expect(res.status).toBe(status)
  expect(res.headers.get('content-type')).toBe('application/problem+json')
  const body = (await res.json()) as Record<string, unknown>
  expect(body).toMatchObject({ status, type: expect.stringMatching(/^\/problems\//) })
  expect(typeof body.title).toBe('string')
  expect(typeof body.detail).toBe('string')
  return body
}

/**
 * The same database behind a few milliseconds of latency per statement, like a database
 * server across a network: concurrent requests then really interleave their reads and writes.
 */
export function withLatency(db: Db, ms: number): Db {
  const delay = () => new Promise((resolve) => setTimeout(resolve, ms))
  return {
    async query<R extends Row = Row>(sql: string, params?: readonly unknown[]) {
      await delay()
      return db.query<R>(sql, params)
    },
    transaction: (fn) => db.transaction(fn),
    // The wrapped database belongs to someone else.
    close: async () => {},
  }
}

/** The reset token test servers are started with (`POST /api/reset` exists only with one). */
export const TEST_RESET_TOKEN = 'test-reset-token-0123456789'

/**
 * scrypt cost (log2 N) for tests: far below the default (OWASP's 17) so signups stay quick.
 * Never use it outside tests.
 */
export const TEST_SCRYPT_COST = 12

/** Server options for route tests: quick hashing, a reset token, and no rate limits. */
export const testServerOptions = {
  port: 0,
  scryptCost: TEST_SCRYPT_COST,
  resetToken: TEST_RESET_TOKEN,
  rateLimit: false,
} as const

/** Re-seeds the server's database through `POST /api/reset` (with the test token). */
export async function reset(baseUrl: string, token = TEST_RESET_TOKEN): Promise<void> {
  const res = await fetch(`${baseUrl}/api/reset`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
  })
  if (res.status !== 204) throw new Error(`POST /api/reset answered ${res.status}`)
}
