/**
 * Merge and diff benchmark: mergeText vs node-diff3 and `git merge-file`, diffRows vs the
 * `diff` package (diffLines, then diffWords on changed line pairs) and diff-match-patch's
 * line mode. Same inputs for all, medians over repeated runs after a warm-up. The kit is
 * measured as published, from dist/core.js (run `npm run build` first), not from the sources
 * as this script's loader would transpile them (tsx also maps the package name to src/).
 */
import { spawnSync } from 'node:child_process'
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import DiffMatchPatch from 'diff-match-patch'
import { diffLines, diffWords } from 'diff'

const LINES = 10_000

/** The kit as published (dist/), not its sources. */
async function loadBuiltKit(): Promise<typeof import('../src/core/index')> {
  const built = new URL('../dist/core.js', import.meta.url)
  if (!existsSync(fileURLToPath(built))) {
    throw new Error('bench/merge-diff.ts measures the built kit: run `npm run build` first')
  }
  return (await import(built.href)) as typeof import('../src/core/index')
}

/** Deterministic pseudo-random numbers, so every run sees the same documents. */
function random(seed: number): () => number {
  let s = seed
  return () => {
    s = (Math.imul(s, 1103515245) + 12345) & 0x7fffffff
    return s / 0x7fffffff
  }
}

const words = 'the of and to in is that for it as with was on be by this are from or an at'.split(
  ' ',
)
function sentence(rnd: () => number, n: number): string {
  return Array.from({ length: n }, () => words[Math.floor(rnd() * words.length)]).join(' ')
}

/** A document of mostly distinct prose lines, with some blank and repeated lines. */
function document(rnd: () => number): string[] {
  return Array.from({ length: LINES }, (_, i) => {
    if (i % 17 === 0) return ''
    if (i % 23 === 0) return '}'
    return `${i}: ${sentence(rnd, 4 + Math.floor(rnd() * 8))}`
  })
}

const text = (lines: string[]) => lines.join('\n') + '\n'

function editLines(base: string[], picks: number[], tag: string): string[] {
  const out = base.slice()
  for (const i of picks) out[i] = `${out[i]} ${tag}`
  return out
}

interface Scenario {
  name: string
  base: string
  mine: string
  theirs: string
}

function scenarios(): Scenario[] {
  const rnd = random(42)
  const base = document(rnd)
  const pick = (count: number, from = 0, to = LINES) =>
    Array.from({ length: count }, () => from + Math.floor(rnd() * (to - from)))
  const shared = pick(500)
  return [
    {
      name: 'few edits (3 + 3 lines)',
      base: text(base),
      mine: text(editLines(base, pick(3, 0, LINES / 2), 'mine')),
      theirs: text(editLines(base, pick(3, LINES / 2), 'theirs')),
    },
    {
      name: '10% of lines edited per side',
      base: text(base),
      mine: text(editLines(base, pick(LINES / 10), 'mine')),
      theirs: text(editLines(base, pick(LINES / 10), 'theirs')),
    },
    {
      name: 'many conflicts (same 5% of lines)',
      base: text(base),
      mine: text(editLines(base, shared, 'mine')),
      theirs: text(editLines(base, shared, 'theirs')),
    },
    {
      name: 'dense conflicts (every 3rd line, both sides)',
      base: text(base),
      mine: text(editLines(base, every(3), 'mine')),
      theirs: text(editLines(base, every(3), 'theirs')),
    },
  ]
}

const every = (step: number) => Array.from({ length: Math.floor(LINES / step) }, (_, i) => i * step)

/** Arrays of identified items: each side edits, deletes and inserts some, spread evenly. */
function idArrays(n: number) {
  const base = Array.from({ length: n }, (_, i) => ({ id: i, title: `item ${i}`, done: false }))
  const mine = base
    .filter((_, i) => i % 50 !== 7)
    .map((x, i) => (i % 40 === 0 ? { ...x, title: 'mine' } : x))
  for (let i = 0; i < mine.length; i += 60)
    mine.splice(i, 0, { id: n + i, title: 'new', done: false })
  const theirs = base
    .filter((_, i) => i % 70 !== 3)
    .map((x, i) => (i % 45 === 1 ? { ...x, done: true } : x))
  for (let i = 0; i < theirs.length; i += 80)
    theirs.splice(i, 0, { id: 2 * n + i, title: 'theirs', done: false })
  return { base, mine, theirs }
}

/** Flat objects of `n` keys: each side edits, deletes and adds some keys. */
function flatObjects(n: number) {
  const base: Record<string, string> = {}
  for (let i = 0; i < n; i++) base[`key${i}`] = `value ${i}`
  const mine = { ...base }
  const theirs = { ...base }
  for (let i = 0; i < n; i += 30) mine[`key${i}`] = 'mine'
  for (let i = 1; i < n; i += 35) theirs[`key${i}`] = 'theirs'
  for (let i = 0; i < n; i += 100) {
    delete mine[`key${i + 5}`]
    theirs[`added${i}`] = 'theirs'
  }
  return { base, mine, theirs }
}

/**
 * Median wall time in ms over runs after warm-up, within a time allowance. Slow candidates
 * (over 200 ms a run) get one warm-up and seven timed runs, or three once the allowance is
 * spent (a candidate taking seconds a run).
 */
function median(fn: () => unknown, maxRuns = 25, budgetMs = 4000): { ms: number; runs: number } {
  const first = performance.now()
  fn()
  const slow = performance.now() - first > 200
  if (!slow) fn()
  const times: number[] = []
  const start = performance.now()
  const enough = () =>
    slow
      ? times.length >= 7 || (times.length >= 3 && performance.now() - start > budgetMs)
      : times.length >= maxRuns || (times.length >= 5 && performance.now() - start > budgetMs)
  while (!enough()) {
    const t = performance.now()
    fn()
    times.push(performance.now() - t)
  }
  times.sort((a, b) => a - b)
  return { ms: times[Math.floor(times.length / 2)] as number, runs: times.length }
}

type Loaded = { merge: (a: string[], o: string[], b: string[]) => { conflict: boolean } } | Error
async function loadNodeDiff3(): Promise<Loaded> {
  try {
    const mod = await import('node-diff3')
    return { merge: (a, o, b) => mod.merge(a, o, b) }
  } catch (error) {
    return error instanceof Error ? error : new Error(String(error))
  }
}

/** diffLines, then diffWords on each replaced line pair: what a jsdiff-based view does. */
function jsdiffRows(a: string, b: string): number {
  let segments = 0
  const parts = diffLines(a, b)
  for (let i = 0; i < parts.length; i++) {
    const part = parts[i]
    const next = parts[i + 1]
    if (part?.removed && next?.added) {
      const olds = part.value.split('\n')
      const news = next.value.split('\n')
      for (let k = 0; k < Math.min(olds.length, news.length); k++) {
        segments += diffWords(olds[k] as string, news[k] as string).length
      }
      i++
    }
  }
  return segments
}

function dmpLineDiff(a: string, b: string): number {
  const dmp = new DiffMatchPatch()
  // Line mode is only reachable through these underscored helpers of diff-match-patch.
  // oxlint-disable-next-line no-underscore-dangle
  const { chars1, chars2, lineArray } = dmp.diff_linesToChars_(a, b)
  const diffs = dmp.diff_main(chars1, chars2, false)
  // oxlint-disable-next-line no-underscore-dangle
  dmp.diff_charsToLines_(diffs, lineArray)
  return diffs.length
}

const fmt = (ms: number) => (ms < 10 ? ms.toFixed(2) : ms.toFixed(1))
const ratio = (x: number, y: number) => `${(x / y).toFixed(2)}x`

/** Runs the benchmark and returns its report as markdown. */
export async function runMergeDiffBench(): Promise<string> {
  const { diffRows, mergeText, mergeValues } = await loadBuiltKit()
  const diff3 = await loadNodeDiff3()
  const hasGit = spawnSync('git', ['--version']).status === 0
  const dir = mkdtempSync(join(tmpdir(), 'ck-bench-'))
  const out: string[] = []
  const spawnOnly = hasGit ? median(() => spawnSync('git', ['--version'])).ms : NaN
  out.push(
    `Documents of ${LINES.toLocaleString('en')} lines. Node ${process.version}, ${new Date().toISOString().slice(0, 10)}.`,
    `Times are medians in ms (runs in parentheses); ratios are other / ours (>1 means ours is faster).`,
    '',
    '### mergeText',
    '',
    '| scenario | clean (ours / git) | mergeText | node-diff3 merge | git merge-file (spawn) | git minus spawn | vs node-diff3 | vs git |',
    '|---|---|---|---|---|---|---|---|',
  )
  for (const s of scenarios()) {
    writeFileSync(join(dir, 'base'), s.base)
    writeFileSync(join(dir, 'mine'), s.mine)
    writeFileSync(join(dir, 'theirs'), s.theirs)
    const ours = median(() => mergeText(s.base, s.mine, s.theirs))
    const result = mergeText(s.base, s.mine, s.theirs)
    const [bl, ml, tl] = [s.base, s.mine, s.theirs].map((t) => t.split('\n'))
    const nd = diff3 instanceof Error ? null : median(() => diff3.merge(ml!, bl!, tl!))
    const gitArgs = ['merge-file', '-p', 'mine', 'base', 'theirs']
    const git = hasGit
      ? median(() => spawnSync('git', gitArgs, { cwd: dir, maxBuffer: 1 << 30 }))
      : null
    const gitOut = hasGit
      ? spawnSync('git', gitArgs, { cwd: dir, encoding: 'utf8', maxBuffer: 1 << 30 })
      : null
    const gitClean = gitOut ? String(gitOut.status === 0) : 'n/a'
    const same =
      gitOut && gitOut.status === 0 ? (gitOut.stdout === result.text ? '' : ' (TEXT DIFFERS)') : ''
    out.push(
      `| ${s.name} | ${result.clean} / ${gitClean}${same} (${result.hunks.length} hunks) | ${fmt(ours.ms)} (${ours.runs}) | ${nd ? `${fmt(nd.ms)} (${nd.runs})` : 'failed to load'} | ${git ? `${fmt(git.ms)} (${git.runs})` : 'no git'} | ${git ? fmt(Math.max(git.ms - spawnOnly, 0)) : ''} | ${nd ? ratio(nd.ms, ours.ms) : ''} | ${git ? ratio(git.ms, ours.ms) : ''} |`,
    )
  }
  out.push(
    '',
    `git spawn alone (\`git --version\`): ${fmt(spawnOnly)} ms; "git minus spawn" subtracts it as an estimate of git's own work.`,
    diff3 instanceof Error
      ? `node-diff3 failed to import: ${diff3.message}`
      : 'node-diff3 3.2.1 imported fine on this Node (its `import` export; the `bun` condition is not used).',
    '',
    '### diffRows (base vs mine)',
    '',
    '| scenario | diffRows (word segments, folded) | diff: diffLines + diffWords | dmp line mode (no intra-line) | vs diff | vs dmp |',
    '|---|---|---|---|---|---|',
  )
  for (const s of scenarios()) {
    const ours = median(() => diffRows(s.base, s.mine))
    const js = median(() => jsdiffRows(s.base, s.mine))
    const dmp = median(() => dmpLineDiff(s.base, s.mine))
    out.push(
      `| ${s.name} | ${fmt(ours.ms)} (${ours.runs}) | ${fmt(js.ms)} (${js.runs}) | ${fmt(dmp.ms)} (${dmp.runs}) | ${ratio(js.ms, ours.ms)} | ${ratio(dmp.ms, ours.ms)} |`,
    )
  }
  out.push(
    '',
    '### mergeValues scaling',
    '',
    'Arrays of `{ id, title, done }` items merged by id (each side edits ~2%, deletes 1.4-2%, inserts 1.3-1.7%), and flat objects (each side edits ~3%, mine deletes 1%, theirs adds 1%). Each side is parsed from JSON on its own, so untouched parts are equal but not shared. Linear growth is 10x per row.',
    '',
    '| input | 10,000 | 100,000 | growth (100k / 10k) |',
    '|---|---|---|---|',
  )
  for (const [name, make] of [
    ['arrays by id', idArrays],
    ['flat objects', flatObjects],
  ] as const) {
    const times = [10_000, 100_000].map((n) => {
      // Each side parsed on its own, as an app has them (cache, draft, the server's answer):
      // untouched items are equal, never the same object.
      const [base, mine, theirs] = Object.values(make(n)).map((v) => JSON.parse(JSON.stringify(v)))
      return median(() => mergeValues<unknown>(base, mine, theirs), 15)
    })
    const [small, large] = times as [{ ms: number; runs: number }, { ms: number; runs: number }]
    out.push(
      `| ${name} | ${fmt(small.ms)} (${small.runs}) | ${fmt(large.ms)} (${large.runs}) | ${(large.ms / small.ms).toFixed(1)}x |`,
    )
  }
  rmSync(dir, { recursive: true, force: true })
  return out.join('\n')
}
