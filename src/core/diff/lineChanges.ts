import { compactChanges } from './compactChanges'
import { markChanges } from './markChanges'
import type { ChangeMarks } from './markChanges'

/** A block of changed lines: `aCount` lines at `a` replaced by `bCount` lines at `b` (0-based). */
export interface LineChange {
  a: number
  aCount: number
  b: number
  bCount: number
}

/** The changed blocks between two line-code sequences, and whether the budget ran out. */
export interface LineChanges {
  changes: LineChange[]
  coarse: boolean
}

/**
 * Diffs two sequences of line codes (from one `LineCodes`, so `codeCount` bounds them) the
 * way git does, blocks placed canonically. Past `deadline` (a `performance.now()` value)
 * the diff gets coarser but stays a valid diff. Defaults to no deadline.
 */
export function lineChanges(
  a: Int32Array,
  b: Int32Array,
  codeCount: number,
  deadline = Infinity,
): LineChanges {
  const marks = markChanges(a, b, codeCount, deadline)
  return { changes: changesFromMarks(marks, a, b), coarse: marks.coarse }
}

/** Places the marked blocks canonically and lists them as changes. */
export function changesFromMarks(marks: ChangeMarks, a: Int32Array, b: Int32Array): LineChange[] {
  compactChanges(marks.a, a, marks.b, b.length)
  compactChanges(marks.b, b, marks.a, a.length)
  const changes: LineChange[] = []
  const fa = marks.a
  const fb = marks.b
  let i = 0
  let j = 0
  while (i < a.length || j < b.length) {
    if (fa[i + 1] || fb[j + 1]) {
      const start = { a: i, b: j }
      while (fa[i + 1]) i++
      while (fb[j + 1]) j++
      changes.push({ a: start.a, aCount: i - start.a, b: start.b, bCount: j - start.b })
    } else {
      i++
      j++
    }
  }
  return changes
}
