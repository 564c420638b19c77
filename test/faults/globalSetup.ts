/**
 * Collects what every fault test file tallied (one JSON line per fault, in a temporary folder
 * handed to the files with `provide`) and prints the grand total after the run:
 * `faults: N tried, N survived`.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { TestProject } from 'vitest/node'

declare module 'vitest' {
  export interface ProvidedContext {
    faultTallyDir: string
  }
}

/** A fault and whether every assertion about it passed. */
export interface TallyLine {
  suite: string
  fault: string
  survived: boolean
}

export default function setup(project: TestProject) {
  const dir = mkdtempSync(join(tmpdir(), 'ck-faults-'))
  project.provide('faultTallyDir', dir)
  return () => {
    const lines: TallyLine[] = readdirSync(dir).flatMap((file) =>
      readFileSync(join(dir, file), 'utf8')
        .split('\n')
        .filter(Boolean)
        .map((line) => JSON.parse(line) as TallyLine),
    )
    rmSync(dir, { recursive: true, force: true })
    if (lines.length === 0) return
    const survived = lines.filter((l) => l.survived)
    const failed = lines
      .filter((l) => !l.survived)
      .map((l) => `  not survived: ${l.suite} / ${l.fault}`)
    console.log(
      [...failed, `faults: ${lines.length} tried, ${survived.length} survived`].join('\n'),
    )
  }
}
