// Collects the server x scenario results; `matrixTeardown` (the suite's global setup) joins
// them into one Markdown table, printed and written to test-results/conformance-matrix.md.
// A scenario may return a note (the protection the kit reported): the cell shows it.
import { mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'

type Outcome = string
const DIR = 'test-results'
const rows: [scenario: string, server: string, outcome: Outcome][] = []

/** Runs one scenario against one server and records whether it passed (and its note). */
export async function record(server: string, scenario: string, fn: () => Promise<string | void>) {
  let outcome: Outcome = 'FAIL'
  try {
    const note = await fn()
    outcome = note ? `pass (${note})` : 'pass'
  } finally {
    rows.push([scenario, server, outcome])
    mkdirSync(DIR, { recursive: true })
    writeFileSync(join(DIR, `conformance-${process.pid}.json`), JSON.stringify(rows))
  }
}

/** Vitest global setup: clears old results before the run, joins and prints them after. */
export default function matrixSetup() {
  const parts = () => {
    try {
      return readdirSync(DIR).filter((f) => /^conformance-\d+\.json$/.test(f))
    } catch {
      return []
    }
  }
  for (const f of parts()) rmSync(join(DIR, f))
  return () => {
    const all = parts().flatMap(
      (f) => JSON.parse(readFileSync(join(DIR, f), 'utf8')) as typeof rows,
    )
    if (all.length === 0) return
    const servers = [...new Set(all.map(([, server]) => server))].sort()
    const failed = all.filter(([, , outcome]) => outcome === 'FAIL').length
    const scenarios = [...new Set(all.map(([scenario]) => scenario))]
    const cell = (scenario: string, server: string) =>
      all.find(([sc, sv]) => sc === scenario && sv === server)?.[2] ?? '-'
    const table = [
      `| scenario | ${servers.join(' | ')} |`,
      `| --- | ${servers.map(() => '---').join(' | ')} |`,
      ...scenarios.map((sc) => `| ${sc} | ${servers.map((sv) => cell(sc, sv)).join(' | ')} |`),
    ].join('\n')
    const summary = `cells: ${all.length - failed} pass, ${failed} FAIL (expected failures included)`
    writeFileSync(join(DIR, 'conformance-matrix.md'), `${table}\n\n${summary}\n`)
    console.log(`\n${table}\n`)
  }
}
