// Hostile and whitespace-heavy messages cost work linear in their size. Work is counted, not
// timed: scanMeter counts the characters handed to pattern matching, and every pattern sees a
// bounded text, so doubling an input may at most double the count.
import { classifyResponse } from '../../../src/core/http/classifyResponse'
import { problemFromError } from '../../../src/core/http/problemError'
import { resetScanMeter, scanMeter } from '../../../src/core/http/scan'

const repeat = (unit: string, chars: number) => unit.repeat(Math.ceil(chars / unit.length))

// Each shape at a given size; sizes stay under the 64 KiB read bound so the bound is not what
// keeps the work down.
const shapes: Array<[string, (n: number) => { body: string; type: string }]> = [
  [
    'a message of spaces',
    (n) => ({ body: JSON.stringify({ message: `a${' '.repeat(n)}b` }), type: 'application/json' }),
  ],
  [
    'a field message of spaces',
    (n) => ({
      body: JSON.stringify({ errors: [{ field: 'email', message: `${' '.repeat(n)}taken` }] }),
      type: 'application/json',
    }),
  ],
  ['unclosed <title> tags', (n) => ({ body: repeat('<title', n), type: 'text/html' })],
  [
    'unclosed <h1> tags after a bare title',
    (n) => ({ body: `<title>Error</title>${repeat('<h1', n)}`, type: 'text/html' }),
  ],
  ['unclosed line breaks', (n) => ({ body: repeat('<br ', n), type: 'text/html' })],
  ['unclosed <!DOCTYPE', (n) => ({ body: repeat('<!DOCTYPE', n), type: 'application/xml' })],
  [
    'repeated database key text',
    (n) => ({
      body: JSON.stringify({ errors: [{ field: 'x', message: repeat('Key (a)=(', n) }] }),
      type: 'application/json',
    }),
  ],
  [
    'repeated duplicate-entry text',
    (n) => ({
      body: JSON.stringify({ message: repeat("Duplicate entry '", n) }),
      type: 'application/json',
    }),
  ],
  [
    'runs of dots',
    (n) => ({ body: JSON.stringify({ title: `${'.'.repeat(n)}x` }), type: 'application/json' }),
  ],
  [
    'broken JSON of keys and spaces',
    (n) => ({ body: `{${repeat('"a"   ', n)}`, type: 'application/json' }),
  ],
  [
    'a wide field map',
    (n) => ({
      body: JSON.stringify(
        Object.fromEntries(
          Array.from({ length: n / 40 }, (_, i) => [`field${i}`, ['has already been taken']]),
        ),
      ),
      type: 'application/json',
    }),
  ],
]

async function work(body: string, type: string): Promise<number> {
  resetScanMeter()
  const res = new Response(body, { status: 409, headers: { 'content-type': type } })
  const problem = await classifyResponse(res, { method: 'POST' }, { maxBytes: 1 << 20 })
  expect(problem?.title.trim()).not.toBe('')
  return scanMeter.chars
}

test.each(shapes)('%s: doubling the input does not quadruple the work', async (_name, make) => {
  const small = make(12_000)
  const large = make(24_000)
  const a = await work(small.body, small.type)
  const b = await work(large.body, large.type)
  expect(a).toBeGreaterThan(0)
  // Linear (or bounded) work: at most twice, plus a constant for the bounded per-sentence scans.
  expect(b).toBeLessThanOrEqual(2 * a + 20_000)
})

test('a parsed body with a 120 000-space message is bounded like a read one', () => {
  const count = (n: number) => {
    resetScanMeter()
    const problem = problemFromError({
      response: { status: 409, headers: {}, data: { message: `${' '.repeat(n)}already exists` } },
    })
    // The words past the bound are never read: the message is all spaces as far as it goes.
    expect(problem.kind).toBe('unknown')
    return scanMeter.chars
  }
  const a = count(120_000)
  const b = count(240_000)
  // The bound applies before any pattern runs: twice the message, the same work.
  expect(b).toBe(a)
  expect(a).toBeLessThan(3 * 64 * 1024)
})

test('a parsed body nested 100 000 levels deep gives a problem, not a stack overflow', () => {
  let data: unknown = { code: 'user_exists' }
  for (let i = 0; i < 100_000; i++) data = { error: data }
  const problem = problemFromError({ response: { status: 409, headers: {}, data } })
  expect(problem).toMatchObject({ status: 409 })
})

test('a read body nested 100 000 levels deep gives a problem, not a stack overflow', async () => {
  const body = `${'['.repeat(100_000)}"has already been taken"${']'.repeat(100_000)}`
  const problem = await classifyResponse(
    new Response(body, { status: 422, headers: { 'content-type': 'application/json' } }),
    undefined,
    { maxBytes: 1 << 20 },
  )
  expect(problem).toMatchObject({ status: 422 })
})
