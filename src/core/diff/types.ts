/** A piece of a changed line: kept, inserted or deleted text. */
export interface DiffSegment {
  change: 'equal' | 'insert' | 'delete'
  text: string
}

/** One side of a line row. `text` has no line terminator; `newline` is the one it had. */
export interface DiffSide {
  /** 1-based line number. */
  number: number
  text: string
  newline: '\n' | '\r\n' | ''
  /** Intra-line segments, present on `change` rows (and only there). */
  segments?: DiffSegment[]
}

/** A line pair: `old` is null for inserts, `new` is null for deletes. */
export interface DiffLineRow {
  kind: 'line'
  change: 'equal' | 'insert' | 'delete' | 'change'
  old: DiffSide | null
  new: DiffSide | null
}

/** A run of unchanged lines folded away; `rows` are the hidden `equal` rows. */
export interface DiffFoldRow {
  kind: 'fold'
  count: number
  rows: DiffLineRow[]
}

/** The row model `DiffView` renders. */
export type DiffRow = DiffLineRow | DiffFoldRow
