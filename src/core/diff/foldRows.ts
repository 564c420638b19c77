import type { DiffLineRow, DiffRow } from './types'

/** A fold must hide at least this many lines; hiding one line saves no space. */
const MIN_HIDDEN = 2

/**
 * Folds runs of unchanged rows, keeping `context` rows next to each change visible. The
 * hidden rows travel inside the `fold` row, so nothing is lost.
 */
export function foldRows(rows: readonly DiffLineRow[], context: number): DiffRow[] {
  const keep = Math.max(0, Math.floor(context))
  const out: DiffRow[] = []
  let i = 0
  while (i < rows.length) {
    const row = rows[i] as DiffLineRow
    if (row.change !== 'equal') {
      out.push(row)
      i++
      continue
    }
    let end = i
    while (end < rows.length && (rows[end] as DiffLineRow).change === 'equal') end++
    const before = i > 0 ? keep : 0
    const after = end < rows.length ? keep : 0
    const hidden = end - i - before - after
    if (hidden >= MIN_HIDDEN) {
      for (let k = i; k < i + before; k++) out.push(rows[k] as DiffLineRow)
      const folded = rows.slice(i + before, end - after)
      out.push({ kind: 'fold', count: folded.length, rows: folded })
      for (let k = end - after; k < end; k++) out.push(rows[k] as DiffLineRow)
    } else {
      for (let k = i; k < end; k++) out.push(rows[k] as DiffLineRow)
    }
    i = end
  }
  return out
}
