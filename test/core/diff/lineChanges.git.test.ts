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
  const out = spawnSync('git', args, { cwd: dir, encoding: 'utf8', maxBuffer: 1 << 30 }).stdout
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

  test("same blocks on large, heavily edited texts (git's cost cut-offs in play)", () => {
    let seed = 3
    const rnd = () => {
      seed = (Math.imul(seed, 1103515245) + 12345) & 0x7fffffff
      return seed / 0x7fffffff
    }
    const line = () => `v${Math.floor(rnd() * 300)}\n`
    let a = ''
    let b = ''
    // Alternating calm and heavily edited stretches give long snakes and high edit costs;
    // 60k lines make the cost limit exceed 256, so both of git's cut-offs come into play.
    for (let i = 0; i < 60_000;) {
      const heavy = rnd() < 0.5
      const len = 10 + Math.floor(rnd() * 60)
      for (let k = 0; k < len; k++, i++) {
        const l = line()
        a += l
        if (heavy && rnd() < 0.5) b += (rnd() < 0.5 ? line() : '') + (rnd() < 0.3 ? line() : '')
        else b += l
      }
    }
    const dir = mkdtempSync(join(tmpdir(), 'ck-diff-'))
    try {
      const codes = new LineCodes()
      const ea = codes.encode(a)
      const changes = lineChanges(ea.codes, codes.encode(b, ea).codes, codes.size).changes
      expect(changes.length).toBeGreaterThan(1000)
      expect(changes.map((c) => [c.a, c.aCount, c.b, c.bCount])).toEqual(gitBlocks(dir, a, b))
    } finally {
      rmSync(dir, { recursive: true, force: true })
    }
  }, 60_000)
})
