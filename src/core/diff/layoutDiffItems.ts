import type { DiffLineRow, DiffRow, DiffSide } from './types'

/** How `DiffView` lays rows out: both sides in one grid row, or one column of signed lines. */
export type DiffViewMode = 'split' | 'unified'

/** One fixed-height line of the rendered view. */
export type DiffItem =
  | { type: 'split'; key: string; row: DiffLineRow }
  | {
      type: 'unified'
      key: string
      change: 'equal' | 'insert' | 'delete'
      oldNumber: number | null
      newNumber: number | null
      side: DiffSide
    }
  /** `foldId` names the fold for `expanded`: a row index, or the first hidden original line. */
  | { type: 'fold'; key: string; foldId: number; count: number }

/** Items plus where each change (a run of non-equal lines) starts and ends, as item indexes. */
export interface DiffLayout {
  /** Number of items. */
  count: number
  /** Item `index` (0 <= index < count); may be made on demand. */
  item: (index: number) => DiffItem
  /** `[start, end)` item ranges of each change, in order. */
  hunks: [number, number][]
  /** Longest text on each side, in characters, to size the columns. */
  maxOldLength: number
  maxNewLength: number
  maxLineNumber: number
}

/**
 * Flattens the row model into fixed-height items for one mode, opening the folds in
 * `expanded` (by row index). In unified mode each change lists its old lines, then its new
 * lines, as `diff -u` does. Pure, so the virtual window can index into it directly.
 */
export function layoutDiffItems(
  rows: readonly DiffRow[],
  mode: DiffViewMode,
  expanded: ReadonlySet<number>,
): DiffLayout {
  const items: DiffItem[] = []
  const hunks: [number, number][] = []
  let maxOldLength = 0
  let maxNewLength = 0
  let maxLineNumber = 0
  let hunkStart = -1
  // Unified mode holds a change's new lines back until its old lines are all out.
  let inserts: DiffItem[] = []

  const endHunk = () => {
    items.push(...inserts)
    inserts = []
    if (hunkStart >= 0) hunks.push([hunkStart, items.length])
    hunkStart = -1
  }

  const pushLine = (row: DiffLineRow, key: string) => {
    maxOldLength = Math.max(maxOldLength, row.old?.text.length ?? 0)
    maxNewLength = Math.max(maxNewLength, row.new?.text.length ?? 0)
    maxLineNumber = Math.max(maxLineNumber, row.old?.number ?? 0, row.new?.number ?? 0)
    if (row.change === 'equal') endHunk()
    else if (hunkStart < 0) hunkStart = items.length
    if (mode === 'split') {
      items.push({ type: 'split', key, row })
    } else if (row.change === 'equal' && row.new) {
      const side = row.new
      items.push({
        type: 'unified',
        key,
        change: 'equal',
        oldNumber: row.old?.number ?? null,
        newNumber: side.number,
        side,
      })
    } else {
      if (row.old) {
        items.push({
          type: 'unified',
          key: `${key}-`,
          change: 'delete',
          oldNumber: row.old.number,
          newNumber: null,
          side: row.old,
        })
      }
      if (row.new) {
        inserts.push({
          type: 'unified',
          key: `${key}+`,
          change: 'insert',
          oldNumber: null,
          newNumber: row.new.number,
          side: row.new,
        })
      }
    }
  }

  rows.forEach((row, index) => {
    if (row.kind === 'line') {
      pushLine(row, String(index))
    } else if (expanded.has(index)) {
      row.rows.forEach((inner, j) => pushLine(inner, `${index}.${j}`))
    } else {
      endHunk()
      for (const inner of row.rows) {
        maxLineNumber = Math.max(maxLineNumber, inner.old?.number ?? 0, inner.new?.number ?? 0)
      }
      items.push({ type: 'fold', key: `f${index}`, foldId: index, count: row.count })
    }
  })
  endHunk()
  return {
    count: items.length,
    item: (index) => items[index] as DiffItem,
    hunks,
    maxOldLength,
    maxNewLength,
    maxLineNumber,
  }
}
