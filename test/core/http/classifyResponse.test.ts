import { classifyResponse } from '../../../src/core/http/classifyResponse'
import type { HttpProblem } from '../../../src/core/http/types'
import { fixtures, type ResponseFixture } from './fixtures/responses'

function responseFor(f: ResponseFixture): Response {
  const headers = new Headers(f.headers)
  let body: string | null = null
  if (typeof f.body === 'string') body = f.body
  else if (f.body !== undefined) {
    body = JSON.stringify(f.body)
    if (!headers.has('content-type')) headers.set('content-type', 'application/json')
  }
  // Null-body statuses (204, 304) reject any body.
  return new Response(f.status === 304 ? null : body, { status: f.status, headers })
}

const label = (f: ResponseFixture) => `${f.status} ${f.source}: ${f.name}`
const successes = fixtures.filter((f) => f.expected === null)
const failures = fixtures.filter(
  (f): f is ResponseFixture & { expected: NonNullable<ResponseFixture['expected']> } =>
    f.expected !== null,
)

test('the table covers at least 40 fixtures and the statuses the issue lists', () => {
  expect(fixtures.length).toBeGreaterThanOrEqual(40)
  const statuses = new Set(fixtures.map((f) => f.status))
  for (const s of [200, 400, 404, 409, 412, 422, 423, 428, 429, 500, 503]) {
    expect(statuses, `status ${s}`).toContain(s)
  }
  for (const f of fixtures) expect(f.source.length).toBeGreaterThan(3)
})

test.each(successes.map((f) => [label(f), f] as const))('%s -> null', async (_l, f) => {
  expect(await classifyResponse(responseFor(f), f.request)).toBeNull()
})

test.each(failures.map((f) => [label(f), f] as const))('%s', async (_l, f) => {
  const problem = (await classifyResponse(responseFor(f), f.request)) as HttpProblem
  // Compare exactly the members the fixture names (nested ones such as fieldErrors included).
  const picked = Object.fromEntries(
    Object.keys(f.expected).map((k) => [k, problem[k as keyof HttpProblem]]),
  )
  expect({ ...picked, status: problem.status }).toEqual({ ...f.expected, status: f.status })
  for (const key of f.absent ?? []) expect(problem, `${key} absent`).not.toHaveProperty(key)
  expect(problem.title.trim()).not.toBe('')
  expect(problem.title).not.toMatch(/<[A-Za-z!/?]/)
})
