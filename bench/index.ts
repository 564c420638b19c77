/**
 * Runs every benchmark suite and writes each report into its own section of
 * bench/results.md (other sections are kept). Run with `npm run bench`.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { runBundleSizeBench } from './bundle-size'
import { runClassifyBench } from './classify'
import { runDiffViewBench } from './diffview'
import { runMergeDiffBench } from './merge-diff'
import { runResolverBench } from './resolver'

interface Suite {
  title: string
  run: () => Promise<string>
}

const suites: Suite[] = [
  { title: 'Merge and diff', run: runMergeDiffBench },
  { title: 'DiffView in Chromium', run: runDiffViewBench },
  { title: 'Bundle size', run: runBundleSizeBench },
  { title: 'Classification', run: runClassifyBench },
  { title: 'Resolver in Chromium', run: runResolverBench },
]

/** Replaces (or appends) the `## title` section of a markdown document. */
function putSection(doc: string, title: string, body: string): string {
  const heading = `## ${title}`
  const section = `${heading}\n\n${body.trim()}\n`
  const start = doc.indexOf(`${heading}\n`)
  if (start === -1) return `${doc.trimEnd()}\n\n${section}`
  const next = doc.indexOf('\n## ', start + heading.length)
  return doc.slice(0, start) + section + (next === -1 ? '' : doc.slice(next))
}

const HEADER = `# Benchmark results

How to reproduce (Node 20, Debian's \`/usr/bin/chromium\` or \`CHROMIUM_PATH\`, git on PATH):

\`\`\`sh
npm ci
npm run build   # the bundle-size section reads dist/
npm run bench   # all sections; \`npm run bench -- chromium\` runs only sections whose title contains "chromium"
\`\`\`

Each section is rewritten by its own suite; the others are kept. Inputs are generated from fixed
seeds, so every run and every library sees the same documents. The machine these numbers come from
is shared and noisy: times are medians, with the number of runs in parentheses, and ratios compare
medians taken in the same run. Sizes are deterministic.
`

/** Replaces everything before the first section with the reproduction header. */
function putHeader(doc: string): string {
  const first = doc.indexOf('\n## ')
  return HEADER + (first === -1 ? '' : doc.slice(first))
}

const file = fileURLToPath(new URL('./results.md', import.meta.url))
const only = process.argv.slice(2)
let doc = putHeader(existsSync(file) ? readFileSync(file, 'utf8') : '')
for (const suite of suites) {
  if (only.length > 0 && !only.some((o) => suite.title.toLowerCase().includes(o.toLowerCase())))
    continue
  console.log(`\n## ${suite.title}\n`)
  const report = await suite.run()
  console.log(report)
  doc = putSection(doc, suite.title, report)
  writeFileSync(file, doc)
}
