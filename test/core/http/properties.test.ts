import * as fc from 'fast-check'
import { classifyResponse } from '../../../src/core/http/classifyResponse'
import { readBody } from '../../../src/core/http/readBody'
import type { ProblemKind } from '../../../src/core/http/types'

const KINDS: ProblemKind[] = [
  'duplicate',
  'stale',
  'state',
  'busy',
  'unknown',
  'precondition-required',
  'validation',
  'other',
]

const contentType = fc.oneof(
  fc.constantFrom(
    'application/json',
    'application/problem+json',
    'application/json; charset=utf-8',
    'text/plain',
    'text/html',
    'application/xml',
    'text/xml; charset="iso-8859-1"',
    'application/octet-stream',
    'text/plain; charset=utf-16le',
    'text/plain; charset=nonsense',
    'image/png',
    '',
  ),
  fc.stringMatching(/^[a-z]{1,8}\/[a-z+.-]{1,12}(; ?[a-z]{1,8}=[a-z0-9-]{0,10})?$/),
)

const wordish = fc.constantFrom(
  'already exists',
  'has already been taken',
  'modified',
  'Conflict',
  'EMAIL_EXISTS',
  'Key (email)=(a@b) already exists.',
  'in progress',
  'not mergeable',
  '<title>x</title>',
  '&lt;b&gt;',
)

const body = fc.oneof(
  fc.string({ maxLength: 300 }),
  fc.string({ unit: 'grapheme', maxLength: 100 }),
  fc.jsonValue({ maxDepth: 4 }).map((v) => JSON.stringify(v) ?? 'null'),
  fc
    .dictionary(
      fc.constantFrom(
        'message',
        'error',
        'errors',
        'code',
        'detail',
        'title',
        'email',
        'kind',
        'details',
        'reason',
        '__proto__',
      ),
      fc.oneof(fc.jsonValue({ maxDepth: 3 }), wordish, fc.array(wordish, { maxLength: 3 })),
    )
    .map((o) => JSON.stringify(o)),
  fc.uint8Array({ maxLength: 400 }),
)

const request = fc.option(
  fc.record({
    method: fc.constantFrom('GET', 'POST', 'PUT', 'PATCH', 'DELETE', 'HEAD', 'post', ''),
    headers: fc.constantFrom<Record<string, string>>(
      {},
      { 'If-Match': '"1"' },
      { 'If-None-Match': '*' },
    ),
    versioned: fc.boolean(),
  }),
  { nil: undefined },
)

function response(
  status: number,
  ct: string,
  b: string | Uint8Array,
  extra: Record<string, string>,
) {
  const headers = new Headers(extra)
  if (ct) headers.set('content-type', ct)
  return new Response(typeof b === 'string' ? b : new Uint8Array(b), { status, headers })
}

const headerExtras = fc.record(
  {
    etag: fc.constantFrom('"a"', 'W/"b"', 'junk', ''),
    'retry-after': fc.constantFrom('0', '10', '2.5', 'Wed, 21 Oct 2015 07:28:00 GMT', 'soon', '-1'),
    'x-amzn-errortype': fc.constantFrom('UsernameExistsException:http://x/', ''),
  },
  { requiredKeys: [] },
)

test('classifyResponse never throws and always explains itself in plain text', async () => {
  await fc.assert(
    fc.asyncProperty(
      fc.integer({ min: 400, max: 599 }),
      contentType,
      body,
      request,
      headerExtras,
      async (status, ct, b, req, extra) => {
        const problem = await classifyResponse(response(status, ct, b, extra), req)
        expect(problem).not.toBeNull()
        expect(problem!.status).toBe(status)
        expect(KINDS).toContain(problem!.kind)
        expect(typeof problem!.title).toBe('string')
        expect(problem!.title.trim().length).toBeGreaterThan(0)
        expect(problem!.title.length).toBeLessThanOrEqual(200)
        // oxlint-disable-next-line no-control-regex
        expect(problem!.title).not.toMatch(/[\u0000-\u0008\u000B-\u001F\u007F]|\n/)
        expect(problem!.retryAfterMs ?? 0).toBeGreaterThanOrEqual(0)
      },
    ),
    { numRuns: 300 },
  )
})

const htmlPiece = fc.oneof(
  fc.string({ maxLength: 20 }),
  fc.constantFrom('<', '>', '&', ';', '"', "'", '/', '!', '-', '<!--', '-->', '<![CDATA[', ']]>'),
  fc.constantFrom(
    '&lt;',
    '&gt;',
    '&amp;',
    '&#60;',
    '&#x3C;',
    '&#x3c;',
    '&lt',
    '&#0;',
    '&#xD800;',
    '&nbsp;',
  ),
  // Markup hidden behind entities: decoding must not bring tags back.
  fc.constantFrom(
    '&lt;b&gt;',
    '&lt;script&gt;alert(1)&lt;/script&gt;',
    '&#60;img src=x&#62;',
    '&lt;!--',
    '&amp;lt;i&amp;gt;',
  ),
  fc
    .constantFrom('title', 'h1', 'pre', 'script', 'style', 'b', 'svg', 'img', 'a', 'textarea')
    .chain((t) => fc.constantFrom(`<${t}>`, `</${t}>`, `<${t} x="<y>">`, `<${t}`, `<${t}/>`)),
)

test('titles from HTML pages never carry markup', async () => {
  await fc.assert(
    fc.asyncProperty(
      fc
        .tuple(
          fc.constantFrom('', '<title>', '<h1 class="x">', '<pre>'),
          fc.array(htmlPiece, { maxLength: 40 }),
        )
        .map(([open, pieces]) => open + pieces.join('')),
      fc.constantFrom(400, 409, 412, 422, 500, 503),
      async (html, status) => {
        const res = response(status, 'text/html', html, {})
        const problem = await classifyResponse(res)
        expect(problem!.title).not.toMatch(/<[A-Za-z!/?]/)
        expect(problem!.title.trim()).not.toBe('')
      },
    ),
    { numRuns: 400 },
  )
})

test('readBody never returns more than maxBytes and never throws', async () => {
  await fc.assert(
    fc.asyncProperty(
      fc.uint8Array({ maxLength: 3000 }),
      fc.integer({ min: 0, max: 2000 }),
      fc.integer({ min: 1, max: 700 }),
      async (bytes, maxBytes, chunk) => {
        let at = 0
        const stream = new ReadableStream<Uint8Array>({
          pull(c) {
            if (at >= bytes.length) return c.close()
            c.enqueue(bytes.slice(at, at + chunk))
            at += chunk
          },
        })
        const info = await readBody(new Response(stream), { maxBytes })
        expect(info.bytesRead).toBeLessThanOrEqual(maxBytes)
        expect(info.truncated).toBe(bytes.length > maxBytes)
        expect(info.bytesRead).toBe(Math.min(bytes.length, maxBytes))
      },
    ),
    { numRuns: 200 },
  )
})
