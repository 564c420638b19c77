import type { DiffLineRow, DiffRow, DiffSide } from '../../core/diff/types'

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
      /** Whether this line belongs to a `change` row (so its segments are word-level). */
      fromChange: boolean
    }
  | { type: 'fold'; key: string; rowIndex: number; count: number }

/** Items plus where each change (a run of non-equal lines) starts and ends, as item indexes. */
export interface DiffLayout {
  items: DiffItem[]
  /** `[start, end)` item ranges of each change, in order. */
  hunks: [number, number][]
  /** Longest text on each side, in characters, to size the columns. */
  maxOldLength: number
  maxNewLength: number
  maxLineNumber: number
}

function unifiedItems(row: DiffLineRow, key: string): DiffItem[] {
  const { old, new: next } = row
  if (row.change === 'equal' && next) {
    const side = next
    return [
      {
        type: 'unified',
        key,
        change: 'equal',
        oldNumber: old?.number ?? null,
        newNumber: side.number,
        side,
        fromChange: false,
      },
    ]
  }
  const out: DiffItem[] = []
  if (old) {
    out.push({
      type: 'unified',
      key: `${key}-`,
      change: 'delete',
      oldNumber: old.number,
      newNumber: null,
      side: old,
      fromChange: row.change === 'change',
    })
  }
  if (next) {
    out.push({
      type: 'unified',
      key: `${key}+`,
      change: 'insert',
      oldNumber: null,
      newNumber: next.number,
      side: next,
      fromChange: row.change === 'change',
    })
  }
  return out
}

/**
 * Flattens the row model into fixed-height items for one mode, opening the folds in
 * `expanded` (by row index). Pure, so the virtual window can index into it directly.
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

  const pushLine = (row: DiffLineRow, key: string) => {
    maxOldLength = Math.max(maxOldLength, row.old?.text.length ?? 0)
    maxNewLength = Math.max(maxNewLength, row.new?.text.length ?? 0)
    maxLineNumber = Math.max(maxLineNumber, row.old?.number ?? 0, row.new?.number ?? 0)
    const isChange = row.change !== 'equal'
    if (isChange && hunkStart < 0) hunkStart = items.length
    if (!isChange && hunkStart >= 0) {
      hunks.push([hunkStart, items.length])
      hunkStart = -1
    }
    if (mode === 'split') items.push({ type: 'split', key, row })
    else items.push(...unifiedItems(row, key))
  }

  rows.forEach((row, index) => {
    if (row.kind === 'line') {
      pushLine(row, String(index))
    } else if (expanded.has(index)) {
      row.rows.forEach((inner, j) => pushLine(inner, `${index}.${j}`))
    } else {
      if (hunkStart >= 0) {
        hunks.push([hunkStart, items.length])
        hunkStart = -1
      }
      for (const inner of row.rows) {
        maxLineNumber = Math.max(maxLineNumber, inner.old?.number ?? 0, inner.new?.number ?? 0)
      }
      items.push({ type: 'fold', key: `f${index}`, rowIndex: index, count: row.count })
    }
  })
  if (hunkStart >= 0) hunks.push([hunkStart, items.length])
  return { items, hunks, maxOldLength, maxNewLength, maxLineNumber }
}
