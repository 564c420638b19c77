import { diffSegments, wholeLine } from './diffSegments'
import type { SegmentGranularity } from './diffSegments'
import { foldRows } from './foldRows'
import { lineDiff } from './lineDiff'
import type { LineDiff } from './lineDiff'
import { side } from './side'
import type { DiffLineRow, DiffRow } from './types'

/** Options for `diffRows`. */
export interface DiffRowsOptions {
  /**
   * Unchanged lines kept visible around each change; longer unchanged runs become `fold`
   * rows. `Infinity` or `false` folds nothing. Defaults to `3`.
   */
  context?: number | false
  /** Granularity of the intra-line segments of `change` rows. Defaults to `'word'`. */
  granularity?: SegmentGranularity
  /**
   * Time budget in milliseconds. When it runs out the line diff settles for a coarser (still
   * exact) diff and changed lines get whole-line segments. Defaults to `1000`.
   */
  timeoutMs?: number
  /** Lines longer than this (either side) get whole-line segments. Defaults to `10000`. */
  maxLineLength?: number
  /** Replaced blocks with more line pairs than this get whole-line segments. Defaults to `2000`. */
  maxBlockLines?: number
}

/**
 * The side-by-side row model of a line diff: equal, insert, delete and change rows with
 * line numbers, intra-line segments on change rows, and folded unchanged runs. Joining the
 * old sides (text + newline) of all rows, fold rows included, gives `original` exactly;
 * the new sides give `modified`.
 */
export function diffRows(
  original: string,
  modified: string,
  opts: DiffRowsOptions = {},
): DiffRow[] {
  const timeoutMs = opts.timeoutMs ?? 1000
  const deadline = performance.now() + timeoutMs
  return rowsOfDiff(lineDiff(original, modified, timeoutMs), deadline, opts)
}

/** The rows of a finished line diff (see `diffRows`); `deadline` bounds the word segments. */
export function rowsOfDiff(
  diff: LineDiff,
  deadline: number,
  opts: DiffRowsOptions = {},
): DiffRow[] {
  const maxLine = opts.maxLineLength ?? 10_000
  const maxBlock = opts.maxBlockLines ?? 2000
  const granularity = opts.granularity ?? 'word'
  const { original: a, modified: b, changes } = diff

  const rows: DiffLineRow[] = []
  let i = 0
  let j = 0
  const emitEqual = (until: number): void => {
    while (i < until) {
      rows.push({ kind: 'line', change: 'equal', old: side(a, i), new: side(b, j) })
      i++
      j++
    }
  }
  for (const c of changes) {
    emitEqual(c.a)
    const pairs = Math.min(c.aCount, c.bCount)
    const detailed = pairs <= maxBlock
    for (let k = 0; k < pairs; k++) {
      const oldSide = side(a, i + k)
      const newSide = side(b, j + k)
      const fine =
        detailed &&
        oldSide.text.length <= maxLine &&
        newSide.text.length <= maxLine &&
        performance.now() < deadline
      const seg = fine
        ? diffSegments(oldSide.text, newSide.text, {
            granularity,
            timeoutMs: deadline - performance.now(),
          })
        : wholeLine(oldSide.text, newSide.text)
      oldSide.segments = seg.old
      newSide.segments = seg.new
      rows.push({ kind: 'line', change: 'change', old: oldSide, new: newSide })
    }
    for (let k = pairs; k < c.aCount; k++) {
      rows.push({ kind: 'line', change: 'delete', old: side(a, i + k), new: null })
    }
    for (let k = pairs; k < c.bCount; k++) {
      rows.push({ kind: 'line', change: 'insert', old: null, new: side(b, j + k) })
    }
    i += c.aCount
    j += c.bCount
  }
  emitEqual(a.codes.length)

  const context = opts.context ?? 3
  if (context === false || context === Infinity) return rows
  return foldRows(rows, context)
}
