/**
 * Load: 20 simulated editors make 50 edits each to 3 shared documents of the real demo server
 * (in process, PGlite in memory, a millisecond of latency per statement so requests really
 * interleave), all at once, with the kit's own client and merge. At the end every
 * acknowledged write is accounted for: whatever it put in a document is still there unless a
 * later writer, who had it in front of them, decided to drop it. Seed: LOAD_SEED (default 1).
 */
import { createPgliteDb } from '../../demo/server/createPgliteDb'
import type { Db } from '../../demo/server/Db'
import { startServer, type RunningServer } from '../../demo/server/startServer'
import { loadResource } from '../../src/core/index'
import { TEST_SCRYPT_COST, withLatency } from '../server/helpers'
import {
  docTokens,
  runEditor,
  type Doc,
  type EditorOptions,
  type EditorStats,
} from './simulatedEditor'
import { WriteLedger, type LedgerCheck } from './writeLedger'

const DOCS = ['release-checklist', 'onboarding-guide', 'checkout-postmortem']
const SEED = Number(process.env.LOAD_SEED ?? 1)

let db: Db
let server: RunningServer

beforeAll(async () => {
  db = await createPgliteDb()
  server = await startServer({ port: 0, db: withLatency(db, 1), scryptCost: TEST_SCRYPT_COST })
})

afterAll(async () => {
  await server?.close()
  await db?.close()
})

/** Sixty lines of prose with three "hot" lines that many editors rewrite. */
function startingBody(doc: string): string {
  const line = (i: number) =>
    i % 20 === 5
      ? `hot-${(i - 5) / 20 + 1}: everyone edits this line of ${doc}`
      : `${doc} line ${i + 1}: plain text`
  return `${Array.from({ length: 60 }, (_, i) => line(i)).join('\n')}\n`
}

/** Mulberry32: a small seeded generator, one stream per editor. */
function seededRandom(seed: number): () => number {
  let a = seed >>> 0
  return () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = Math.imul(a ^ (a >>> 15), 1 | a)
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

const sum = (stats: EditorStats[], pick: (s: EditorStats) => number) =>
  stats.reduce((n, s) => n + pick(s), 0)

interface LoadRun {
  stats: EditorStats[]
  check: LedgerCheck
  ledger: WriteLedger
  seconds: number
}

/** Writes known starting documents (If-Match: *), runs the editors at once, checks the ledger. */
async function runLoad(
  editors: number,
  edits: number,
  docs: readonly string[],
  resolve: EditorOptions['resolve'],
): Promise<LoadRun> {
  const started = performance.now()
  const ledger = new WriteLedger()
  for (const id of docs) {
    const res = await fetch(`${server.url}/api/docs/${id}`, {
      method: 'PUT',
      headers: { 'content-type': 'application/json', 'if-match': '*' },
      body: JSON.stringify({ title: `Shared ${id}`, tags: ['shared'], body: startingBody(id) }),
    })
    expect(res.status).toBe(200)
    const written = (await res.json()) as Doc
    ledger.start(id, written.version, docTokens(written))
  }
  const stats = await Promise.all(
    Array.from({ length: editors }, (_, e) =>
      runEditor({
        editor: e + 1,
        edits,
        baseUrl: server.url,
        docIds: docs,
        random: seededRandom(SEED * 1000 + e),
        ledger,
        maxThinkMs: 15,
        resolve,
      }),
    ),
  )
  const final = new Map<string, { version: number; content: Set<string> }>()
  for (const id of docs) {
    const doc = await loadResource<Doc>({ url: `${server.url}/api/docs/${id}`, fresh: true })
    final.set(id, { version: doc.value.version, content: docTokens(doc.value) })
  }
  const seconds = (performance.now() - started) / 1000
  return { stats, check: ledger.check(final), ledger, seconds }
}

it('20 editors x 50 edits on 3 documents: no acknowledged write is lost', async () => {
  const { stats, check, ledger, seconds } = await runLoad(20, 50, DOCS, 'person')
  const report = {
    editors: '20 x 50 edits on 3 documents',
    seed: SEED,
    seconds: seconds.toFixed(1),
    'writes acknowledged': check.writes,
    'conflicts (412/409)': sum(stats, (s) => s.conflicts),
    'clean auto-merges': sum(stats, (s) => s.autoMerges),
    'clean merges saved after 3 rebases': sum(stats, (s) => s.reviewedMerges),
    'manual resolutions': sum(stats, (s) => s.manualResolutions),
    'hunk/field decisions': `${sum(stats, (s) => s.decisions.mine)} mine, ${sum(stats, (s) => s.decisions.theirs)} theirs`,
    'tokens introduced': check.introduced,
    'tokens in final documents': check.inFinal,
    'dropped by a decision': `${check.droppedByDecision} (edit ${check.droppedBy.edit}, chose mine ${check.droppedBy['chose-mine']}, chose theirs ${check.droppedBy['chose-theirs']})`,
    'most rounds for one edit': `${Math.max(...stats.map((s) => s.maxRounds))} (limit 30)`,
    'nothing left to write (already in theirs)': sum(stats, (s) => s.alreadyStored),
    'failed saves': sum(stats, (s) => s.failures.length),
    'unaccounted versions': check.unaccounted.length,
    lost: check.lost.length,
  }
  const width = Math.max(...Object.keys(report).map((k) => k.length))
  console.log(
    `load report\n${Object.entries(report)
      .map(([k, v]) => `  ${k.padEnd(width)}  ${v}`)
      .join('\n')}`,
  )
  const first = check.lost[0]
  if (first) console.log('first lost token', first, ledger.trace(first.doc, first.missingFrom))
  expect(stats.flatMap((s) => s.failures)).toEqual([])
  expect(check.unaccounted).toEqual([])
  expect(check.lost).toEqual([])
  // every edit ends acknowledged, or with nothing left to write (its result was already stored)
  expect(check.writes + sum(stats, (s) => s.alreadyStored)).toBe(20 * 50)
  expect(report['conflicts (412/409)']).toBeGreaterThan(0)
  expect(report['clean auto-merges']).toBeGreaterThan(0)
  expect(report['manual resolutions']).toBeGreaterThan(0)
})

it('the accounting catches a client that saves its draft over theirs', async () => {
  const { check, stats } = await runLoad(4, 10, DOCS.slice(0, 1), 'overwrite')
  console.log(
    `careless clients: ${check.writes} writes, ${sum(stats, (s) => s.conflicts)} conflicts, ${check.lost.length} tokens lost`,
  )
  expect(check.unaccounted).toEqual([])
  expect(check.lost.length).toBeGreaterThan(0)
})
