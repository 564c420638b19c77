import { resolveDiffRowsOptions } from './diffRowsOptions'
import type { DiffRowsOptions } from './diffRowsOptions'
import { diffSegments } from './diffSegments'
import { lineDiff } from './lineDiff'
import { rowModel } from './rowModel'
import type { RowChunk, RowModel } from './rowModel'
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
    if (chunk.kind !== 'fold') pushRows(out, chunk)
    else {
      const rows: DiffLineRow[] = []
      for (const inner of chunk.open()) pushRows(rows, inner)
      out.push({ kind: 'fold', count: chunk.count, rows })
    }
  }
  return out
}

function pushRows(out: DiffRow[], chunk: RowChunk): void {
  // A fold only holds unchanged lines: open, it has no fold inside.
  if (chunk.kind === 'fold') {
    for (const inner of chunk.open()) pushRows(out, inner)
    return
  }
  for (let k = 0; k < chunk.count; k++) out.push(chunk.row(k))
}
