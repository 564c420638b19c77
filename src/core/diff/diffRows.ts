import { resolveDiffRowsOptions } from './diffRowsOptions'
import type { DiffRowsOptions } from './diffRowsOptions'
import { diffSegments } from './diffSegments'
import { lineDiff } from './lineDiff'
import { rowModel } from './rowModel'
import type { RowModel } from './rowModel'
import type { DiffLineRow, DiffRow } from './types'

export type { DiffRowsOptions } from './diffRowsOptions'

/**
 * The side-by-side row model of a line diff: equal, insert, delete and change rows with
 * line numbers, intra-line segments on change rows, and folded unchanged runs. Joining the
 * old sides (text + newline) of all rows, fold rows included, gives `original` exactly;
 * the new sides give `modified`. `DiffView` shows the same rows for the same texts and options.
 */
export function diffRows(
  original: string,
  modified: string,
  opts: DiffRowsOptions = {},
): DiffRow[] {
  const diff = lineDiff(original, modified, resolveDiffRowsOptions(opts).timeoutMs)
  return rowsOfModel(rowModel(diff, opts, diffSegments))
}

/** Every row of a row model, made now: its chunks' rows, folds as `fold` rows holding theirs. */
export function rowsOfModel(model: RowModel): DiffRow[] {
  const out: DiffRow[] = []
  for (const chunk of model.chunks) {
    if (chunk.kind !== 'fold') chunk.pushRows(out)
    else {
      const rows: DiffLineRow[] = []
      // A fold holds unchanged lines only: open, it has no fold inside.
      for (const inner of chunk.open()) if (inner.kind !== 'fold') inner.pushRows(rows)
      out.push({ kind: 'fold', count: chunk.count, rows })
    }
  }
  return out
}
