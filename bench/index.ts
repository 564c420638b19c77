/**
 * Runs every benchmark suite and writes each report into its own section of
 * bench/results.md (other sections are kept). Run with `npm run bench`.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { runMergeDiffBench } from './merge-diff'

interface Suite {
  title: string
  run: () => Promise<string>
}

const suites: Suite[] = [{ title: 'Merge and diff', run: runMergeDiffBench }]

/** Replaces (or appends) the `## title` section of a markdown document. */
function putSection(doc: string, title: string, body: string): string {
  const heading = `## ${title}`
  const section = `${heading}\n\n${body.trim()}\n`
  const start = doc.indexOf(`${heading}\n`)
  if (start === -1) return `${doc.trimEnd()}\n\n${section}`
  const next = doc.indexOf('\n## ', start + heading.length)
  return doc.slice(0, start) + section + (next === -1 ? '' : doc.slice(next))
}

const file = fileURLToPath(new URL('./results.md', import.meta.url))
const only = process.argv.slice(2)
let doc = existsSync(file) ? readFileSync(file, 'utf8') : '# Benchmark results\n'
for (const suite of suites) {
  if (only.length > 0 && !only.some((o) => suite.title.toLowerCase().includes(o.toLowerCase())))
    continue
  console.log(`\n## ${suite.title}\n`)
  const report = await suite.run()
  console.log(report)
  doc = putSection(doc, suite.title, report)
  writeFileSync(file, doc)
}
