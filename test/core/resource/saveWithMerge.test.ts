import { ProblemError } from '../../../src/core/http/problemError'
import type { HttpProblem } from '../../../src/core/http/types'
import { createConflict } from '../../../src/core/resource/createConflict'
import { saveWithMerge, type SaveFlow } from '../../../src/core/resource/saveWithMerge'
import type { VersionedValue } from '../../../src/core/resource/types'

type Doc = { title: string; body: string; version: number; updatedAt: string }
const stale: HttpProblem = {
  status: 412,
  kind: 'stale',
  title: 'Someone else changed this',
  raw: null,
}
const base: Doc = { title: 'T', body: 'a\nb\nc\n', version: 1, updatedAt: 'mon' }

/** An in-memory versioned store with the same rules as a real If-Match server. */
function store(initial: Doc) {
  let current: VersionedValue<Doc> = { value: initial, version: 'v1' }
  const writes: (string | null)[] = []
  return {
    get current() {
      return current
    },
    writes,
    external(change: Partial<Doc>) {
      const n = Number(current.version?.slice(1)) + 1
      current = { value: { ...current.value, ...change, version: n }, version: `v${n}` }
    },
    async write(value: Doc, version: string | null): Promise<VersionedValue<Doc>> {
      writes.push(version)
      if (version !== current.version) {
        throw new ProblemError({
          ...stale,
          current: current.value,
          currentVersion: current.version ?? undefined,
        })
      }
      const n = Number(current.version?.slice(1)) + 1
      current = { value: { ...value, version: n }, version: `v${n}` }
      return current
    },
    async loadFresh() {
      return current
    },
  }
}

/** `saveWithMerge` against `s`, from `base` at v1, unless the flow says otherwise. */
function saveOnto(s: ReturnType<typeof store>, flow: Partial<SaveFlow<Doc>> & { value: Doc }) {
  return saveWithMerge({ base, baseVersion: 'v1', write: s.write, loadFresh: s.loadFresh, ...flow })
}

describe('createConflict', () => {
  it('takes server-owned fields from theirs without reporting them', () => {
    const conflict = createConflict(
      base,
      { ...base, title: 'mine' },
      { value: { ...base, version: 2, updatedAt: 'tue', body: 'a\nb\nc\nd\n' }, version: 'v2' },
      stale,
      { text: ['body'], serverFields: ['version', 'updatedAt'] },
    )
    expect(conflict.merged).toEqual({
      title: 'mine',
      body: 'a\nb\nc\nd\n',
      version: 2,
      updatedAt: 'tue',
    })
    expect(conflict.changes.map((c) => c.path.join('.')).toSorted()).toEqual(['body', 'title'])
    expect(conflict.conflicts).toEqual([])
  })

  it('reports the same fields when they are not declared server-owned', () => {
    const conflict = createConflict(
      base,
      base,
      { value: { ...base, version: 2 }, version: 'v2' },
      stale,
    )
    expect(conflict.changes).toEqual([{ path: ['version'], from: 'theirs' }])
  })
})

describe('saveWithMerge (no React)', () => {
  it('saves straight through when nobody else wrote', async () => {
    const s = store(base)
    const result = await saveOnto(s, {
      value: { ...base, title: 'x' },
    })
    expect(result).toMatchObject({ type: 'saved', saved: { version: 'v2' } })
  })

  it('re-sends a clean merge against the new version when asked to', async () => {
    const s = store(base)
    s.external({ body: 'a\nb\nc\ntheirs\n' })
    const result = await saveOnto(s, {
      value: { ...base, body: 'mine\na\nb\nc\n' },
      merge: { text: ['body'], serverFields: ['version'] },
      autoMerge: 'save',
    })
    expect(result.type).toBe('saved')
    expect(s.current.value.body).toBe('mine\na\nb\nc\ntheirs\n')
    expect(s.writes).toEqual(['v1', 'v2'])
  })

  it('reports the saved auto-merge: the last merge, theirs as the final write found it', async () => {
    const s = store(base)
    s.external({ title: 'theirs' })
    let calls = 0
    const result = await saveOnto(s, {
      value: { ...base, body: 'mine\na\nb\nc\n' },
      // Someone else saves again while the first merge is on its way.
      write: (value, version) => {
        if (++calls === 2) s.external({ body: 'a\nb\nc\nlater\n' })
        return s.write(value, version)
      },
      merge: { text: ['body'], serverFields: ['version'] },
      autoMerge: 'save',
    })
    expect(s.writes).toEqual(['v1', 'v2', 'v3'])
    expect(result.type === 'saved' && result.autoMerge).toMatchObject({
      baseVersion: 'v2',
      saved: { version: 'v4' },
      conflict: {
        mine: { title: 'theirs', body: 'mine\na\nb\nc\n' },
        theirs: { title: 'theirs', body: 'a\nb\nc\nlater\n', version: 3 },
        theirsVersion: 'v3',
        changes: [{ path: ['body'], from: 'both' }],
      },
    })
  })

  it('reports no auto-merge when nothing of theirs was merged', async () => {
    const s = store(base)
    s.external({ updatedAt: 'tue' })
    const result = await saveOnto(s, {
      value: { ...base, title: 'mine' },
      merge: { serverFields: ['version', 'updatedAt'] },
      autoMerge: 'save',
    })
    expect(result).toMatchObject({ type: 'saved', saved: { version: 'v3' } })
    expect(result.type === 'saved' && 'autoMerge' in result).toBe(false)
  })

  it('returns the conflict for review by default and never re-sends the same version', async () => {
    const s = store(base)
    s.external({ title: 'theirs' })
    const result = await saveOnto(s, {
      value: { ...base, title: 'mine' },
    })
    expect(result).toMatchObject({
      type: 'conflict',
      conflict: { theirsVersion: 'v2', conflicts: [{ path: ['title'] }] },
    })
    expect(s.writes).toEqual(['v1'])
  })

  it('gives up re-sending after maxRebases when others keep writing', async () => {
    const s = store(base)
    const write = async (value: Doc, version: string | null) => {
      s.external({ updatedAt: `${Math.random()}` }) // someone always saves first
      return s.write(value, version)
    }
    const result = await saveOnto(s, {
      value: { ...base, title: 'mine' },
      write,
      autoMerge: 'save',
      maxRebases: 2,
    })
    expect(result.type).toBe('conflict')
    expect(s.writes).toHaveLength(3)
    expect(new Set(s.writes).size).toBe(3)
  })

  it('turns a network failure into a failed result', async () => {
    const result = await saveWithMerge({
      value: base,
      base,
      baseVersion: 'v1',
      write: () => Promise.reject(new TypeError('fetch failed')),
      loadFresh: () => Promise.reject(new Error('unused')),
    })
    expect(result).toMatchObject({ type: 'failed', problem: { status: 0, code: 'network' } })
  })

  it('recognises a write that went through but lost its answer as saved', async () => {
    const s = store(base)
    const mine = { ...base, title: 'mine' }
    await s.write(mine, 'v1') // stored, but the client never saw the answer
    const result = await saveOnto(s, {
      value: mine,
      merge: { serverFields: ['version'] },
    })
    expect(result).toMatchObject({ type: 'saved', saved: { version: 'v2' } })
    expect(s.writes).toEqual(['v1', 'v1'])
  })

  it('re-sends without review when only the version moved', async () => {
    const s = store(base)
    s.external({}) // a new version with the same content (a format change, a touch)
    const result = await saveOnto(s, {
      value: { ...base, title: 'mine' },
      merge: { serverFields: ['version'] },
    })
    expect(result.type).toBe('saved')
    expect(s.current.value.title).toBe('mine')
    expect(s.writes).toEqual(['v1', 'v2'])
  })
})

describe('saveWithMerge: a precondition that never matches', () => {
  // A server that refuses every conditional write while holding the base (Apache + mod_deflate:
  // the ETag it sends ends in -gzip, the one it compares with does not).
  function broken(versions: string[]) {
    const writes: (string | null)[] = []
    let reads = 0
    return {
      writes,
      write: async (_value: Doc, version: string | null): Promise<VersionedValue<Doc>> => {
        writes.push(version)
        throw new ProblemError({ ...stale, raw: '<html>412</html>' })
      },
      loadFresh: async () => ({
        value: base,
        version: versions[Math.min(reads++, versions.length - 1)] ?? null,
      }),
    }
  }

  it.each(['review', 'save'] as const)(
    'same validator again: its bare form once, then a clear problem (autoMerge %s)',
    async (autoMerge) => {
      const s = broken(['"abc-gzip"'])
      const result = await saveWithMerge({
        value: { ...base, title: 'Mine' },
        base,
        baseVersion: '"abc-gzip"',
        write: s.write,
        loadFresh: s.loadFresh,
        autoMerge,
      })
      // never the refused validator again: its bare form is the one other thing tried
      expect(s.writes).toEqual(['"abc-gzip"', '"abc"'])
      expect(result.type).toBe('failed')
      if (result.type !== 'failed') return
      expect(result.problem.code).toBe('precondition_never_matches')
      expect(result.problem.title).toMatch(/compression suffix \(-gzip\)/)
    },
  )

  /** Apache with mod_deflate: serves `"<tag>-gzip"`, compares If-Match with the bare `"<tag>"`. */
  function deflating(initial: Doc, opts: { counter?: boolean } = {}) {
    let n = 1
    let value: Doc & { views?: number } = initial
    const writes: (string | null)[] = []
    return {
      writes,
      get value() {
        return value
      },
      write: async (next: Doc, version: string | null): Promise<VersionedValue<Doc>> => {
        writes.push(version)
        if (version !== `"t${n}"`) throw new ProblemError({ ...stale, raw: '<html>412</html>' })
        n++
        value = next
        return { value, version: `"t${n}"` }
      },
      loadFresh: async () => {
        // a view counter the server bumps on every read, without a new tag
        if (opts.counter) value = { ...value, views: (value.views ?? 0) + 1 }
        return { value, version: `"t${n}-gzip"` }
      },
    }
  }

  it.each(['review', 'save'] as const)(
    'a compression-suffixed tag the server compares bare: saved with its bare form (autoMerge %s)',
    async (autoMerge) => {
      const s = deflating(base)
      const result = await saveWithMerge({
        value: { ...base, title: 'Mine' },
        base,
        baseVersion: '"t1-gzip"',
        write: s.write,
        loadFresh: s.loadFresh,
        autoMerge,
      })
      expect(s.writes).toEqual(['"t1-gzip"', '"t1"'])
      expect(result).toMatchObject({ type: 'saved', wrote: true })
      expect(s.value.title).toBe('Mine')
    },
  )

  it('a field that changes on every read, declared server-owned, still saves on such a server', async () => {
    const s = deflating(base, { counter: true })
    const result = await saveWithMerge({
      value: { ...base, title: 'Mine' },
      base,
      baseVersion: '"t1-gzip"',
      write: s.write,
      loadFresh: s.loadFresh,
      merge: { serverFields: ['views'] },
    })
    expect(result).toMatchObject({ type: 'saved', wrote: true })
    expect(s.writes).toEqual(['"t1-gzip"', '"t1"'])
    expect(s.value).toMatchObject({ title: 'Mine', views: 1 })
  })

  it('the same field undeclared is a change of theirs to review, never a loop of writes', async () => {
    const s = deflating(base, { counter: true })
    const result = await saveWithMerge({
      value: { ...base, title: 'Mine' },
      base,
      baseVersion: '"t1-gzip"',
      write: s.write,
      loadFresh: s.loadFresh,
    })
    expect(s.writes).toEqual(['"t1-gzip"'])
    expect(result.type).toBe('conflict')
    if (result.type !== 'conflict') return
    expect(result.conflict.conflicts).toEqual([])
    expect(result.conflict.changes).toContainEqual({ path: ['views'], from: 'theirs' })
  })

  it('a fresh validator is tried once, never a third time, and never reported as a merge', async () => {
    const s = broken(['"v2"', '"v3"', '"v4"'])
    const result = await saveWithMerge({
      value: { ...base, title: 'Mine' },
      base,
      baseVersion: '"v1"',
      write: s.write,
      loadFresh: s.loadFresh,
      autoMerge: 'save',
    })
    expect(s.writes).toEqual(['"v1"', '"v2"'])
    expect(result).toMatchObject({
      type: 'failed',
      problem: { code: 'precondition_never_matches' },
    })
    expect(result.type === 'failed' && result.problem.title).not.toMatch(/gzip/)
  })

  it('a precondition that matches on the retry saves', async () => {
    const s = store(base)
    const result = await saveWithMerge({
      value: { ...base, title: 'Mine' },
      base,
      baseVersion: '"gone"',
      write: (v, version) => s.write(v, version),
      loadFresh: s.loadFresh,
    })
    expect(result.type).toBe('saved')
    expect(s.writes).toEqual(['"gone"', 'v1'])
  })
})

describe('text documents', () => {
  it('a top-level string merges line by line', () => {
    const conflict = createConflict(
      'one\ntwo\nthree\n',
      'one\ntwo\nTHREE\n',
      { value: 'ONE\ntwo\nthree\n', version: 'v2' },
      stale,
    )
    expect(conflict.conflicts).toEqual([])
    expect(conflict.merged).toBe('ONE\ntwo\nTHREE\n')
  })

  it('overlapping lines are a conflict at the root path', () => {
    const conflict = createConflict('a\n', 'mine\n', { value: 'theirs\n', version: 'v2' }, stale)
    expect(conflict.conflicts.map((c) => c.path)).toEqual([[]])
  })
})
