// Scores classifyResponse on the corpus of real responses (train, held-out and gathered-after
// parts, and their total), on the second held-out set of unseen services (unseen.ts), and on the
// fixture table. Usage: npm run classify-report [-- --train-failures]
// Only train failures can be listed: rules are never written against held-out responses.
import {
  runCorpus,
  runFixtures,
  runLater,
  runUnseen,
  scorePart,
  scoreUnseen,
  type PartScore,
} from '../test/core/http/corpus/score'

const pct = (n: number, d: number) => (d === 0 ? '-' : `${((100 * n) / d).toFixed(1)}%`)

function row(name: string, s: PartScore): string {
  return `| ${name} | ${s.responses} | ${s.services} | ${s.kinds}/${s.responses} (${pct(s.kinds, s.responses)}) | ${s.fields}/${s.fieldsExpected} (${pct(s.fields, s.fieldsExpected)}) | ${s.values}/${s.valuesExpected} |`
}

/** The report as markdown. */
export async function classifyReport(listTrainFailures = false): Promise<string> {
  const results = await runCorpus()
  const train = results.filter((r) => !r.heldOut)
  const held = results.filter((r) => r.heldOut)
  const fixtures = await runFixtures()
  const after = await runLater()
  const fresh = await runUnseen()
  const lines = [
    '| part | responses | services | kinds right | fields right | values right |',
    '|---|---|---|---|---|---|',
    row('train', scorePart(train)),
    row('held-out', scorePart(held)),
    row('all', scorePart(results)),
    row('gathered after the rules', scorePart(after)),
    row('whole corpus', scorePart([...results, ...after])),
    row('second held-out set (unseen services)', scoreUnseen(fresh)),
    '',
    `Fixture table (test/core/http/fixtures/responses.ts): ${fixtures.passing}/${fixtures.total} hold.`,
  ]
  for (const f of fixtures.failing) lines.push(`- fixture does not hold: ${f}`)
  if (listTrainFailures) {
    lines.push('', 'Train responses answered wrongly:')
    for (const r of train) {
      if (r.kindOk && r.fieldOk !== false) continue
      const got = `${r.problem.kind}${r.problem.field ? ` field=${r.problem.field}` : ''}`
      const want = `${r.entry.expect.kind}${r.entry.expect.field ? ` field=${r.entry.expect.field}` : ''}`
      lines.push(
        `- ${r.entry.status} ${r.entry.service}: got ${got}, want ${want} (${r.entry.source})`,
      )
    }
  }
  return lines.join('\n')
}

if (import.meta.url === `file://${process.argv[1]}`) {
  process.stdout.write(`${await classifyReport(process.argv.includes('--train-failures'))}\n`)
}
