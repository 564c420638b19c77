import { spawnSync } from 'node:child_process'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import * as fc from 'fast-check'
import { lineChanges } from '../../../src/core/diff/index'
import { LineCodes } from '../../../src/core/diff/lineCodes'
import { hasGit } from '../merge/gitMergeFile'

/** git's changed blocks as [start, count, start, count] (0-based), from `git diff -U0`. */
function gitBlocks(dir: string, a: string, b: string): number[][] {
  writeFileSync(join(dir, 'a'), a)
  writeFileSync(join(dir, 'b'), b)
  const args = [
    'diff',
    '--no-index',
    '--no-indent-heuristic',
    '--diff-algorithm=myers',
    '-U0',
    'a',
    'b',
  ]
  const out = spawnSync('git', args, { cwd: dir, encoding: 'utf8' }).stdout
  return [...out.matchAll(/^@@ -(\d+)(?:,(\d+))? \+(\d+)(?:,(\d+))? @@/gm)].map((m) => {
    const n1 = m[2] === undefined ? 1 : Number(m[2])
    const n2 = m[4] === undefined ? 1 : Number(m[4])
    // Hunks with no lines on a side name the line before the gap.
    return [Number(m[1]) - (n1 ? 1 : 0), n1, Number(m[3]) - (n2 ? 1 : 0), n2]
  })
}

const text = fc
  .array(fc.constantFrom('a\n', 'b\n', 'c\n', 'd\n', '\n', 'a\r\n'), { maxLength: 30 })
  .map((l) => l.join(''))

describe.skipIf(!hasGit)('lineChanges vs git diff', () => {
  test('same changed blocks as git on repetitive random texts', () => {
    const dir = mkdtempSync(join(tmpdir(), 'ck-diff-'))
    try {
      fc.assert(
        fc.property(text, text, (a, b) => {
          const codes = new LineCodes()
          const ca = codes.encode(a).codes
          const cb = codes.encode(b).codes
          const mine = lineChanges(ca, cb, codes.size).changes.map((c) => [
            c.a,
            c.aCount,
            c.b,
            c.bCount,
          ])
          expect(mine).toEqual(gitBlocks(dir, a, b))
        }),
        { numRuns: 150 },
      )
    } finally {
      rmSync(dir, { recursive: true, force: true })
    }
  }, 60_000)
})
