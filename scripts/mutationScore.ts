/**
 * Per-file mutation score check (`npm run test:mutation` runs it after Stryker): reads a
 * mutation report (Stryker's JSON report by default, or the committed incremental file given
 * as the first argument) and fails, with a table, when a decision file of core scores below
 * its threshold or is missing from the report. Stryker's own `thresholds.break` is one number
 * for all files; the kit holds the classifier to 85% and everything else to 90%.
 *
 * Score = (killed + timed out) / (killed + timed out + survived + no coverage), as Stryker
 * counts it: mutants that do not compile or are disabled with a reason are not counted.
 * `--markdown` prints the table as Markdown (the README's "Mutation testing" section).
 *
 * A file listed in `notYetEnforced` is scored and shown like the others, but a score below its
 * threshold is reported instead of failing: it is there only while that file is being reworked,
 * and the entry goes when the rework lands with the tests that bring it to its threshold.
 */
import { readFileSync } from 'node:fs'

const say = (line: string) => process.stdout.write(`${line}\n`)

/** Minimum mutation score (%) per mutated file, the list `stryker.config.mjs` mutates. */
export const thresholds: Record<string, number> = {
  'src/core/resource/saveStep.ts': 90,
  'src/core/resource/writePrecondition.ts': 90,
  'src/core/merge/mergeValues.ts': 90,
  'src/core/merge/mergeText.ts': 90,
  'src/core/draft/omitSecrets.ts': 90,
  'src/core/http/classify.ts': 85,
}

/** Files whose threshold is reported but not yet enforced, with the reason. */
export const notYetEnforced: Record<string, string> = {
  'src/core/resource/writePrecondition.ts':
    'the precondition choice is being reworked; the tests for its survivors come with it',
  'src/core/http/classify.ts':
    "the classifier's decision is being reworked; the tests for its survivors come with it",
}

interface Mutant {
  status: string
}
interface Report {
  files: Record<string, { mutants: Mutant[] }>
}

/** Counts of one file's mutants and its score, or null when nothing in it counts. */
export function fileScore(mutants: Mutant[]) {
  const count = (status: string) => mutants.filter((m) => m.status === status).length
  const killed = count('Killed')
  const timeout = count('Timeout')
  const survived = count('Survived')
  const noCoverage = count('NoCoverage')
  const detected = killed + timeout
  const valid = detected + survived + noCoverage
  const score = valid === 0 ? null : (100 * detected) / valid
  return { killed, timeout, survived, noCoverage, score }
}

const markdownRow = (cells: string[]) => `| ${cells.join(' | ')} |`

function main() {
  const args = process.argv.slice(2)
  const markdown = args.includes('--markdown')
  const path = args.find((a) => !a.startsWith('--')) ?? 'test-results/mutation/mutation.json'
  const report = JSON.parse(readFileSync(path, 'utf8')) as Report
  const files = new Map(
    Object.entries(report.files).map(([name, file]) => [name.replace(/^.*?(?=src\/)/, ''), file]),
  )

  const rows = Object.entries(thresholds).map(([name, min]) => {
    const file = files.get(name)
    const counts = file ? fileScore(file.mutants) : null
    const score = counts?.score ?? null
    const met = score !== null && score >= min
    const waived = !met && counts !== null && notYetEnforced[name] !== undefined
    const verdict = !counts ? 'MISSING' : met ? 'ok' : waived ? 'below, not enforced yet' : 'BELOW'
    return { name, min, counts, score, verdict, waived }
  })

  const header = ['file', 'score', 'min', 'killed', 'timeout', 'survived', 'no cov', '']
  const table = rows.map((r) => [
    r.name,
    r.score === null ? '-' : `${r.score.toFixed(2)}%`,
    `${r.min}%`,
    String(r.counts?.killed ?? '-'),
    String(r.counts?.timeout ?? '-'),
    String(r.counts?.survived ?? '-'),
    String(r.counts?.noCoverage ?? '-'),
    r.verdict,
  ])
  if (markdown) {
    say(markdownRow(header.slice(0, -1)))
    say(markdownRow(header.slice(0, -1).map(() => '---')))
    for (const row of table) {
      say(markdownRow(row.slice(0, -1).map((c, i) => (i ? c : `\`${c}\``))))
    }
  } else {
    const widths = header.map((h, i) => Math.max(h.length, ...table.map((row) => row[i]!.length)))
    const line = (cells: string[]) => cells.map((c, i) => c.padEnd(widths[i]!)).join('  ')
    say(line(header))
    for (const row of table) say(line(row))
  }

  for (const r of rows.filter((row) => row.waived)) {
    say(`\n${r.name}: below ${r.min}%, not enforced yet: ${notYetEnforced[r.name]}`)
  }
  const failing = rows.filter((r) => r.verdict !== 'ok' && !r.waived)
  if (failing.length > 0) {
    console.error(
      `\nmutation score below its threshold or missing from ${path}: ` +
        failing.map((r) => `${r.name} (${r.verdict})`).join(', '),
    )
    process.exit(1)
  }
  say(`\nno file below an enforced threshold (${path})`)
}

main()
