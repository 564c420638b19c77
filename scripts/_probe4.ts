import { classifyResponse } from '../src/core/http/classifyResponse'
const N = 60000
const rep = (s: string) => s.repeat(Math.floor(N / s.length))
const cases: Array<[string, string, string]> = [
  ['doctype', rep('<!DOCTYPE'), 'application/xml'],
  ['pi', rep('<?x'), 'application/xml'],
  ['cdata', rep('<![CDATA['), 'application/xml'],
  ['leaf', rep('<a b'), 'application/xml'],
  ['leaf2', rep('<a>x'), 'application/xml'],
  ['title', rep('<title'), 'text/html'],
  ['h1', '<title>Error</title>' + rep('<h1'), 'text/html'],
  ['br', rep('<br '), 'text/html'],
  ['comment', rep('<!--'), 'text/html'],
  ['script', rep('<script'), 'text/html'],
  ['tag', rep('<a '), 'text/html'],
  ['entity', rep('&#1'), 'text/html'],
  ['salvage', '{' + rep('"a" '), 'application/json'],
  ['salvage2', '{' + rep('"a":"'), 'application/json'],
  ['salvage3', '{"a"' + ' '.repeat(N), 'application/json'],
  ['text markup', rep('<b '), 'text/plain'],
  ['diag', JSON.stringify({ message: 'a' + ' '.repeat(N) + 'b' }), 'application/json'],
  ['keyparen', JSON.stringify({ errors: [{ field: 'x', message: rep('Key (a)=(') }] }), 'application/json'],
  ['dupentry', JSON.stringify({ errors: [{ field: 'x', message: rep("Duplicate entry '") }] }), 'application/json'],
  ['dots', JSON.stringify({ errors: [{ field: 'x', message: rep('.') + 'x' }] }), 'application/json'],
  ['diag entry', JSON.stringify({ errors: [{ field: 'x', message: 'a' + ' '.repeat(N) + 'b' }] }), 'application/json'],
  ['deep', '['.repeat(100000) + ']'.repeat(100000), 'application/json'],
  ['wide', JSON.stringify(Object.fromEntries(Array.from({ length: 5000 }, (_, i) => ['k' + i, ['has already been taken']]))), 'application/json'],
]
for (const [name, body, ct] of cases) {
  const t = performance.now()
  await classifyResponse(new Response(body, { status: 409, headers: { 'content-type': ct } }), { method: 'POST' }, { maxBytes: 1 << 20 })
  const ms = performance.now() - t
  console.log((ms > 100 ? '!! ' : '   ') + name, ms.toFixed(0), 'ms')
}
