// The kit against real servers no one here wrote: Apache httpd with mod_dav (and mod_deflate),
// a CouchDB-compatible server, lighttpd with mod_webdav, nginx's dav module (plain and with
// gzip), and a Django REST Framework app on PostgreSQL (Radicale: radicale.conformance.test.ts). Each scenario writes with raw HTTP as a colleague would and
// checks what the server holds at the end: nobody's write may be lost.
import { loadResource, saveResource } from '../../src/core/resource/resourceClient'
import type { SavedResource } from '../../src/core/resource/resourceClient'
import type { SaveFlowResult } from '../../src/core/resource/saveWithMerge'
import { resetPreconditionChecks } from '../../src/core/resource/writePrecondition'
import { isProblemError } from '../../src/core/http/problemError'
import {
  apacheProfile,
  couchProfile,
  drfProfile,
  lighttpdProfile,
  nginxProfile,
  type Doc,
  type ServerProfile,
} from './profiles'
import { kitClient } from './kit'
import { hasApache, startApache, type ApacheServer } from './servers/apacheServer'
import { startCouch, type CouchServer } from './servers/couchServer'
import { hasNginx, startNginx } from './servers/nginxServer'
import { hasLighttpd, startLighttpd } from './servers/lighttpdServer'
import { hasDrf, startDrf } from './servers/drfServer'
import type { Daemon } from './servers/daemon'
import { record } from './matrix'

let apache: ApacheServer | undefined
let couch: CouchServer
let nginx: Daemon
let lighttpd: Daemon
let drf: Daemon
// What the apps pass: a scratch resource on which the kit may check, once per server, whether
// it enforces preconditions (header protections are reported only once that is shown).
const probe = (origin: string, path: string) => ({ probeUrl: `${origin}/${path}` })
const profiles: { key: string; get: () => ServerProfile }[] = [
  {
    key: 'apache',
    get: () =>
      withOptions(apacheProfile(apacheOrigin()), probe(apacheOrigin(), 'dav/.ck-probe.json')),
  },
  { key: 'couch', get: () => couchProfile(couch.origin) },
  {
    key: 'lighttpd',
    get: () =>
      withOptions(lighttpdProfile(lighttpd.origin), probe(lighttpd.origin, 'dav/.ck-probe.json')),
  },
  {
    key: 'nginx',
    get: () => nginxProfile(nginx.origin, 'dav', probe(nginx.origin, 'dav/.ck-probe.json')),
  },
  {
    key: 'nginx-gzip',
    get: () => nginxProfile(nginx.origin, 'gz', probe(nginx.origin, 'gz/.ck-probe.json')),
  },
  { key: 'drf-body', get: () => drfProfile(drf.origin, 'body') },
  {
    key: 'drf-etag',
    get: () => withOptions(drfProfile(drf.origin, 'etag'), probe(drf.origin, 'e/ck-probe')),
  },
]
const apacheOrigin = () => (apache as ApacheServer).origin
const withOptions = (p: ServerProfile, options: ServerProfile['options']): ServerProfile => ({
  ...p,
  options: { ...p.options, ...options },
})

/** The protection a save reported, for the matrix: what the person would be told. */
function protectionOf(result: SaveFlowResult<Doc>): string {
  if (result.type !== 'saved') return result.type
  return (result.saved as Partial<SavedResource<Doc>>).protection ?? 'none reported'
}

beforeAll(async () => {
  const missing = [
    ['apache2', hasApache()],
    ['nginx', hasNginx()],
    ['lighttpd lighttpd-mod-webdav', hasLighttpd()],
    ['postgresql python3-django python3-djangorestframework python3-psycopg2', hasDrf()],
  ].filter(([, has]) => !has)
  if (missing.length > 0) {
    throw new Error(`not installed: apt-get install -y ${missing.map(([name]) => name).join(' ')}`)
  }
  ;[apache, couch, nginx, lighttpd, drf] = await Promise.all([
    startApache(),
    startCouch(),
    startNginx(),
    startLighttpd(),
    startDrf(),
  ])
})
afterAll(async () => {
  await Promise.all([apache?.stop(), couch?.stop(), nginx?.stop(), lighttpd?.stop(), drf?.stop()])
})

/** The running test's own name, without its describe blocks: the matrix row. */
const current = () => expect.getState().currentTestName?.split(' > ').at(-1) ?? '?'

let n = 0
const fresh = () => `doc${++n}`
const seedDoc: Doc = { title: 'Plan', owner: 'ann', notes: 'one' }

describe.each(profiles)('$key', ({ get }) => {
  const run = (fn: (p: ServerProfile) => Promise<string | void>) =>
    record(get().name, current(), () => fn(get()))

  test('load', () =>
    run(async (p) => {
      const id = fresh()
      await p.seed(id, seedDoc)
      const loaded = await kitClient(p, id).load()
      expect(loaded.value).toMatchObject(seedDoc)
      expect(loaded.version).not.toBeNull()
    }))

  test('stale edit, disjoint: merged, the server holds both', () =>
    run(async (p) => {
      const id = fresh()
      await p.seed(id, seedDoc)
      const kit = kitClient(p, id)
      const from = await kit.load()
      await p.colleague(id, (d) => ({ ...d, owner: 'bob' }))
      const result = await kit.save({ ...from.value, title: 'Plan B' }, from)
      expect(result.type).toBe('saved')
      expect(await p.read(id)).toEqual({ ...seedDoc, title: 'Plan B', owner: 'bob' })
      return protectionOf(result)
    }))

  test('overlapping edits reach a conflict, theirs kept', () =>
    run(async (p) => {
      const id = fresh()
      await p.seed(id, seedDoc)
      const kit = kitClient(p, id)
      const from = await kit.load()
      await p.colleague(id, (d) => ({ ...d, title: 'Theirs' }))
      const result = await kit.save({ ...from.value, title: 'Mine' }, from)
      expect(result.type).toBe('conflict')
      if (result.type !== 'conflict') return
      expect(result.conflict.conflicts.map((c) => c.path)).toEqual([['title']])
      expect(result.conflict.conflicts[0]).toMatchObject({ mine: 'Mine', theirs: 'Theirs' })
      expect((await p.read(id)).title).toBe('Theirs')
    }))

  test('second and third rounds from what each save returned', () =>
    run(async (p) => {
      const id = fresh()
      await p.seed(id, seedDoc)
      const kit = kitClient(p, id)
      let from = await kit.load()
      for (const [round, field] of [
        [1, 'a'],
        [2, 'b'],
        [3, 'c'],
      ] as const) {
        await p.colleague(id, (d) => ({ ...d, [`colleague${round}`]: true }))
        const result = await kit.save({ ...from.value, [field]: round }, from)
        expect(result.type).toBe('saved')
        if (result.type !== 'saved') return
        expect(result.saved.version).not.toBeNull()
        from = result.saved
      }
      // The last save with nobody in between goes straight through on what the third returned.
      const last = await kit.save({ ...from.value, d: 4 }, from)
      expect(last.type).toBe('saved')
      const note = protectionOf(last)
      expect(await p.read(id)).toEqual({
        ...seedDoc,
        a: 1,
        b: 2,
        c: 3,
        d: 4,
        colleague1: true,
        colleague2: true,
        colleague3: true,
      })
      return note
    }))

  test('a write with no version is a create: an existing document is a duplicate', () =>
    run(async (p) => {
      const id = fresh()
      await p.seed(id, seedDoc)
      const kit = kitClient(p, id)
      const error = await saveResource<Doc>({
        url: p.url(id),
        ...p.options,
        value: { title: 'Other' },
        baseVersion: null,
        fetch: kit.fetch,
      }).catch((e: unknown) => e)
      expect(isProblemError(error) && error.problem.kind).toBe('duplicate')
      expect(await p.read(id)).toEqual(seedDoc)
      return isProblemError(error) ? error.problem.code : undefined
    }))
})

describe('Apache httpd: its validators', () => {
  const p = () => apacheProfile((apache as ApacheServer).origin)
  const run = (fn: () => Promise<string | void>) => record(p().name, current(), fn)

  test('weak ETag: never sent as If-Match, and a same-second colleague write is not lost', () =>
    run(async () => {
      const id = fresh()
      await p().seed(id, seedDoc)
      const kit = kitClient(p(), id)
      const from = await kit.load()
      // Apache marks the ETag of a file changed within the last second as weak.
      expect(from.version).toMatch(/^W\//)
      await p().colleague(id, (d) => ({ ...d, owner: 'bob' }))
      const result = await kit.save({ ...from.value, title: 'Plan B' }, from)
      expect(result.type).toBe('saved')
      expect(kit.writes().every((w) => !w.ifMatch?.startsWith('W/'))).toBe(true)
      expect(kit.writes().every((w) => w.ifMatch || w.ifUnmodifiedSince)).toBe(true)
      expect(await p().read(id)).toEqual({ ...seedDoc, title: 'Plan B', owner: 'bob' })
    }))

  test("control: an opted-in unconditional write does lose the colleague's write", () =>
    run(async () => {
      // Proves the scenarios can see a lost update: this is what the defaults prevent.
      const id = fresh()
      await p().seed(id, seedDoc)
      const kit = kitClient(p(), id)
      const from = await kit.load()
      expect(from.version).toMatch(/^W\//)
      await p().colleague(id, (d) => ({ ...d, owner: 'bob' }))
      const saved = await saveResource<Doc>({
        url: p().url(id),
        value: { ...from.value, title: 'Plan B' },
        baseVersion: from.version,
        base: from.value,
        allowUnconditional: true,
        fetch: kit.fetch,
      })
      expect(saved.protection).toBe('unconditional')
      expect(await p().read(id)).toEqual({ ...seedDoc, title: 'Plan B' })
    }))

  test('204 without ETag: the new version is learned before the next save', () =>
    run(async () => {
      const id = fresh()
      await p().seed(id, seedDoc)
      const kit = kitClient(p(), id)
      const from = await kit.load()
      const saved = await saveResource<Doc>({
        url: p().url(id),
        ...probe(apacheOrigin(), 'dav/.ck-probe.json'),
        value: { ...from.value, title: 'Mine' },
        baseVersion: from.version,
        base: from.value,
        fetch: kit.fetch,
      })
      const put = kit.writes().find((w) => w.url === p().url(id))
      expect(put?.status).toBe(204)
      expect(saved.version).not.toBeNull()
      expect(['if-match', 'if-unmodified-since']).toContain(saved.protection)
      // The version came from a GET after the PUT, and it protects the next write.
      expect(kit.sent.at(-1)?.method).toBe('GET')
      await p().colleague(id, (d) => ({ ...d, owner: 'bob' }))
      const next = await kit.save({ ...saved.value, notes: 'two' }, saved)
      expect(next.type).toBe('saved')
      expect(await p().read(id)).toEqual({ ...seedDoc, title: 'Mine', owner: 'bob', notes: 'two' })
    }))

  // Apache compares If-Match with the tag less its -gzip suffix: the save loop tries it bare once.
  test(
    '-gzip ETag: retried once without the suffix, then saved (2 writes)',
    () =>
      run(async () => {
        const gz = apacheProfile(apacheOrigin(), 'gz')
        const id = fresh()
        await gz.seed(id, { ...seedDoc, notes: 'x'.repeat(600) })
        await new Promise((r) => setTimeout(r, 1100))
        const kit = kitClient(gz, id)
        const from = await kit.load()
        expect(from.version).toMatch(/-gzip"$/)
        const result = await kit.save({ ...from.value, title: 'Mine' }, from)
        const tags = kit.writes().map((w) => w.ifMatch)
        expect(tags).toEqual([from.version, from.version?.replace(/-gzip"$/, '"')])
        expect(result.type).toBe('saved')
        expect((await gz.read(id)).title).toBe('Mine')
        return protectionOf(result)
      }),
    10_000,
  )

  test(
    'a view counter bumped after every read: at most 4 writes, then saved or a clear problem, never a merge with nothing to decide',
    () =>
      run(async () => {
        const id = fresh()
        const p0 = apacheProfile(apacheOrigin())
        await p0.seed(id, { ...seedDoc, views: 0 })
        // Every GET is followed by the server counting it into the file, as a view counter
        // would: the version read is stale by the time the write arrives.
        const counting: typeof globalThis.fetch = async (input, init) => {
          const res = await globalThis.fetch(input, init)
          if ((init?.method ?? 'GET') === 'GET' && String(input) === p0.url(id) && res.ok) {
            const doc = (await res.clone().json()) as Doc
            await p0.seed(id, { ...doc, views: Number(doc.views) + 1 })
          }
          return res
        }
        const request = { url: p0.url(id), fetch: counting, serverFields: ['views'] }
        const from = await loadResource<Doc>({ ...request, fresh: true })
        const { saveWithMerge } = await import('../../src/core/resource/saveWithMerge')
        let writes = 0
        const result = await saveWithMerge<Doc>({
          value: { ...from.value, title: 'Mine' },
          base: from.value,
          baseVersion: from.version,
          write: (value, baseVersion, base) => {
            writes++
            return saveResource({ ...request, value, baseVersion, base })
          },
          loadFresh: () => loadResource<Doc>({ ...request, fresh: true }),
          merge: { serverFields: ['views'] },
          autoMerge: 'save',
        })
        const ending =
          result.type === 'conflict'
            ? `conflict with ${result.conflict.conflicts.length} to decide`
            : result.type === 'failed'
              ? `failed: ${result.problem.code ?? 'no code'}`
              : 'saved'
        console.log(`view counter on Apache: ${writes} writes, ${ending}`)
        expect(writes).toBeLessThanOrEqual(4)
        expect(ending).toMatch(/^(saved|failed: \w+|conflict with [1-9]\d* to decide)$/)
        return `${writes} writes, ${ending}`
      }),
    20_000,
  )

  test('text file: line edits of two people merge, the file holds both', () =>
    run(async () => {
      const url = `${(apache as ApacheServer).origin}/dav/${fresh()}.txt`
      const seedText = 'one\ntwo\nthree\nfour\n'
      await fetch(url, { method: 'PUT', headers: { 'content-type': 'text/plain' }, body: seedText })
      const from = await loadResource<string>({ url })
      expect(from.value).toBe(seedText)
      await fetch(url, { method: 'PUT', body: 'ONE\ntwo\nthree\nfour\n' })
      const { saveWithMerge } = await import('../../src/core/resource/saveWithMerge')
      const result = await saveWithMerge<string>({
        value: 'one\ntwo\nthree\nFOUR\n',
        base: from.value,
        baseVersion: from.version,
        write: (value, baseVersion, base) => saveResource({ url, value, baseVersion, base }),
        loadFresh: () => loadResource<string>({ url, fresh: true }),
        autoMerge: 'save',
      })
      expect(result.type).toBe('saved')
      expect(await (await fetch(url, { cache: 'no-store' })).text()).toBe('ONE\ntwo\nthree\nFOUR\n')
    }))
})

describe('nginx dav: preconditions it ignores', () => {
  const plain = () => nginxProfile(nginx.origin, 'dav')
  const run = (fn: () => Promise<string | void>) => record(plain().name, current(), fn)

  /** Ten rounds of load, a colleague's raw write, a save of a disjoint edit: colleague writes lost. */
  async function lostColleagueWrites(p: ServerProfile) {
    const rounds = 10
    let lost = 0
    const protections = new Set<string>()
    for (let round = 0; round < rounds; round++) {
      const id = fresh()
      await p.seed(id, seedDoc)
      const kit = kitClient(p, id)
      const from = await kit.load()
      // Same size and the same second: nginx's "mtime-size" ETag does not move.
      await p.colleague(id, (d) => ({ ...d, owner: 'bob' }))
      const result = await kit.save({ ...from.value, title: 'Mia' }, from)
      expect(result.type).toBe('saved')
      protections.add(protectionOf(result))
      if ((await p.read(id)).owner !== 'bob') lost++
    }
    return { rounds, lost, protections: [...protections] }
  }

  test('without a probe: the write that overwrote a colleague is reported unverified', () =>
    run(async () => {
      resetPreconditionChecks()
      const before = await lostColleagueWrites(plain())
      console.log(`nginx, no probe: ${JSON.stringify(before)}`)
      // The server writes over the colleague every time; the kit says it could not protect it.
      expect(before.lost).toBe(before.rounds)
      expect(before.protections).toEqual(['unverified'])
      return `${before.lost}/${before.rounds} lost, each reported unverified`
    }))

  test('with a probe: compared right before each write, no colleague write lost', () =>
    run(async () => {
      resetPreconditionChecks()
      const after = await lostColleagueWrites(
        nginxProfile(nginx.origin, 'dav', probe(nginx.origin, 'dav/.ck-probe.json')),
      )
      console.log(`nginx, probe: ${JSON.stringify(after)}`)
      expect(after.lost).toBe(0)
      expect(after.protections).toEqual(['compared'])
      return `${after.lost}/${after.rounds} lost, reported compared`
    }))

  test('the probe leaves no scratch resource behind', () =>
    run(async () => {
      const res = await fetch(`${nginx.origin}/dav/.ck-probe.json`)
      expect(res.status).toBe(404)
    }))
})

describe('Django REST Framework: what it changes by itself', () => {
  const body = () => drfProfile(drf.origin, 'body')
  const run = (fn: () => Promise<string | void>) => record(body().name, current(), fn)

  test('both typed the same notes, the server trimmed its trailing newline: no conflict', () =>
    run(async () => {
      const id = fresh()
      await body().seed(id, seedDoc)
      const kit = kitClient(body(), id)
      const from = await kit.load()
      await body().colleague(id, (d) => ({ ...d, notes: 'two\n' }))
      const result = await kit.save({ ...from.value, notes: 'two\n' }, from, 'review')
      expect(result.type).toBe('saved')
      expect((await body().read(id)).notes).toBe('two')
      return protectionOf(result)
    }))

  test('no validator and a view counter bumped on every read: compared without it, saved', () =>
    run(async () => {
      const id = fresh()
      const url = `${drf.origin}/n/${id}`
      await fetch(url, {
        method: 'PUT',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(seedDoc),
      })
      const options = { url, serverFields: ['views'] }
      const from = await loadResource<Doc>(options)
      const saved = await saveResource<Doc>({
        ...options,
        value: { ...from.value, title: 'Mine' },
        base: from.value,
        baseVersion: from.version,
      })
      expect(saved.protection).toBe('compared')
      const held = (await (await fetch(url)).json()) as Doc
      expect(held).toMatchObject({ ...seedDoc, title: 'Mine' })
      return saved.protection
    }))
})

describe('CouchDB API: its answers', () => {
  const p = () => couchProfile(couch.origin)
  const run = (fn: () => Promise<string | void>) => record(p().name, current(), fn)

  test('save answer { ok, id, rev }: mapped to the document and its new _rev', () =>
    run(async () => {
      const id = fresh()
      await p().seed(id, seedDoc)
      const from = await loadResource<Doc>({ url: p().url(id), version: { field: '_rev' } })
      const saved = await saveResource<Doc>({
        url: p().url(id),
        ...p().options,
        value: { ...from.value, title: 'Mine' },
        baseVersion: from.version,
      })
      expect(saved.protection).toBe('version-field')
      expect(saved.value).toMatchObject({ ...seedDoc, title: 'Mine', _rev: saved.version })
      expect(saved.version).toMatch(/^2-/)
    }))

  test('ETag versions and no mapping: { ok, id, rev } never becomes the document', () =>
    run(async () => {
      const id = fresh()
      await p().seed(id, seedDoc)
      const from = await loadResource<Doc>({ url: p().url(id) })
      expect(from.version).not.toBeNull()
      const saved = await saveResource<Doc>({
        url: p().url(id),
        value: { ...from.value, title: 'Mine' },
        base: from.value,
        baseVersion: from.version,
      })
      expect(saved.value).not.toHaveProperty('ok')
      expect(saved.value).toMatchObject({ ...seedDoc, title: 'Mine' })
      // The next save from it writes the document, not an acknowledgement.
      const next = await saveResource<Doc>({
        url: p().url(id),
        value: { ...saved.value, notes: 'two' },
        base: saved.value,
        baseVersion: saved.version,
      })
      expect(next.value).not.toHaveProperty('ok')
      expect(await p().read(id)).toEqual({ ...seedDoc, title: 'Mine', notes: 'two' })
      return saved.protection
    }))

  test('save answer without a mapping: read again, never stored as the document', () =>
    run(async () => {
      const id = fresh()
      await p().seed(id, seedDoc)
      const from = await loadResource<Doc>({ url: p().url(id), version: { field: '_rev' } })
      const saved = await saveResource<Doc>({
        url: p().url(id),
        version: { field: '_rev' },
        value: { ...from.value, title: 'Mine' },
        baseVersion: from.version,
      })
      expect(saved.value).toMatchObject({ ...seedDoc, title: 'Mine' })
      expect(saved.value).not.toHaveProperty('ok')
      expect(saved.version).toBe(saved.value._rev)
    }))
})

describe('bounded concurrent soak', () => {
  const sizes: Record<string, { writers: number; edits: number }> = {
    couch: { writers: 10, edits: 20 },
    apache: {
      writers: Number(process.env.CK_SOAK_WRITERS ?? 10),
      edits: Number(process.env.CK_SOAK_EDITS ?? 5),
    },
    lighttpd: { writers: 10, edits: 5 },
    nginx: { writers: 10, edits: 5 },
    'nginx-gzip': { writers: 5, edits: 4 },
    'drf-body': { writers: 10, edits: 5 },
    'drf-etag': { writers: 10, edits: 5 },
  }
  test.each(profiles)(
    '$key: writers x edits, lost = 0',
    async ({ key, get }) => {
      const { writers, edits } = sizes[key] ?? { writers: 5, edits: 4 }
      const { soak } = await import('./soak')
      await record(
        get().name,
        `concurrent soak (${writers} writers x ${edits} edits), lost = 0`,
        async () => {
          const result = await soak(get(), fresh(), writers, edits)
          console.log(`${get().name}: ${JSON.stringify(result)}`)
          expect(result.saved).toBe(writers * edits)
          expect(result.lost).toBe(0)
        },
      )
    },
    170_000,
  )
})
