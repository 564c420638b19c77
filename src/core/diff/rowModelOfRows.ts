import type { ChangeChunk, EqualChunk, RowChunk, RowList, RowModel } from './rowModel'
import type { DiffLineRow, DiffRow, DiffSide } from './types'

/** The row model of rows from `diffRows` (or made by hand): their folds kept, nothing refolded. */
export function rowModelOfRows(rows: readonly DiffRow[]): RowModel {
  let maxLineNumber = 0
  for (const row of rows) {
    for (const line of row.kind === 'fold' ? row.rows : [row]) {
      maxLineNumber = Math.max(maxLineNumber, line.old?.number ?? 0, line.new?.number ?? 0)
    }
  }
  return { chunks: chunksOfRows(rows, 0), maxLineNumber }
}

/** Chunks of rows whose first line row is at position `start`. */
function chunksOfRows(rows: readonly DiffRow[], start: number): RowChunk[] {
  const chunks: RowChunk[] = []
  let at = start
  let i = 0
  while (i < rows.length) {
    const row = rows[i] as DiffRow
    if (row.kind === 'fold') {
      const [hidden, fat] = [row.rows, at]
      chunks.push({
        kind: 'fold',
        at: fat,
        count: row.count,
        open: () => chunksOfRows(hidden, fat),
      })
      at += hidden.length
      i++
      continue
    }
    const isEqual = row.change === 'equal'
    let end = i + 1
    for (; end < rows.length; end++) {
      const next = rows[end] as DiffRow
      if (next.kind === 'fold' || (next.change === 'equal') !== isEqual) break
    }
    const run = rows.slice(i, end) as DiffLineRow[]
    chunks.push(isEqual ? equalRows(run, at) : changedRows(run, at))
    at += run.length
    i = end
  }
  return chunks
}

// A loop, not `push(...run)`: a long run would overflow the argument stack.
function pushAll(out: RowList, run: readonly DiffLineRow[]): void {
  for (const row of run) out.push(row)
}

/** Measures once, when first asked. */
function once(measureBoth: () => readonly [number, number]): () => readonly [number, number] {
  let widths: readonly [number, number] | null = null
  return () => (widths ??= measureBoth())
}

function widthsOf(rows: readonly DiffLineRow[]): readonly [number, number] {
  let old = 0
  let now = 0
  for (const row of rows) {
    old = Math.max(old, row.old?.text.length ?? 0)
    now = Math.max(now, row.new?.text.length ?? 0)
  }
  return [old, now]
}

function equalRows(run: readonly DiffLineRow[], at: number): EqualChunk {
  return {
    kind: 'equal',
    at,
    count: run.length,
    row: (k) => run[k] as DiffLineRow,
    pushRows: (out) => pushAll(out, run),
    widths: once(() => widthsOf(run)),
  }
}

function changedRows(run: readonly DiffLineRow[], at: number): ChangeChunk {
  const olds = run.flatMap((row) => (row.old ? [row.old] : []))
  const news = run.flatMap((row) => (row.new ? [row.new] : []))
  return {
    kind: 'change',
    at,
    count: run.length,
    olds: olds.length,
    news: news.length,
    row: (k) => run[k] as DiffLineRow,
    pushRows: (out) => pushAll(out, run),
    oldSide: (k) => olds[k] as DiffSide,
    newSide: (k) => news[k] as DiffSide,
    widths: once(() => widthsOf(run)),
  }
}
