// saveResource / loadResource against a scripted server: which precondition each kind of
// validator gives, what a write's answer becomes, and that nothing goes out unprotected.
import { isProblemError } from '../../../src/core/http/problemError'
import { loadResource, saveResource } from '../../../src/core/resource/resourceClient'
import type { ResourceWrite } from '../../../src/core/resource/resourceClient'

type Doc = Record<string, unknown>
interface Seen {
  method: string
  headers: Headers
  body: string | null
}

const URL = 'http://server.test/doc'
const OLD = 'Mon, 01 Jan 2024 00:00:00 GMT'
const NOW = 'Tue, 02 Jan 2024 00:00:00 GMT'

/** A server with one document; `get` and `put` say how it answers. */
function server(opts: {
  doc: unknown
  get?: (doc: unknown) => ResponseInit & { body?: string }
  put?: (seen: Seen) => ResponseInit & { body?: string }
}) {
  const seen: Seen[] = []
  let doc = opts.doc
  const fetch: typeof globalThis.fetch = async (_url, init) => {
    const s: Seen = {
      method: init?.method ?? 'GET',
      headers: new Headers(init?.headers),
      body: (init?.body as string | undefined) ?? null,
    }
    seen.push(s)
    if (s.method === 'GET') {
      const answer: ResponseInit & { body?: string } = opts.get?.(doc) ?? {
        headers: { etag: '"v1"' },
      }
      const body = answer.body ?? (typeof doc === 'string' ? doc : JSON.stringify(doc))
      const type = typeof doc === 'string' ? 'text/plain' : 'application/json'
      return new Response(body, {
        status: 200,
        ...answer,
        headers: { 'content-type': type, ...answer.headers },
      })
    }
    const answer = opts.put?.(s) ?? { status: 204 }
    if ((answer.status ?? 200) < 300) {
      const type = s.headers.get('content-type') ?? ''
      doc = type.startsWith('text/') ? s.body : JSON.parse(s.body ?? 'null')
    }
    return new Response(answer.body ?? null, answer)
  }
  return {
    fetch,
    seen,
    get doc() {
      return doc
    },
    set doc(next: unknown) {
      doc = next
    },
    writes: () => seen.filter((s) => s.method !== 'GET'),
  }
}

const write = (s: ReturnType<typeof server>, extra: Partial<ResourceWrite<Doc>>) =>
  saveResource<Doc>({ url: URL, value: { a: 2 }, baseVersion: null, fetch: s.fetch, ...extra })

describe('saveResource: the precondition comes from what the server gave', () => {
  test('a strong ETag goes out as If-Match, without another read', async () => {
    const s = server({
      doc: { a: 1 },
      put: () => ({ status: 200, headers: { etag: '"v2"' }, body: '{"a":2}' }),
    })
    const saved = await write(s, { baseVersion: '"v1"', base: { a: 1 } })
    expect(s.seen.map((r) => r.method)).toEqual(['PUT'])
    expect(s.writes()[0]?.headers.get('if-match')).toBe('"v1"')
    expect(saved).toEqual({ value: { a: 2 }, version: '"v2"', protection: 'if-match' })
  })

  test('a weak ETag is never sent as If-Match: a read before the write finds a strong one', async () => {
    const s = server({ doc: { a: 1 }, get: () => ({ headers: { etag: '"v1"' } }) })
    const saved = await write(s, { baseVersion: 'W/"v1"', base: { a: 1 } })
    expect(s.seen.map((r) => r.method)).toEqual(['GET', 'PUT', 'GET'])
    expect(s.writes()[0]?.headers.get('if-match')).toBe('"v1"')
    expect(saved.protection).toBe('if-match')
  })

  test('weak ETag with a settled Last-Modified: If-Unmodified-Since', async () => {
    const s = server({
      doc: { a: 1 },
      get: () => ({ headers: { etag: 'W/"x"', 'last-modified': OLD, date: NOW } }),
    })
    const saved = await write(s, { baseVersion: 'W/"x"', base: { a: 1 } })
    expect(s.writes()[0]?.headers.get('if-unmodified-since')).toBe(OLD)
    expect(s.writes()[0]?.headers.has('if-match')).toBe(false)
    expect(saved.protection).toBe('if-unmodified-since')
  })

  test("Last-Modified within the answer's own second is not trusted: wait, then busy", async () => {
    const s = server({
      doc: { a: 1 },
      get: () => ({ headers: { 'last-modified': NOW, date: NOW } }),
    })
    const error = await write(s, { base: { a: 1 }, settleTimeoutMs: 0 }).catch((e: unknown) => e)
    expect(isProblemError(error) && error.problem).toMatchObject({
      kind: 'busy',
      code: 'validator_unsettled',
    })
    expect(s.writes()).toHaveLength(0)
  })

  test('no validator at all: read again and compare; unchanged writes, changed does not', async () => {
    const s = server({ doc: { a: 1 }, get: () => ({ headers: {} }) })
    const saved = await write(s, { base: { a: 1 } })
    expect(saved.protection).toBe('compared')
    expect(s.writes()[0]?.headers.has('if-match')).toBe(false)

    s.doc = { a: 1, b: 'theirs' }
    const error = await write(s, { value: { a: 3 }, base: { a: 2 } }).catch((e: unknown) => e)
    expect(isProblemError(error) && error.problem).toMatchObject({
      kind: 'stale',
      code: 'changed_before_write',
      current: { a: 1, b: 'theirs' },
    })
    expect(s.writes()).toHaveLength(1)
    expect(s.doc).toEqual({ a: 1, b: 'theirs' })
  })

  test('unconditional only when asked for by name', async () => {
    const s = server({ doc: { a: 1 }, get: () => ({ headers: {} }) })
    const saved = await write(s, { base: { a: 1 }, allowUnconditional: true })
    expect(saved.protection).toBe('unconditional')
    expect(s.seen.map((r) => r.method)).toEqual(['PUT', 'GET'])
  })

  test('no base and no version is a create: If-None-Match: *, and a 409 is a duplicate', async () => {
    const s = server({
      doc: { a: 1 },
      put: () => ({
        status: 409,
        headers: { 'content-type': 'application/json' },
        body: '{"error":"conflict","reason":"Document update conflict"}',
      }),
    })
    const error = await write(s, {}).catch((e: unknown) => e)
    expect(s.writes()[0]?.headers.get('if-none-match')).toBe('*')
    expect(isProblemError(error) && error.problem.kind).toBe('duplicate')
  })

  test('body versions go in the field, at the place they were read', async () => {
    const s = server({
      doc: {},
      put: () => ({ status: 200, body: '{"a":2,"@odata.etag":"W/\\"3\\""}' }),
    })
    const saved = await write(s, {
      value: { a: 2, '@odata.etag': 'W/"1"' },
      baseVersion: 'W/"2"',
      version: { field: '@odata.etag' },
    })
    expect(JSON.parse(s.writes()[0]?.body ?? '')).toEqual({ a: 2, '@odata.etag': 'W/"2"' })
    expect(saved).toMatchObject({ version: 'W/"3"', protection: 'version-field' })
  })
})

describe('saveResource: what a write answered', () => {
  test('204 without ETag: the version is learned with a fresh GET', async () => {
    const s = server({ doc: { a: 1 } })
    const saved = await write(s, { baseVersion: '"v1"', base: { a: 1 } })
    expect(s.seen.map((r) => r.method)).toEqual(['PUT', 'GET'])
    expect(s.seen[1]?.headers.get('accept')).toContain('application/json')
    expect(saved).toEqual({ value: { a: 2 }, version: '"v1"', protection: 'if-match' })
  })

  test('an acknowledgement is mapped by saveResponse, not stored as the document', async () => {
    const s = server({
      doc: { a: 1 },
      put: () => ({ status: 201, body: '{"ok":true,"id":"doc","rev":"2-b"}' }),
    })
    const saved = await write(s, {
      value: { a: 2, _rev: '1-a' },
      baseVersion: '1-a',
      version: { field: '_rev' },
      saveResponse: ({ body, sent }) => {
        const rev = (body as { rev?: string } | undefined)?.rev
        return rev ? { value: { ...sent, _rev: rev }, version: rev } : null
      },
    })
    expect(saved).toEqual({
      value: { a: 2, _rev: '2-b' },
      version: '2-b',
      protection: 'version-field',
    })
    expect(s.seen.map((r) => r.method)).toEqual(['PUT'])
  })

  test('an answer without a version and an HTML "Created" page lead to a fresh read', async () => {
    const s = server({
      doc: { a: 1, _rev: '1-a' },
      get: (doc) => ({ headers: {}, body: JSON.stringify(doc) }),
      put: () => ({
        status: 201,
        headers: { 'content-type': 'text/html' },
        body: '<h1>Created</h1>',
      }),
    })
    const saved = await write(s, {
      value: { a: 2, _rev: '1-a' },
      baseVersion: '1-a',
      version: { field: '_rev' },
    })
    expect(s.seen.map((r) => r.method)).toEqual(['PUT', 'GET'])
    expect(saved.value).toEqual({ a: 2, _rev: '1-a' })
  })

  test("a read after the write that lacks this write's changes is stale, not saved", async () => {
    const s = server({ doc: { a: 1, b: 1 } })
    const fetch: typeof globalThis.fetch = async (url, init) => {
      const res = await s.fetch(url, init)
      // Another write that passed the same precondition lands right after this one.
      if (init?.method === 'PUT') s.doc = { a: 1, b: 2 }
      return res
    }
    const error = await saveResource<Doc>({
      url: URL,
      value: { a: 2, b: 1 },
      base: { a: 1, b: 1 },
      baseVersion: '"v1"',
      fetch,
    }).catch((e: unknown) => e)
    expect(isProblemError(error) && error.problem).toMatchObject({
      kind: 'stale',
      code: 'overwritten_after_write',
      current: { a: 1, b: 2 },
    })
  })
})

describe('text resources', () => {
  test('a text/plain body loads as a string and saves as text/plain', async () => {
    const s = server({ doc: 'one\ntwo\n' })
    const loaded = await loadResource<string>({ url: URL, fetch: s.fetch })
    expect(loaded).toEqual({ value: 'one\ntwo\n', version: '"v1"' })
    await saveResource<string>({
      url: URL,
      value: 'one\n2\n',
      baseVersion: '"v1"',
      base: loaded.value,
      fetch: s.fetch,
    })
    expect(s.writes()[0]?.headers.get('content-type')).toMatch(/^text\/plain/)
    expect(s.writes()[0]?.body).toBe('one\n2\n')
  })

  test("body: 'json' keeps a JSON string a JSON string; JSON that is not JSON is a typed problem", async () => {
    const html = server({
      doc: { a: 1 },
      get: () => ({ headers: { etag: '"v1"' }, body: '<html>oops</html>' }),
    })
    const error = await loadResource({ url: URL, fetch: html.fetch, body: 'json' }).catch(
      (e: unknown) => e,
    )
    expect(isProblemError(error) && error.problem.code).toBe('unreadable_response')
    const s = server({ doc: 'x', get: () => ({ headers: { etag: '"v1"' }, body: '"x"' }) })
    await saveResource<string>({
      url: URL,
      value: 'x',
      baseVersion: '"v1"',
      body: 'json',
      fetch: s.fetch,
    })
    expect(s.writes()[0]?.body).toBe('"x"')
  })
})
