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

/** Re-seeds the server's database through `POST /api/reset`. */
export async function reset(baseUrl: string): Promise<void> {
  const res = await fetch(`${baseUrl}/api/reset`, { method: 'POST' })
  if (res.status !== 204) throw new Error(`POST /api/reset answered ${res.status}`)
}
