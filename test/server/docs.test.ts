import { startServer, type RunningServer, type ServerOptions } from '../../demo/server/startServer'
import { expectProblem, json, reset, testServerOptions, withLatency } from './helpers'

interface Doc {
  id: string
  title: string
  tags: string[]
  body: string
  version: number
  updatedAt: string
  updatedBy: string | null
}

const id = 'release-checklist'

/** The editable fields of `doc`, with `change` applied: a whole-document PUT body. */
const edited = (doc: Doc, change: Partial<Doc> = {}) => ({
  title: doc.title,
  tags: doc.tags,
  body: doc.body,
  ...change,
})

/** The whole docs contract, run against whichever database `options` selects. */
function docsSuite(options: ServerOptions): void {
  let server: RunningServer
  const url = (path: string) => `${server.url}${path}`
  const load = async (docId = id) => {
    const res = await fetch(url(`/api/docs/${docId}`))
    expect(res.status).toBe(200)
    return { doc: (await res.json()) as Doc, etag: res.headers.get('etag') ?? '' }
  }
  beforeAll(async () => {
    server = await startServer({ ...testServerOptions, ...options })
  })
  afterAll(() => server?.close())
  beforeEach(() => reset(server.url))

  test('GET /api/docs lists the three seeded documents without bodies', async () => {
    const res = await fetch(url('/api/docs'))
    expect(res.status).toBe(200)
    const list = (await res.json()) as Record<string, unknown>[]
    expect(list).toHaveLength(3)
    for (const item of list) {
      expect(Object.keys(item).toSorted()).toEqual(['id', 'tags', 'title', 'updatedAt', 'version'])
      expect(item.version).toBe(1)
    }
    expect(list.map((d) => d.id)).toContain(id)
  })

  test('GET /api/docs/:id sends the document with a strong ETag and no-cache', async () => {
    const res = await fetch(url(`/api/docs/${id}`))
    expect(res.status).toBe(200)
    expect(res.headers.get('etag')).toMatch(/^"[^"]+"$/)
    expect(res.headers.get('cache-control')).toBe('no-cache')
    const doc = (await res.json()) as Doc
    expect(doc).toMatchObject({ id, title: 'Release checklist', version: 1 })
    expect(doc.tags.length).toBeGreaterThanOrEqual(3)
    expect(doc.body.split('\n').length).toBeGreaterThanOrEqual(60)
    expect(Number.isNaN(Date.parse(doc.updatedAt))).toBe(false)
  })

  test('every seeded document has 3-5 tags and a body of 60+ lines', async () => {
    const list = (await (await fetch(url('/api/docs'))).json()) as Doc[]
    for (const { id: docId } of list) {
      const { doc } = await load(docId)
      expect(doc.tags.length).toBeGreaterThanOrEqual(3)
      expect(doc.tags.length).toBeLessThanOrEqual(5)
      expect(doc.body.split('\n').length).toBeGreaterThanOrEqual(60)
    }
  })

  test('If-None-Match with the current ETag answers 304; another tag answers 200', async () => {
    const { etag } = await load()
    const same = await fetch(url(`/api/docs/${id}`), { headers: { 'if-none-match': etag } })
    expect(same.status).toBe(304)
    expect(same.headers.get('etag')).toBe(etag)
    expect(await same.text()).toBe('')
    // If-None-Match compares weakly, so a W/ copy of the tag also matches.
    const weak = await fetch(url(`/api/docs/${id}`), {
      headers: { 'if-none-match': `"x", W/${etag}` },
    })
    expect(weak.status).toBe(304)
    const other = await fetch(url(`/api/docs/${id}`), { headers: { 'if-none-match': '"v0-nope"' } })
    expect(other.status).toBe(200)
  })

  test('PUT with the current If-Match saves, bumps the version and sends a new ETag', async () => {
    const { doc, etag } = await load()
    const res = await fetch(
      url(`/api/docs/${id}`),
      json('PUT', edited(doc, { title: 'Release checklist (v2)' }), { 'if-match': etag }),
    )
    expect(res.status).toBe(200)
    const saved = (await res.json()) as Doc
    expect(saved).toMatchObject({ id, title: 'Release checklist (v2)', version: 2, body: doc.body })
    const newTag = res.headers.get('etag')
    expect(newTag).toMatch(/^"[^"]+"$/)
    expect(newTag).not.toBe(etag)
    const again = await load()
    expect(again.etag).toBe(newTag)
    expect(again.doc.title).toBe('Release checklist (v2)')
    // The old tag no longer names the representation.
    const conditional = await fetch(url(`/api/docs/${id}`), { headers: { 'if-none-match': etag } })
    expect(conditional.status).toBe(200)
  })

  test('a stale If-Match is 412 with current, currentVersion and an ETag header', async () => {
    const { doc, etag: oldTag } = await load()
    const first = await fetch(
      url(`/api/docs/${id}`),
      json('PUT', edited(doc, { title: 'Theirs' }), { 'if-match': oldTag }),
    )
    expect(first.status).toBe(200)
    const theirTag = first.headers.get('etag')

    const res = await fetch(
      url(`/api/docs/${id}`),
      json('PUT', edited(doc, { title: 'Mine' }), { 'if-match': oldTag }),
    )
    const problem = await expectProblem(res, 412)
    expect(res.headers.get('etag')).toBe(theirTag)
    expect(problem.currentVersion).toBe(theirTag)
    expect(problem.current).toMatchObject({ id, title: 'Theirs', version: 2, body: doc.body })
    expect((await load()).doc.title).toBe('Theirs')
  })

  test('a weak If-Match never matches (strong comparison): 412', async () => {
    const { doc, etag } = await load()
    const res = await fetch(
      url(`/api/docs/${id}`),
      json('PUT', edited(doc), { 'if-match': `W/${etag}` }),
    )
    await expectProblem(res, 412)
    expect((await load()).doc.version).toBe(1)
  })

  test('a body version flow: the current version saves, a stale one is 409 with current', async () => {
    const { doc } = await load()
    const ok = await fetch(
      url(`/api/docs/${id}`),
      json('PUT', { ...edited(doc, { tags: ['a'] }), version: 1 }),
    )
    expect(ok.status).toBe(200)
    expect(((await ok.json()) as Doc).version).toBe(2)

    const res = await fetch(
      url(`/api/docs/${id}`),
      json('PUT', { ...edited(doc, { tags: ['b'] }), version: 1 }),
    )
    const problem = await expectProblem(res, 409)
    expect(problem.type).toBe('/problems/edit-conflict')
    expect(problem.current).toMatchObject({ version: 2, tags: ['a'] })
    expect(problem.currentVersion).toBe(res.headers.get('etag'))
    expect(problem.currentVersion).toBe((await load()).etag)
  })

  test('If-Match wins over a body version: a current If-Match saves despite a stale version', async () => {
    const { doc, etag } = await load()
    const res = await fetch(
      url(`/api/docs/${id}`),
      json('PUT', { ...edited(doc, { title: 'By ETag' }), version: 99 }, { 'if-match': etag }),
    )
    expect(res.status).toBe(200)
    expect(await res.json()).toMatchObject({ title: 'By ETag', version: 2 })
  })

  test('a PUT with neither If-Match nor version is 428 and changes nothing', async () => {
    const { doc } = await load()
    const res = await fetch(url(`/api/docs/${id}`), json('PUT', edited(doc, { title: 'Blind' })))
    const problem = await expectProblem(res, 428)
    expect(problem.code).toBe('precondition_required')
    expect((await load()).doc.title).toBe('Release checklist')
  })

  test('If-Match: * writes over whatever is current', async () => {
    const { doc } = await load()
    await fetch(url(`/api/docs/${id}/simulate-edit`), json('POST'))
    const res = await fetch(
      url(`/api/docs/${id}`),
      json('PUT', edited(doc, { title: 'Forced' }), { 'if-match': '*' }),
    )
    expect(res.status).toBe(200)
    expect(await res.json()).toMatchObject({ title: 'Forced', version: 3 })
  })

  test('malformed JSON and a non-object body are 400 problems', async () => {
    const { etag } = await load()
    const broken = await fetch(
      url(`/api/docs/${id}`),
      json('PUT', '{"title": "x",', { 'if-match': etag }),
    )
    expect((await expectProblem(broken, 400)).type).toBe('/problems/malformed-json')
    const array = await fetch(url(`/api/docs/${id}`), json('PUT', '[1, 2]', { 'if-match': etag }))
    await expectProblem(array, 400)
  })

  test('invalid fields are one 422 listing every field error', async () => {
    const { etag } = await load()
    const res = await fetch(
      url(`/api/docs/${id}`),
      json(
        'PUT',
        { title: '   ', tags: ['ok', 3], body: 'x'.repeat(1024 * 1024 + 1) },
        { 'if-match': etag },
      ),
    )
    const problem = await expectProblem(res, 422)
    expect(problem.code).toBe('validation_failed')
    const errors = problem.errors as { field: string; message: string }[]
    expect(errors.map((e) => e.field).toSorted()).toEqual(['body', 'tags', 'title'])
    for (const error of errors) expect(error.message).toMatch(/\w/)

    const long = await fetch(
      url(`/api/docs/${id}`),
      json('PUT', { title: 't'.repeat(201), tags: [], body: '' }, { 'if-match': etag }),
    )
    expect(
      ((await expectProblem(long, 422)).errors as { field: string }[]).map((e) => e.field),
    ).toEqual(['title'])
    expect((await load()).doc.version).toBe(1)
  })

  test('an unknown id is a 404 problem for GET and PUT', async () => {
    await expectProblem(await fetch(url('/api/docs/no-such-doc')), 404)
    const put = await fetch(
      url('/api/docs/no-such-doc'),
      json('PUT', { title: 'x', tags: [], body: '', version: 1 }),
    )
    await expectProblem(put, 404)
  })

  test('two concurrent PUTs with the same If-Match: exactly one 200 and one 412', async () => {
    const { doc, etag } = await load()
    const responses = await Promise.all(
      ['Alice', 'Bob'].map((who) =>
        fetch(
          url(`/api/docs/${id}`),
          json('PUT', edited(doc, { title: `Edited by ${who}` }), { 'if-match': etag }),
        ),
      ),
    )
    expect(responses.map((r) => r.status).toSorted()).toEqual([200, 412])
    const winner = responses.find((r) => r.status === 200)!
    const loser = responses.find((r) => r.status === 412)!
    const saved = (await winner.json()) as Doc
    const problem = (await loser.json()) as { current: Doc }
    expect(saved.version).toBe(2)
    expect(problem.current).toEqual(saved)
    expect((await load()).doc).toEqual(saved)
  })

  test('with database latency, racing PUTs still give one 200 and the rest 412', async () => {
    // Each request reads version 1 before any of them writes: only the conditional UPDATE
    // (WHERE version = $2) can tell them apart.
    const slow = await startServer({ ...testServerOptions, db: withLatency(server.db, 20) })
    try {
      const { doc, etag } = await load()
      const responses = await Promise.all(
        [1, 2, 3, 4].map((n) =>
          fetch(
            `${slow.url}/api/docs/${id}`,
            json('PUT', edited(doc, { title: `Take ${n}` }), { 'if-match': etag }),
          ),
        ),
      )
      expect(responses.map((r) => r.status).toSorted()).toEqual([200, 412, 412, 412])
      const final = (await load()).doc
      expect(final.version).toBe(2)
      for (const res of responses.filter((r) => r.status === 412)) {
        expect(((await res.json()) as { current: Doc }).current).toEqual(final)
      }
    } finally {
      await slow.close()
    }
  })

  test('a document says who wrote it last: the named editor, the colleague, or nobody', async () => {
    const { doc, etag } = await load()
    expect(doc.updatedBy).toBeNull()
    // The name comes from the header only; one carried in the body (from a merge) is ignored.
    const put = (body: Doc, tag: string, name?: string) =>
      fetch(
        url(`/api/docs/${id}`),
        json(
          'PUT',
          { ...edited(body), updatedBy: 'Mallory' },
          {
            'if-match': tag,
            ...(name === undefined ? {} : { 'x-demo-editor': name }),
          },
        ),
      )
    const byAlice = await put(doc, etag, '  Alice ')
    expect(byAlice.status).toBe(200)
    expect(((await byAlice.json()) as Doc).updatedBy).toBe('Alice')
    expect((await load()).doc.updatedBy).toBe('Alice')

    const colleague = await fetch(url(`/api/docs/${id}/simulate-edit`), json('POST'))
    expect(((await colleague.json()) as Doc).updatedBy).toBe('Priya')

    for (const name of [undefined, '   ', 'x'.repeat(61)]) {
      const now = await load()
      const res = await put(now.doc, now.etag, name)
      expect(res.status).toBe(200)
      expect(((await res.json()) as Doc).updatedBy).toBeNull()
    }
  })

  test('simulate-edit changes one body line near the top and bumps the version', async () => {
    const { doc, etag } = await load()
    const res = await fetch(url(`/api/docs/${id}/simulate-edit`), json('POST'))
    expect(res.status).toBe(200)
    const after = (await res.json()) as Doc
    expect(after.version).toBe(2)
    expect(res.headers.get('etag')).not.toBe(etag)
    const before = doc.body.split('\n')
    const now = after.body.split('\n')
    expect(now).toHaveLength(before.length)
    const changed = now.flatMap((line, i) => (line === before[i] ? [] : [i]))
    expect(changed).toHaveLength(1)
    expect(changed[0]).toBeLessThan(10)
    expect(after.title).toBe(doc.title)
    // The editor still holding the old ETag now loses.
    const stale = await fetch(
      url(`/api/docs/${id}`),
      json('PUT', edited(doc), { 'if-match': etag }),
    )
    await expectProblem(stale, 412)
  })

  test('simulate-edit can replace a given line, the title or toggle a tag', async () => {
    const line = await fetch(
      url(`/api/docs/${id}/simulate-edit`),
      json('POST', { line: 5, text: 'Replaced.' }),
    )
    expect(((await line.json()) as Doc).body.split('\n')[4]).toBe('Replaced.')
    const title = await fetch(
      url(`/api/docs/${id}/simulate-edit`),
      json('POST', { field: 'title', text: 'New title' }),
    )
    expect(await title.json()).toMatchObject({ title: 'New title', version: 3 })
    const tags = await fetch(url(`/api/docs/${id}/simulate-edit`), json('POST', { field: 'tags' }))
    expect(((await tags.json()) as Doc).tags).toContain('needs-review')
    const bad = await fetch(
      url(`/api/docs/${id}/simulate-edit`),
      json('POST', { field: 'nope', line: 0 }),
    )
    expect(
      ((await expectProblem(bad, 422)).errors as { field: string }[]).map((e) => e.field),
    ).toEqual(['field', 'line'])
  })
}

describe('docs API on embedded Postgres (PGlite)', () => {
  docsSuite({})
})

// The same suite on a real PostgreSQL server through `pg`. It wipes the database's demo
// tables (POST /api/reset), so point DATABASE_URL at a throwaway database.
describe.skipIf(!process.env.DATABASE_URL)(
  'docs API on PostgreSQL (set DATABASE_URL to run)',
  () => {
    docsSuite({ databaseUrl: process.env.DATABASE_URL })
  },
)
