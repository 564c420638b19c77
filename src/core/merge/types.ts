/** A location inside a JSON value: object keys and array indexes (or item ids). */
export type MergePath = (string | number)[]

/** A region of a text that both sides changed differently. Line ranges are 0-based, end-exclusive. */
export interface TextConflict {
  base: string
  mine: string
  theirs: string
  baseRange: [start: number, end: number]
  mineRange: [start: number, end: number]
  theirsRange: [start: number, end: number]
}

/** One piece of a merged text: settled text, or a conflict still to decide. */
export type MergeChunk = { type: 'ok'; text: string } | { type: 'conflict'; conflict: TextConflict }

/** Result of `mergeText`. `chunks` joined (conflicts as markers) give `text`. */
export type MergeTextResult =
  | { clean: true; text: string; hunks: []; chunks: MergeChunk[] }
  | { clean: false; text: string; hunks: TextConflict[]; chunks: MergeChunk[] }

/** A place in a JSON value both sides changed differently (or one deleted what the other edited). */
export interface MergeConflict {
  path: MergePath
  base: unknown
  mine: unknown
  theirs: unknown
  /** For strings merged as text: the text merge with its hunks. */
  text?: MergeTextResult
}

/** A change merged automatically, and whose it was. */
export interface MergeChange {
  /** Where the change is in `merged` (indexes into id-matched arrays are merged's). */
  path: MergePath
  from: 'mine' | 'theirs' | 'both'
  /**
   * Set where `path` crosses an array merged by item id and mine holds the item at another
   * index: mine's own path to the same place, or null where mine lacks the item. Absent when
   * `path` reads mine too.
   */
  minePath?: MergePath | null
  /**
   * Set on an item of an id-matched array that the merge removed: `merged` lacks it, and
   * the index in `path` is where it would stand.
   */
  removed?: true
}

/** Result of `mergeValues`. At conflicting paths `merged` holds theirs (the server's truth). */
export interface MergeResult<T> {
  clean: boolean
  merged: T
  conflicts: MergeConflict[]
  /** Changes applied automatically, in document order. */
  changes: MergeChange[]
}
