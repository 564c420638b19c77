/**
 * Size budget check (`npm run size`, after `npm run build`): what each way of using the kit
 * costs once an app bundles it (see scripts/appBundles.ts: Vite, minified, tree-shaken,
 * gzip, peers not counted, diff-match-patch counted where it is used), and styles.css,
 * against fixed budgets. Exits 1 with a message naming every entry over budget.
 *
 * Budgets sit about 10% above the sizes measured when they were set (2026-12-02, after the
 * classifier's wider reading, the word-level resolver and its styles landed: full 61.6 kB,
 * core 36.3, classify only 14.4, signup only 18.6, editor + resolver 56.1, DiffView only
 * 17.2, styles.css 5.0), so that any growth is a decision. Raise one only on purpose, in the same change that needs it, and
 * say why. The goals are where the kit wants to be; an entry past its goal is reported, not
 * failed.
 */
import { existsSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { APP_ENTRIES, bundleAppEntries } from './appBundles'
import { fileSize, kB } from './distSizes'

/** Largest allowed gzip size (bytes) and the goal, per entry of `APP_ENTRIES`, by name. */
const budgets: Record<string, { maxGzip: number; goal?: number }> = {
  'full kit (everything)': { maxGzip: 68_000, goal: 25_000 },
  'core (everything, no React)': { maxGzip: 40_000, goal: 15_000 },
  'classify only (classifyResponse)': { maxGzip: 16_000, goal: 8_000 },
  'signup only (useSignupConflict + SignupConflictPrompt)': { maxGzip: 20_500 },
  'editor + resolver (useOptimisticResource + ConflictResolver + StaleBanner)': {
    maxGzip: 62_000,
  },
  'DiffView only': { maxGzip: 19_000, goal: 10_000 },
}
const STYLES_MAX_GZIP = 5_500

const root = fileURLToPath(new URL('..', import.meta.url))
const say = (line: string) => process.stdout.write(`${line}\n`)
const missing = ['dist/index.js', 'dist/core.js', 'dist/styles.css'].filter(
  (f) => !existsSync(`${root}${f}`),
)
if (missing.length > 0) {
  process.stderr.write(`size: ${missing.join(', ')} not found. Run \`npm run build\` first.\n`)
  process.exit(1)
}

const over: string[] = []
const check = (name: string, gzip: number, maxGzip: number, goal?: number) => {
  const ok = gzip <= maxGzip
  const share = ((gzip / maxGzip) * 100).toFixed(0)
  const aim =
    goal === undefined ? '' : `; goal ${kB(goal)}${gzip <= goal ? ' (met)' : ' (not yet)'}`
  say(
    `${ok ? 'ok  ' : 'OVER'} ${name}: ${kB(gzip)} gzip of ${kB(maxGzip)} budget (${share}%)${aim}`,
  )
  if (!ok)
    over.push(
      `${name} is ${kB(gzip)} gzipped, ${kB(gzip - maxGzip)} over its ${kB(maxGzip)} budget`,
    )
}

const sizes = await bundleAppEntries()
APP_ENTRIES.forEach((entry, i) => {
  const budget = budgets[entry.name]
  if (!budget) throw new Error(`size: no budget for ${entry.name}`)
  check(entry.name, (sizes[i] as { initial: number }).initial, budget.maxGzip, budget.goal)
})
check('react-conflict-kit/styles.css', fileSize(`${root}dist/styles.css`).gzip, STYLES_MAX_GZIP)

if (over.length > 0) {
  process.stderr.write(
    `\nsize: over budget:\n${over.map((o) => `  - ${o}`).join('\n')}\nShrink the bundle, or raise the budget in scripts/size.ts in the same change and say why.\n`,
  )
  process.exit(1)
}
say('size: all entries within budget')
