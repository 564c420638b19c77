// saveResource / loadResource against a scripted server: which precondition each kind of
// validator gives, what a write's answer becomes, and that nothing goes out unprotected.
import { isProblemError } from '../../../src/core/http/problemError'
import { loadResource, saveResource } from '../../../src/core/resource/resourceClient'
import type { ResourceWrite } from '../../../src/core/resource/resourceClient'
import { resetPreconditionChecks } from '../../../src/core/resource/writePrecondition'

type Doc = Record<string, unknown>
interface Seen {
  method: string
  headers: Headers
  body: string | null
}

const URL = 'http://server.test/doc'
const PROBE = 'http://server.test/scratch'

beforeEach(() => resetPreconditionChecks())

/**
 * The scratch resource of a server that enforces preconditions (or, `ignores`, writes whatever
 * they say, as nginx's dav module does).
 */
function scratch(ignores = false) {
  let exists = false
  const seen: { method: string; headers: Headers }[] = []
  const answer = (init?: RequestInit): Response => {
    const headers = new Headers(init?.headers)
    const method = init?.method ?? 'GET'
    seen.push({ method, headers })
    if (method === 'DELETE') {
      exists = false
      return new Response(null, { status: 204 })
    }
    const refused =
      (headers.get('if-none-match') === '*' && exists) ||
      (headers.has('if-match') && headers.get('if-match') !== '"s1"') ||
      headers.has('if-unmodified-since')
    if (refused && !ignores) return new Response(null, { status: 412 })
    const created = !exists
    exists = true
    return new Response(null, { status: created ? 201 : 204, headers: { etag: '"s1"' } })
  }
  return {
    answer,
    seen,
    get exists() {
      return exists
    },
  }
}
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

/** `s`'s fetch with an enforcing (or ignoring) scratch resource at {@link PROBE}. */
function withScratch(s: ReturnType<typeof server>, probe = scratch()): typeof globalThis.fetch {
  return async (url, init) => (String(url) === PROBE ? probe.answer(init) : s.fetch(url, init))
}

// The scripted server counts as verified: its scratch resource shows it enforces preconditions.
const write = (s: ReturnType<typeof server>, extra: Partial<ResourceWrite<Doc>>) =>
  saveResource<Doc>({
    url: URL,
    value: { a: 2 },
    baseVersion: null,
    fetch: withScratch(s),
    probeUrl: PROBE,
    ...extra,
  })

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

describe('saveResource: only verified protections are reported', () => {
  test('without a probe or a refusal seen, If-Match is sent and reported as unverified', async () => {
    const s = server({ doc: { a: 1 }, put: () => ({ status: 204, headers: { etag: '"v2"' } }) })
    const saved = await saveResource<Doc>({
      url: URL,
      value: { a: 2 },
      base: { a: 1 },
      baseVersion: '"v1"',
      fetch: s.fetch,
    })
    expect(s.writes()[0]?.headers.get('if-match')).toBe('"v1"')
    expect(saved.protection).toBe('unverified')
  })

  test('a 412 to an If-Match shows the server enforces it: the next write reports if-match', async () => {
    let stale = true
    const s = server({
      doc: { a: 1 },
      put: () => (stale ? { status: 412 } : { status: 204, headers: { etag: '"v3"' } }),
    })
    const first = { url: URL, value: { a: 2 }, base: { a: 1 }, baseVersion: '"v1"', fetch: s.fetch }
    await expect(saveResource<Doc>(first)).rejects.toMatchObject({ problem: { kind: 'stale' } })
    stale = false
    const saved = await saveResource<Doc>({ ...first, baseVersion: '"v2"' })
    expect(saved.protection).toBe('if-match')
  })

  test('a probe that finds If-Match ignored: every write is compared first, and a change stops it', async () => {
    const probe = scratch(true)
    const s = server({ doc: { a: 1 }, put: () => ({ status: 204, headers: { etag: '"v2"' } }) })
    const fetch = withScratch(s, probe)
    const saved = await saveResource<Doc>({
      url: URL,
      value: { a: 2 },
      base: { a: 1 },
      baseVersion: '"v1"',
      fetch,
      probeUrl: PROBE,
    })
    expect(saved.protection).toBe('compared')
    expect(s.seen.map((r) => r.method)).toEqual(['GET', 'PUT'])
    // The probe created, tried three writes that must fail, and removed its scratch resource.
    expect(probe.seen.map((r) => r.method)).toEqual(['PUT', 'PUT', 'PUT', 'PUT', 'DELETE'])
    expect(probe.exists).toBe(false)

    // A colleague's write the ETag does not show (same size, same second): the content does.
    s.doc = { a: 1, b: 'theirs' }
    const error = await saveResource<Doc>({
      url: URL,
      value: { a: 3 },
      base: { a: 2 },
      baseVersion: '"v2"',
      fetch,
      probeUrl: PROBE,
    }).catch((e: unknown) => e)
    expect(isProblemError(error) && error.problem).toMatchObject({
      kind: 'stale',
      code: 'changed_before_write',
    })
    expect(s.doc).toEqual({ a: 1, b: 'theirs' })
    // One probe per origin.
    expect(probe.seen).toHaveLength(5)
  })

  test('a create on a server that ignores If-None-Match looks first: something there is a duplicate', async () => {
    const s = server({ doc: { a: 1 } })
    const error = await saveResource<Doc>({
      url: URL,
      value: { b: 2 },
      baseVersion: null,
      fetch: withScratch(s, scratch(true)),
      probeUrl: PROBE,
    }).catch((e: unknown) => e)
    expect(isProblemError(error) && error.problem).toMatchObject({
      kind: 'duplicate',
      code: 'exists_before_write',
    })
    expect(s.writes()).toHaveLength(0)
  })

  test('the compare before the write leaves out serverFields (a view counter)', async () => {
    let views = 0
    const s = server({
      doc: { a: 1 },
      get: (doc) => ({ headers: {}, body: JSON.stringify({ ...(doc as Doc), views: ++views }) }),
    })
    const saved = await write(s, {
      value: { a: 2, views: 1 },
      base: { a: 1, views: 1 },
      serverFields: ['views'],
    })
    expect(saved.protection).toBe('compared')
    expect(s.writes()).toHaveLength(1)
  })
})

describe('saveResource: an acknowledgement is never stored as the document', () => {
  test("CouchDB's { ok, id, rev } with an ETag: read again, never the document", async () => {
    const s = server({
      doc: { title: 'a' },
      put: () => ({
        status: 201,
        headers: { etag: '"2-b"', 'content-type': 'application/json' },
        body: '{"ok":true,"id":"doc","rev":"2-b"}',
      }),
    })
    const saved = await write(s, {
      value: { title: 'b' },
      base: { title: 'a' },
      baseVersion: '"1-a"',
    })
    expect(saved.value).toEqual({ title: 'b' })
  })

  test('{ ok, id, rev } for body versions: the rev goes into the version field', async () => {
    const s = server({
      doc: { title: 'a', _rev: '1-a' },
      put: () => ({ status: 201, body: '{"ok":true,"id":"doc","rev":"2-b"}' }),
    })
    const saved = await write(s, {
      value: { title: 'b', _rev: '1-a' },
      baseVersion: '1-a',
      version: { field: '_rev' },
    })
    expect(saved).toMatchObject({ value: { title: 'b', _rev: '2-b' }, version: '2-b' })
  })

  test('a text "OK" with an ETag, for a JSON document and for a text one', async () => {
    const json = server({
      doc: { title: 'a' },
      put: () => ({
        status: 200,
        headers: { etag: '"v2"', 'content-type': 'text/plain' },
        body: 'OK',
      }),
    })
    const saved = await write(json, {
      value: { title: 'b' },
      base: { title: 'a' },
      baseVersion: '"v1"',
    })
    expect(saved.value).toEqual({ title: 'b' })
    const text = server({
      doc: 'one\n',
      put: () => ({
        status: 200,
        headers: { etag: '"v2"', 'content-type': 'text/plain' },
        body: 'OK',
      }),
    })
    const savedText = await saveResource<string>({
      url: URL,
      value: 'two\n',
      base: 'one\n',
      baseVersion: '"v1"',
      fetch: withScratch(text),
      probeUrl: PROBE,
    })
    expect(savedText).toMatchObject({ value: 'two\n', version: '"v1"' })
  })

  test('an answer that is the resource, normalised by the server, is kept as the server has it', async () => {
    const s = server({
      doc: { title: 'a' },
      put: () => ({
        status: 200,
        headers: { etag: '"v2"', 'content-type': 'application/json' },
        body: '{"id":7,"title":"b","updatedAt":"now"}',
      }),
    })
    const saved = await write(s, {
      value: { title: 'b\n' },
      base: { title: 'a' },
      baseVersion: '"v1"',
    })
    expect(saved.value).toEqual({ id: 7, title: 'b', updatedAt: 'now' })
  })
})

describe('a time bound and a size bound on every load and save', () => {
  const hanging: typeof globalThis.fetch = (_url, init) =>
    new Promise((_resolve, reject) => {
      init?.signal?.addEventListener('abort', () => reject(init.signal?.reason))
    })

  test('an answer that never comes: a timeout problem, for a load and for a save', async () => {
    const load = await loadResource({ url: URL, fetch: hanging, timeoutMs: 50 }).catch(
      (e: unknown) => e,
    )
    expect(isProblemError(load) && load.problem).toMatchObject({ kind: 'other', code: 'timeout' })
    const save = await saveResource<Doc>({
      url: URL,
      value: { a: 2 },
      baseVersion: '"v1"',
      fetch: hanging,
      timeoutMs: 50,
    }).catch((e: unknown) => e)
    expect(isProblemError(save) && save.problem).toMatchObject({ kind: 'other', code: 'timeout' })
  })

  test('a 200 whose body never sends a byte: a timeout problem', async () => {
    const stalled: typeof globalThis.fetch = async () =>
      new Response(new ReadableStream({ pull: () => new Promise(() => undefined) }), {
        headers: { 'content-type': 'application/json' },
      })
    const error = await loadResource({ url: URL, fetch: stalled, timeoutMs: 50 }).catch(
      (e: unknown) => e,
    )
    expect(isProblemError(error) && error.problem).toMatchObject({ code: 'timeout' })
  })

  test("the caller's own abort stays a cancel, not a timeout", async () => {
    const controller = new AbortController()
    const pending = loadResource({ url: URL, fetch: hanging, signal: controller.signal })
    controller.abort()
    const error = await pending.catch((e: unknown) => e)
    expect(isProblemError(error) && error.problem.code).toBe('aborted')
  })

  test('an endless success body stops at the byte bound', async () => {
    let sent = 0
    const endless: typeof globalThis.fetch = async () =>
      new Response(
        new ReadableStream({
          pull(controller) {
            sent += 65536
            controller.enqueue(new Uint8Array(65536).fill(32))
          },
        }),
        { headers: { 'content-type': 'application/json' } },
      )
    const error = await loadResource({ url: URL, fetch: endless, maxBodyBytes: 1 << 20 }).catch(
      (e: unknown) => e,
    )
    expect(isProblemError(error) && error.problem).toMatchObject({ code: 'body_too_large' })
    expect(sent).toBeLessThan(2 << 20)
  })
})

describe('saveResource: in development, an unprotected origin is named once', () => {
  test('one warning per origin for compared or unverified writes, none for verified ones', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {})
    try {
      const s = server({ doc: { a: 1 }, put: () => ({ status: 204, headers: { etag: '"v2"' } }) })
      await write(s, { baseVersion: '"v1"', base: { a: 1 } })
      expect(warn).not.toHaveBeenCalled()
      const plain = { url: URL, value: { a: 2 }, base: { a: 1 }, fetch: s.fetch }
      resetPreconditionChecks()
      await saveResource<Doc>({ ...plain, baseVersion: '"v1"' })
      await saveResource<Doc>({ ...plain, baseVersion: '"v1"' })
      expect(warn).toHaveBeenCalledTimes(1)
      expect(String(warn.mock.calls[0]?.[0])).toMatch(/server\.test.*probeUrl/s)
    } finally {
      warn.mockRestore()
    }
  })
})
