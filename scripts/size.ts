/**
 * Size budget check (`npm run size`, after `npm run build`): gzip sizes of the published
 * entries in dist/ (each entry plus the chunks it imports; peers and diff-match-patch are
 * not in dist/) against fixed budgets. Exits 1 with a message naming every entry over budget.
 *
 * Budgets are about 15% above the sizes measured when they were set (2026-11: core 39.2 kB,
 * full 58.5 kB, styles.css 3.3 kB). Raise one only on purpose, in the same change that
 * needs it, and say why.
 */
import { existsSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { fileSize, kB, moduleClosure, type ClosureSize } from './distSizes'

interface Budget {
  name: string
  entry: string
  /** Largest allowed gzip size in bytes (all files the entry loads, each gzipped). */
  maxGzip: number
  measure: (path: string) => ClosureSize
}

const budgets: Budget[] = [
  {
    name: 'react-conflict-kit/core',
    entry: 'dist/core.js',
    maxGzip: 45_000,
    measure: moduleClosure,
  },
  { name: 'react-conflict-kit', entry: 'dist/index.js', maxGzip: 67_000, measure: moduleClosure },
  {
    name: 'react-conflict-kit/styles.css',
    entry: 'dist/styles.css',
    maxGzip: 3_800,
    measure: fileSize,
  },
]

const root = fileURLToPath(new URL('..', import.meta.url))
const say = (line: string) => process.stdout.write(`${line}\n`)
const missing = budgets.filter((b) => !existsSync(`${root}${b.entry}`))
if (missing.length > 0) {
  process.stderr.write(
    `size: ${missing.map((b) => b.entry).join(', ')} not found. Run \`npm run build\` first.\n`,
  )
  process.exit(1)
}

const over: string[] = []
for (const budget of budgets) {
  const size = budget.measure(`${root}${budget.entry}`)
  const share = ((size.gzip / budget.maxGzip) * 100).toFixed(0)
  const ok = size.gzip <= budget.maxGzip
  say(
    `${ok ? 'ok  ' : 'OVER'} ${budget.name}: ${kB(size.gzip)} gzip of ${kB(budget.maxGzip)} budget (${share}%) - ${size.files.map((f) => f.file).join(', ')}`,
  )
  if (!ok) {
    over.push(
      `${budget.name} is ${kB(size.gzip)} gzipped, ${kB(size.gzip - budget.maxGzip)} over its ${kB(budget.maxGzip)} budget`,
    )
  }
}
if (over.length > 0) {
  process.stderr.write(
    `\nsize: over budget:\n${over.map((o) => `  - ${o}`).join('\n')}\nShrink the bundle, or raise the budget in scripts/size.ts in the same change and say why.\n`,
  )
  process.exit(1)
}
say('size: all entries within budget')
