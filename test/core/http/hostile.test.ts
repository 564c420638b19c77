import { classifyResponse } from '../../../src/core/http/classifyResponse'
import { DEFAULT_MAX_BODY_BYTES, readBody } from '../../../src/core/http/readBody'

const encoder = new TextEncoder()

/** A stream that serves `total` bytes in `chunk`-sized pulls and counts what it handed out. */
function countingStream(total: number, chunk = 16 * 1024, fill = 0x61) {
  const stats = { pulled: 0, cancelled: false }
  const piece = new Uint8Array(chunk).fill(fill)
  const stream = new ReadableStream<Uint8Array>({
    pull(controller) {
      if (stats.pulled >= total) {
        controller.close()
        return
      }
      const n = Math.min(chunk, total - stats.pulled)
      stats.pulled += n
      controller.enqueue(n === chunk ? piece : piece.subarray(0, n))
    },
    cancel() {
      stats.cancelled = true
    },
  })
  return { stream, stats }
}

const FIFTY_MB = 50 * 1024 * 1024

describe('bounded reading', () => {
  test('a 50 MB HTML error page is read only up to the bound, and the rest is cancelled', async () => {
    const { stream, stats } = countingStream(FIFTY_MB)
    const head = '<html><head><title>Gateway &amp; friends</title></head><body>'
    const withTitle = new ReadableStream<Uint8Array>({
      start(c) {
        c.enqueue(encoder.encode(head))
      },
      async pull(c) {
        const reader = stream.getReader()
        const { done, value } = await reader.read()
        reader.releaseLock()
        if (done) c.close()
        else c.enqueue(value)
      },
      cancel(reason) {
        return stream.cancel(reason)
      },
    })
    const res = new Response(withTitle, { status: 500, headers: { 'content-type': 'text/html' } })
    const problem = await classifyResponse(res)
    expect(problem).toMatchObject({ status: 500, kind: 'other', title: 'Gateway & friends' })
    await new Promise((r) => setTimeout(r, 10))
    expect(stats.cancelled).toBe(true)
    // 64 KiB bound plus at most a couple of chunks the stream machinery may pull ahead.
    expect(stats.pulled).toBeLessThanOrEqual(DEFAULT_MAX_BODY_BYTES + 3 * 16 * 1024)
    expect(stats.pulled).toBeLessThan(FIFTY_MB / 100)
    expect(String(problem?.raw).length).toBeLessThanOrEqual(DEFAULT_MAX_BODY_BYTES)
  })

  test('readBody reports exactly maxBytes read and truncated', async () => {
    const { stream, stats } = countingStream(FIFTY_MB, 10_000)
    const body = await readBody(new Response(stream), { maxBytes: 25_000 })
    expect(body.bytesRead).toBe(25_000)
    expect(body.text.length).toBe(25_000)
    expect(body.truncated).toBe(true)
    expect(stats.pulled).toBeLessThanOrEqual(25_000 + 2 * 10_000)
  })

  test('one giant chunk is cut at the bound', async () => {
    const big = new Uint8Array(5 * 1024 * 1024).fill(0x7b) // "{{{{..."
    const body = await readBody(new Response(big), { maxBytes: 1000 })
    expect(body).toMatchObject({ bytesRead: 1000, truncated: true, kind: 'text' })
  })

  test('a body of exactly maxBytes is not truncated', async () => {
    const body = await readBody(new Response('x'.repeat(100)), { maxBytes: 100 })
    expect(body).toMatchObject({ bytesRead: 100, truncated: false, text: 'x'.repeat(100) })
  })

  test('classifyResponse honours maxBytes', async () => {
    const { stream, stats } = countingStream(1_000_000, 1000)
    const problem = await classifyResponse(new Response(stream, { status: 409 }), undefined, {
      maxBytes: 2000,
    })
    expect(String(problem?.raw).length).toBe(2000)
    expect(stats.pulled).toBeLessThanOrEqual(4000)
  })

  test('a multi-byte character split by the bound is dropped, not turned into U+FFFD', async () => {
    const body = await readBody(new Response('ab€€'), { maxBytes: 4 }) // € is 3 bytes
    expect(body.text).toBe('ab')
  })
})

describe('bodies that do not match their headers', () => {
  test('invalid JSON sent as application/json is text, and still explained', async () => {
    const res = new Response('{"message": "Email already taken", oops', {
      status: 409,
      headers: { 'content-type': 'application/json' },
    })
    const body = await readBody(res.clone())
    expect(body.kind).toBe('text')
    expect(body.json).toBeUndefined()
    const problem = await classifyResponse(res, { method: 'POST' })
    expect(problem).toMatchObject({
      kind: 'duplicate',
      raw: '{"message": "Email already taken", oops',
    })
  })

  test('JSON sent as text/plain is parsed', async () => {
    const res = new Response(
      JSON.stringify({ error: 'conflict', reason: 'Document update conflict.' }),
      {
        status: 409,
        headers: { 'content-type': 'text/plain' },
      },
    )
    const problem = await classifyResponse(res)
    expect(problem).toMatchObject({
      kind: 'stale',
      code: 'conflict',
      title: 'Document update conflict.',
    })
    expect(problem?.raw).toEqual({ error: 'conflict', reason: 'Document update conflict.' })
  })

  test('no headers at all: JSON still parsed, XML still sniffed', async () => {
    const json = await classifyResponse(new Response('{"code":"user_exists"}', { status: 400 }))
    expect(json).toMatchObject({ kind: 'duplicate', code: 'user_exists' })
    const res = new Response('<Error><Code>PreconditionFailed</Code></Error>', { status: 412 })
    res.headers.delete('content-type')
    expect(await classifyResponse(res)).toMatchObject({ kind: 'stale', code: 'PreconditionFailed' })
  })

  test('binary bytes are not shown as text', async () => {
    const bytes = new Uint8Array([
      0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0xff,
    ])
    const res = new Response(bytes, {
      status: 409,
      headers: { 'content-type': 'application/json' },
    })
    const body = await readBody(res.clone())
    expect(body).toMatchObject({ kind: 'binary', text: '' })
    const problem = await classifyResponse(res)
    expect(problem).toMatchObject({ kind: 'unknown', title: 'Conflict', raw: '' })
  })

  test('invalid UTF-8 becomes U+FFFD without throwing', async () => {
    const bytes = new Uint8Array([
      ...encoder.encode('Bad '),
      0xc3,
      0x28,
      0xa0,
      0xa1,
      ...encoder.encode(' byte'),
    ])
    const problem = await classifyResponse(new Response(bytes, { status: 400 }))
    expect(problem?.title).toContain('\uFFFD')
    expect(problem?.title.startsWith('Bad ')).toBe(true)
  })

  test('the charset parameter is honoured', async () => {
    const res = new Response(
      new Uint8Array([0x43, 0x61, 0x66, 0xe9, 0x20, 0x66, 0x65, 0x72, 0x6d, 0xe9]),
      {
        status: 503,
        headers: { 'content-type': 'text/plain; charset=windows-1252', 'retry-after': '5' },
      },
    )
    expect(await classifyResponse(res)).toMatchObject({
      kind: 'busy',
      title: 'Café fermé',
      retryAfterMs: 5000,
    })
  })

  test('an empty JSON-typed body is empty', async () => {
    const res = new Response('', { status: 412, headers: { 'content-type': 'application/json' } })
    expect(await classifyResponse(res)).toMatchObject({
      kind: 'stale',
      title: 'Someone else changed this',
      raw: '',
    })
  })

  test('a weak ETag on the error response is reported as sent', async () => {
    const res = new Response(null, { status: 412, headers: { etag: 'W/"5"' } })
    expect(await classifyResponse(res)).toMatchObject({ currentVersion: 'W/"5"' })
  })
})

describe('bodies built to exhaust the parser', () => {
  test('20 000 nested arrays are classified, not crashed on', async () => {
    const deep = '['.repeat(20_000) + ']'.repeat(20_000)
    const res = new Response(deep, { status: 422, headers: { 'content-type': 'application/json' } })
    expect(await classifyResponse(res)).toMatchObject({
      kind: 'validation',
      title: 'Some fields need attention',
    })
  })

  test('punctuation-only text is not used as a title', async () => {
    const res = new Response('<<<<>>>>', {
      status: 409,
      headers: { 'content-type': 'application/xml' },
    })
    expect(await classifyResponse(res)).toMatchObject({ kind: 'unknown', title: 'Conflict' })
  })
})

describe('streams that misbehave', () => {
  test('a body that was already used', async () => {
    const res = new Response('{"message":"Email already taken"}', { status: 409 })
    await res.text()
    expect(res.bodyUsed).toBe(true)
    expect((await readBody(res)).readError).toBe('used')
    const problem = await classifyResponse(res, { method: 'POST' })
    expect(problem).toMatchObject({ status: 409, kind: 'unknown', title: 'Conflict' })
  })

  test('a body locked by another reader', async () => {
    const res = new Response('hello', { status: 422 })
    res.body?.getReader()
    expect((await readBody(res)).readError).toBe('locked')
    expect(await classifyResponse(res)).toMatchObject({
      kind: 'validation',
      title: 'Some fields need attention',
    })
  })

  test('a stream that errors mid-way keeps what arrived', async () => {
    let step = 0
    const stream = new ReadableStream<Uint8Array>({
      pull(c) {
        if (step++ === 0) c.enqueue(encoder.encode('Resource is locked by another user'))
        else c.error(new Error('connection reset'))
      },
    })
    const body = await readBody(new Response(stream))
    expect(body).toMatchObject({
      readError: 'error',
      truncated: true,
      text: 'Resource is locked by another user',
    })
    // (Erroring in `start` would discard the queued chunk: the spec drops queued data on error.)
    let again = 0
    const stream2 = new ReadableStream<Uint8Array>({
      pull(c) {
        if (again++ === 0) c.enqueue(encoder.encode('Resource is locked by another user'))
        else c.error(new TypeError('terminated'))
      },
    })
    expect(await classifyResponse(new Response(stream2, { status: 409 }))).toMatchObject({
      kind: 'busy',
    })
  })

  test('a stream that errors before any byte', async () => {
    const stream = new ReadableStream<Uint8Array>({
      start(c) {
        c.error(new Error('aborted'))
      },
    })
    expect(await classifyResponse(new Response(stream, { status: 500 }))).toMatchObject({
      kind: 'other',
      title: 'Internal Server Error',
    })
  })

  test('an aborted fetch body (signal aborted while reading)', async () => {
    const controller = new AbortController()
    const stream = new ReadableStream<Uint8Array>({
      pull(c) {
        c.enqueue(encoder.encode('partial'))
        controller.abort()
        c.error(new DOMException('This operation was aborted', 'AbortError'))
      },
    })
    expect(await classifyResponse(new Response(stream, { status: 409 }))).toMatchObject({
      status: 409,
    })
  })

  test('a source whose cancel never settles does not hold the caller', async () => {
    const stream = new ReadableStream<Uint8Array>({
      pull(c) {
        c.enqueue(new Uint8Array(4096).fill(0x61))
      },
      cancel: () => new Promise<void>(() => undefined),
    })
    const body = await readBody(new Response(stream), { maxBytes: 10_000 })
    expect(body).toMatchObject({ bytesRead: 10_000, truncated: true })
  })
})

describe('HTML is reduced to plain text', () => {
  test('script, style, comments and tags go; entities are decoded', async () => {
    const html = `<!doctype html><html><head>
      <script>document.title = "<b>pwned</b>"</script><style>h1{}</style>
      <title>Conflict &ndash; &lt;b&gt;Order&lt;/b&gt; #42 &amp; &quot;Co&quot; &#x1F600; &#128512;</title>
      </head><body><!-- <title>hidden</title> --><h1>Ignored</h1></body></html>`
    const problem = await classifyResponse(
      new Response(html, { status: 500, headers: { 'content-type': 'text/html' } }),
    )
    expect(problem?.title).toBe('Conflict – Order #42 & "Co" 😀 😀')
  })

  test('an <img onerror> in a JSON message comes out as text without markup', async () => {
    const res = new Response(
      JSON.stringify({ message: 'Name <img src=x onerror=alert(1)> already exists' }),
      {
        status: 409,
      },
    )
    const problem = await classifyResponse(res)
    expect(problem).toMatchObject({ kind: 'duplicate', title: 'Name already exists' })
  })

  test('an HTML page without title or h1 falls back to a status sentence', async () => {
    const res = new Response('<html><body><p>Oops</p></body></html>', { status: 502 })
    expect(await classifyResponse(res)).toMatchObject({ kind: 'other', title: 'Bad Gateway' })
  })
})

describe('statuses that are not failures', () => {
  test.each([100, 101, 200, 204, 206, 301, 302, 304, 399])('%i gives null', async (status) => {
    const res = {
      status,
      bodyUsed: false,
      body: null,
      headers: new Headers(),
    } as unknown as Response
    expect(await classifyResponse(res)).toBeNull()
  })
})
