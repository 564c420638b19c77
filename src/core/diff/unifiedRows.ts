import type { DiffFoldRow, DiffLineRow, DiffRow } from './types'

/**
 * A row of the unified view: `change` rows are split into a `delete` row and an `insert`
 * row. Sides that came from a `change` row keep their intra-line `segments`.
 */
export type UnifiedRow = DiffFoldRow | (DiffLineRow & { change: 'equal' | 'insert' | 'delete' })

/**
 * Turns side-by-side rows into unified-view rows: within each run of changed rows, all old
 * lines first (as deletes), then all new lines (as inserts), as `diff -u` prints them.
 */
export function unifiedRows(rows: readonly DiffRow[]): UnifiedRow[] {
  const out: UnifiedRow[] = []
  let deletes: UnifiedRow[] = []
  let inserts: UnifiedRow[] = []
  const flush = (): void => {
    out.push(...deletes, ...inserts)
    deletes = []
    inserts = []
  }
  for (const row of rows) {
    if (row.kind === 'fold' || row.change === 'equal') {
      flush()
      out.push(row as UnifiedRow)
      continue
    }
    if (row.old) deletes.push({ kind: 'line', change: 'delete', old: row.old, new: null })
    if (row.new) inserts.push({ kind: 'line', change: 'insert', old: null, new: row.new })
  }
  flush()
  return out
}
