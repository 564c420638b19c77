// Collects the server x scenario results into a Markdown table (written after the suite).
import { mkdirSync, writeFileSync } from 'node:fs'

const rows = new Map<string, Map<string, 'pass' | 'FAIL'>>()

/** Runs one scenario against one server and records whether it passed. */
export async function record(server: string, scenario: string, fn: () => Promise<void>) {
  const row = rows.get(scenario) ?? new Map<string, 'pass' | 'FAIL'>()
  rows.set(scenario, row)
  try {
    await fn()
    row.set(server, 'pass')
  } catch (error) {
    row.set(server, 'FAIL')
    throw error
  } finally {
    writeMatrix()
  }
}

function writeMatrix() {
  const servers = [...new Set([...rows.values()].flatMap((row) => [...row.keys()]))].sort()
  const lines = [
    `| scenario | ${servers.join(' | ')} |`,
    `| --- | ${servers.map(() => '---').join(' | ')} |`,
    ...[...rows].map(
      ([scenario, row]) => `| ${scenario} | ${servers.map((s) => row.get(s) ?? '-').join(' | ')} |`,
    ),
  ]
  mkdirSync('test-results', { recursive: true })
  writeFileSync(`test-results/conformance-${process.pid}.md`, `${lines.join('\n')}\n`)
}
