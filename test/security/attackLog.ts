import { mkdirSync, writeFileSync } from 'node:fs'
import { afterAll, it } from 'vitest'

/** One attack tried, and whether the defence held. */
export interface AttackResult {
  area: string
  attack: string
  defence: string
  result: 'held' | 'broke'
}

/**
 * A catalogue of attacks as tests: `attack(area, name, defence, run)` is one test; `run` throws
 * (an assertion) when the defence does not hold. Each file writes its table to
 * `test-results/security/<file>.md` and prints the tally.
 */
export function attackLog(file: string) {
  const results: AttackResult[] = []
  afterAll(() => {
    const held = results.filter((r) => r.result === 'held').length
    const cell = (text: string) => text.replaceAll('|', '\\|').replaceAll('\n', ' ')
    const rows = results.map(
      (r) => `| ${cell(r.area)} | ${cell(r.attack)} | ${cell(r.defence)} | ${r.result} |`,
    )
    const table = [
      `# ${file}: ${held} of ${results.length} attacks held`,
      '',
      '| area | attack | defence | result |',
      '| --- | --- | --- | --- |',
      ...rows,
      '',
    ].join('\n')
    mkdirSync('test-results/security', { recursive: true })
    writeFileSync(`test-results/security/${file}.md`, table)
    process.stdout.write(`security ${file}: ${held} of ${results.length} attacks held\n`)
  })
  return function attack(area: string, name: string, defence: string, run: () => unknown) {
    it(`${area}: ${name}`, async () => {
      const entry: AttackResult = { area, attack: name, defence, result: 'broke' }
      results.push(entry)
      await run()
      entry.result = 'held'
    })
  }
}
