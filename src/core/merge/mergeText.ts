import { lineChanges } from '../diff/lineChanges'
import type { LineChange } from '../diff/lineChanges'
import { LineCodes, sliceLines } from '../diff/lineCodes'
import { conflictMarkers } from './conflictMarkers'
import type { MarkerOptions } from './conflictMarkers'
import { mergeRegions } from './mergeRegions'
import type { MergeChunk, MergeTextResult, TextConflict } from './types'

function sameRun(x: Int32Array, i: number, y: Int32Array, j: number, n: number): boolean {
  for (let k = 0; k < n; k++) if (x[i + k] !== y[j + k]) return false
  return true
}

/** Options for `mergeText`. */
export interface MergeTextOptions extends MarkerOptions {}

/**
 * Three-way line merge of `mine` and `theirs` against their common `base` (diff3). Agrees
 * with `git merge-file` on whether the merge is clean and on the clean result: changes from
 * the two sides that overlap or touch are a conflict unless identical. With conflicts,
 * `text` carries conflict markers and `hunks` the conflicting regions; `chunks` let a UI
 * rebuild the text from per-hunk choices (see `resolveChunks`).
 */
export function mergeText(
  base: string,
  mine: string,
  theirs: string,
  opts: MergeTextOptions = {},
): MergeTextResult {
  const codes = new LineCodes()
  const lines = { base: codes.encode(base), mine: codes.encode(mine), theirs: codes.encode(theirs) }
  const cb = lines.base.codes
  const cm = lines.mine.codes
  const ct = lines.theirs.codes
  const toMine = lineChanges(cb, cm, codes.size).changes
  const toTheirs = lineChanges(cb, ct, codes.size).changes
  const sameLines = (m: LineChange, t: LineChange): boolean => sameRun(cm, m.b, ct, t.b, m.bCount)
  const sizes = { base: cb.length, mine: cm.length, theirs: ct.length }
  const regions = mergeRegions(toMine, toTheirs, sizes, sameLines)

  const chunks: MergeChunk[] = []
  const hunks: TextConflict[] = []
  let ok = ''
  let text = ''
  let at = 0
  for (const r of regions) {
    // A conflict whose two sides came out the same is settled: git's default keeps it too.
    const settled =
      r.kind === 'conflict' &&
      r.mineCount === r.theirsCount &&
      sameRun(cm, r.mine, ct, r.theirs, r.mineCount)
    if (settled) continue
    ok += sliceLines(lines.mine, at, r.mine)
    at = r.mine + r.mineCount
    if (r.kind === 'mine') ok += sliceLines(lines.mine, r.mine, at)
    else if (r.kind === 'theirs') ok += sliceLines(lines.theirs, r.theirs, r.theirs + r.theirsCount)
    else {
      const conflict: TextConflict = {
        base: sliceLines(lines.base, r.base, r.base + r.baseCount),
        mine: sliceLines(lines.mine, r.mine, at),
        theirs: sliceLines(lines.theirs, r.theirs, r.theirs + r.theirsCount),
        baseRange: [r.base, r.base + r.baseCount],
        mineRange: [r.mine, at],
        theirsRange: [r.theirs, r.theirs + r.theirsCount],
      }
      if (ok !== '') chunks.push({ type: 'ok', text: ok })
      text += ok + conflictMarkers(conflict, lines, opts)
      ok = ''
      chunks.push({ type: 'conflict', conflict })
      hunks.push(conflict)
    }
  }
  ok += sliceLines(lines.mine, at, cm.length)
  if (ok !== '') chunks.push({ type: 'ok', text: ok })
  text += ok
  if (hunks.length === 0) return { clean: true, text, hunks: [], chunks }
  return { clean: false, text, hunks, chunks }
}
