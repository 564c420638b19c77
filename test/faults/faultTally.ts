import { appendFileSync } from 'node:fs'
import { join } from 'node:path'
import { inject } from 'vitest'
import type { TallyLine } from './globalSetup'

/**
 * Counts the faults a test file tries and survives, prints the file's line after its tests,
 * and hands each result to the run's total (see globalSetup.ts).
 */
export function faultTally(suite: string) {
  const results = new Map<string, boolean>()
  afterAll(() => {
    const survived = [...results.values()].filter(Boolean).length
    console.log(`faults (${suite}): ${results.size} tried, ${survived} survived`)
    const dir = inject('faultTallyDir')
    if (!dir) return
    const lines = [...results].map(([fault, ok]): TallyLine => ({ suite, fault, survived: ok }))
    appendFileSync(
      join(dir, `${suite.replace(/\W+/g, '-')}.jsonl`),
      lines.map((l) => JSON.stringify(l)).join('\n') + '\n',
    )
  })
  return {
    /** Marks `fault` as tried; call `survived()` once every assertion about it has passed. */
    tried(fault: string) {
      results.set(fault, false)
      return { survived: () => void results.set(fault, true) }
    },
  }
}
