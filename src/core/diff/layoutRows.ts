import type { RowChunk, RowModel } from './rowModel'
import type { DiffLineRow, DiffSide } from './types'

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
  /** `foldId` names the fold for `expanded`: the position of the first line it hides (see `RowModel`). */
  | { type: 'fold'; key: string; foldId: number; count: number }

/** Items plus where each change (a run of non-equal lines) starts and ends, as item indexes. */
export interface DiffLayout {
  /** Number of items. */
  count: number
  /** Item `index` (0 <= index < count), made when asked for. */
  item: (index: number) => DiffItem
  /** `[start, end)` item ranges of each change, in order. */
  hunks: [number, number][]
  /** Longest text on each side, in characters, to size the columns (folded lines not counted). */
  maxOldLength: number
  maxNewLength: number
  maxLineNumber: number
}

interface Span {
  /** Index of the span's first item. */
  start: number
  chunk: RowChunk
}

/**
 * The fixed-height items of a row model for one mode, with the folds in `expanded` (by fold
 * id) open. Only the spans (one per chunk) are made up front; an item, its text and its word
 * segments, when the virtual window asks for it. In unified mode each change lists its old
 * lines, then its new lines, as `diff -u` does.
 */
export function layoutRows(
  model: RowModel,
  mode: DiffViewMode,
  expanded: ReadonlySet<number>,
): DiffLayout {
  const spans: Span[] = []
  const hunks: [number, number][] = []
  let count = 0
  let maxOldLength = 0
  let maxNewLength = 0
  const add = (chunks: readonly RowChunk[]) => {
    for (const chunk of chunks) {
      if (chunk.kind === 'fold') {
        if (expanded.has(chunk.at)) add(chunk.open())
        else spans.push({ start: count++, chunk })
        continue
      }
      const items =
        chunk.kind === 'change' && mode === 'unified' ? chunk.olds + chunk.news : chunk.count
      if (items === 0) continue
      if (chunk.kind === 'change') {
        // Changes with nothing between them (rows folded around a change) are one change.
        const last = hunks[hunks.length - 1]
        if (last && last[1] === count) last[1] += items
        else hunks.push([count, count + items])
      }
      const [oldLength, newLength] = chunk.widths()
      maxOldLength = Math.max(maxOldLength, oldLength)
      maxNewLength = Math.max(maxNewLength, newLength)
      spans.push({ start: count, chunk })
      count += items
    }
  }
  add(model.chunks)

  const item = (index: number): DiffItem => {
    let lo = 0
    let hi = spans.length - 1
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1
      if ((spans[mid] as Span).start <= index) lo = mid
      else hi = mid - 1
    }
    const { start, chunk } = spans[lo] as Span
    const k = index - start
    if (chunk.kind === 'fold') {
      return { type: 'fold', key: `f${chunk.at}`, foldId: chunk.at, count: chunk.count }
    }
    if (mode === 'split') return { type: 'split', key: String(chunk.at + k), row: chunk.row(k) }
    if (chunk.kind === 'equal') {
      const row = chunk.row(k)
      return {
        type: 'unified',
        key: String(chunk.at + k),
        change: 'equal',
        oldNumber: row.old?.number ?? null,
        newNumber: row.new?.number ?? null,
        side: (row.new ?? row.old) as DiffSide,
      }
    }
    if (k < chunk.olds) {
      const side = chunk.oldSide(k)
      const key = `${chunk.at}-${k}`
      return {
        type: 'unified',
        key,
        change: 'delete',
        oldNumber: side.number,
        newNumber: null,
        side,
      }
    }
    const side = chunk.newSide(k - chunk.olds)
    const key = `${chunk.at}+${k - chunk.olds}`
    return { type: 'unified', key, change: 'insert', oldNumber: null, newNumber: side.number, side }
  }

  return {
    count,
    item,
    hunks,
    maxOldLength,
    maxNewLength,
    maxLineNumber: model.maxLineNumber,
  }
}
