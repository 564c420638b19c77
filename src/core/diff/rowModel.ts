import { resolveDiffRowsOptions } from './diffRowsOptions'
import type { DiffRowsOptions, ResolvedDiffRowsOptions } from './diffRowsOptions'
import type { LineChange } from './lineChanges'
import type { EncodedLines } from './lineCodes'
import type { LineDiff } from './lineDiff'
import { unmarkedLine, wholeLine } from './segmentPair'
import type { SegmentPair, WordSegmenter } from './segmentPair'
import { side } from './side'
import type { DiffLineRow, DiffSide } from './types'

/*
 * The row model between a line diff and every view of it: `diffRows` materialises it as an
 * array, `DiffView` lays it out a window at a time (`layoutRows`). It is a list of chunks in
 * side-by-side order, made up front at the cost of one chunk per change and per unchanged run;
 * the rows inside a chunk (their text, their word segments) are made only when asked for, so a
 * document of any length costs what is shown.
 *
 * - Positions. Every line row has a position: its index among all line rows in side-by-side
 *   order with every fold open. A chunk's `at` is the position of its first row, so a fold's
 *   `at` (its id) is the position of the first line it hides: the same number in either view
 *   mode, and for a model made from a line diff or from `diffRows`' rows of it.
 * - Folding. An unchanged run is folded when, after keeping `context` lines next to each
 *   change (none at either end of the document), at least `MIN_HIDDEN` lines remain to hide.
 *   A model made from rows keeps their folds as they are.
 * - Word segments. A changed line pair gets its segments the first time one of its sides is
 *   asked for, from the `WordSegmenter` given (a parameter, so a view can load the word diff as
 *   a chunk of its own), and keeps them. Pairs in blocks over `maxBlockLines`, with a side over
 *   `maxLineLength`, or asked for once the diff's `timeoutMs` is spent, get whole-line
 *   segments. With no segmenter (still loading) pairs show unmarked and nothing is kept.
 */

/** A fold hides at least this many lines: folding one line saves no space. */
const MIN_HIDDEN = 2

/** Unchanged lines, `count` rows from position `at`. */
export interface EqualChunk {
  kind: 'equal'
  at: number
  count: number
  /** Row `k` (0 <= k < count). */
  row(k: number): DiffLineRow
  /** Appends every row, in order: what `diffRows` makes of the chunk. */
  pushRows(out: RowList): void
  /** Longest text on the old and on the new side, in characters. */
  widths(): readonly [number, number]
}

/** One change: `count` side-by-side rows holding `olds` old and `news` new lines. */
export interface ChangeChunk {
  kind: 'change'
  at: number
  count: number
  olds: number
  news: number
  /** Side-by-side row `k` (0 <= k < count). */
  row(k: number): DiffLineRow
  /** The `k`-th old line of the change (0 <= k < olds), as the unified view lists them. */
  oldSide(k: number): DiffSide
  /** The `k`-th new line of the change (0 <= k < news). */
  newSide(k: number): DiffSide
  /** Appends every side-by-side row, in order: what `diffRows` makes of the chunk. */
  pushRows(out: RowList): void
  /** Longest text on the old and on the new side, in characters. */
  widths(): readonly [number, number]
}

/** Unchanged lines folded away; `at` is the fold's id, `count` the lines it hides. */
export interface FoldChunk {
  kind: 'fold'
  at: number
  count: number
  /** The chunks of the hidden lines, positions from `at` on. */
  open(): RowChunk[]
}

/** Where `pushRows` appends: a list of rows or of line rows. */
export interface RowList {
  push(...rows: DiffLineRow[]): number
}

/** A run of rows of the model. */
export type RowChunk = EqualChunk | ChangeChunk | FoldChunk

/** A diff as chunks in side-by-side order (see the notes at the top of `rowModel.ts`). */
export interface RowModel {
  readonly chunks: readonly RowChunk[]
  /** Highest line number on either side, folded lines included. */
  readonly maxLineNumber: number
}

/**
 * The row model of a line diff, folded by `opts.context`; changed pairs get their word
 * segments from `segmenter` when first shown (unmarked while it is `null`).
 */
export function rowModel(
  diff: LineDiff,
  opts: DiffRowsOptions = {},
  segmenter: WordSegmenter | null = null,
): RowModel {
  const o = resolveDiffRowsOptions(opts)
  const { original: a, modified: b, changes } = diff
  const keep =
    o.context === false || o.context === Infinity ? Infinity : Math.max(0, Math.floor(o.context))
  const segments = new PairSegmenter(diff, o, segmenter)
  const chunks: RowChunk[] = []
  let at = 0
  const equal = (ai: number, bi: number, count: number) => {
    if (count > 0) chunks.push(new EqualLines(a, b, ai, bi, at, count))
    at += count
  }
  const unchanged = (ai: number, bi: number, count: number, first: boolean, last: boolean) => {
    const before = first ? 0 : keep
    const after = last ? 0 : keep
    const hidden = count - before - after
    if (keep === Infinity || hidden < MIN_HIDDEN) return equal(ai, bi, count)
    equal(ai, bi, before)
    const [fa, fb, fat] = [ai + before, bi + before, at]
    chunks.push({
      kind: 'fold',
      at: fat,
      count: hidden,
      open: () => [new EqualLines(a, b, fa, fb, fat, hidden)],
    })
    at += hidden
    equal(fa + hidden, fb + hidden, after)
  }

  let ai = 0
  let bi = 0
  changes.forEach((change, k) => {
    unchanged(ai, bi, change.a - ai, k === 0, false)
    chunks.push(new ChangedLines(a, b, change, at, segments))
    at += Math.max(change.aCount, change.bCount)
    ai = change.a + change.aCount
    bi = change.b + change.bCount
  })
  unchanged(ai, bi, a.codes.length - ai, changes.length === 0, true)
  return { chunks, maxLineNumber: Math.max(a.codes.length, b.codes.length) }
}

/** Word segments of the changed pairs of one diff, within the diff's time budget. */
class PairSegmenter {
  /** Whether the segments made are final (there is a segmenter), so worth keeping. */
  readonly keeps: boolean
  private spentMs: number
  constructor(
    diff: LineDiff,
    private readonly o: ResolvedDiffRowsOptions,
    private readonly segmenter: WordSegmenter | null,
  ) {
    this.keeps = segmenter !== null
    this.spentMs = diff.elapsedMs
  }

  /** The segments of a pair of `change` whose texts are `oldText` and `newText`. */
  segments(change: LineChange, oldText: string, newText: string): SegmentPair {
    const { o, segmenter } = this
    if (!segmenter) return unmarkedLine(oldText, newText)
    const left = o.timeoutMs - this.spentMs
    const fine =
      left > 0 &&
      Math.min(change.aCount, change.bCount) <= o.maxBlockLines &&
      oldText.length <= o.maxLineLength &&
      newText.length <= o.maxLineLength
    if (!fine) return wholeLine(oldText, newText)
    const started = performance.now()
    const pair = segmenter(oldText, newText, { granularity: o.granularity, timeoutMs: left })
    this.spentMs += performance.now() - started
    return pair
  }
}

/** Longest text (terminator excluded) of lines `[from, to)`, read from the line offsets. */
function measure(lines: EncodedLines, from: number, to: number): number {
  let max = 0
  for (let i = from; i < to; i++) {
    const end = lines.starts[i + 1] as number
    let length = end - (lines.starts[i] as number)
    if (lines.text.charCodeAt(end - 1) === 10) {
      length -= length > 1 && lines.text.charCodeAt(end - 2) === 13 ? 2 : 1
    }
    if (length > max) max = length
  }
  return max
}

// The chunks of a line diff are classes, not closures: a large diff has thousands of them,
// and `diffRows` reads every row of each through the same call sites.

/** Unchanged lines `ai..` of `a` and `bi..` of `b`. */
class EqualLines implements EqualChunk {
  readonly kind = 'equal'
  private measured: readonly [number, number] | null = null
  constructor(
    private readonly a: EncodedLines,
    private readonly b: EncodedLines,
    private readonly ai: number,
    private readonly bi: number,
    readonly at: number,
    readonly count: number,
  ) {}

  row(k: number): DiffLineRow {
    const { a, b, ai, bi } = this
    return { kind: 'line', change: 'equal', old: side(a, ai + k), new: side(b, bi + k) }
  }

  pushRows(out: RowList): void {
    for (let k = 0; k < this.count; k++) out.push(this.row(k))
  }

  widths(): readonly [number, number] {
    const { a, b, ai, bi, count } = this
    return (this.measured ??= [measure(a, ai, ai + count), measure(b, bi, bi + count)])
  }
}

/** One change of a line diff: paired lines first, then the leftover deletes or inserts. */
class ChangedLines implements ChangeChunk {
  readonly kind = 'change'
  readonly count: number
  readonly olds: number
  readonly news: number
  private readonly pairs: number
  /** Segments of the pairs made so far, by pair. */
  private made: (SegmentPair | undefined)[] | null = null
  private measured: readonly [number, number] | null = null
  constructor(
    private readonly a: EncodedLines,
    private readonly b: EncodedLines,
    private readonly c: LineChange,
    readonly at: number,
    private readonly segmenter: PairSegmenter,
  ) {
    this.count = Math.max(c.aCount, c.bCount)
    this.olds = c.aCount
    this.news = c.bCount
    this.pairs = Math.min(c.aCount, c.bCount)
  }

  row(k: number): DiffLineRow {
    const { a, b, c } = this
    if (k < this.pairs) {
      const [oldSide, newSide] = this.paired(k)
      return { kind: 'line', change: 'change', old: oldSide, new: newSide }
    }
    if (k < c.aCount) return { kind: 'line', change: 'delete', old: side(a, c.a + k), new: null }
    return { kind: 'line', change: 'insert', old: null, new: side(b, c.b + k) }
  }

  pushRows(out: RowList): void {
    for (let k = 0; k < this.count; k++) out.push(this.row(k))
  }

  oldSide(k: number): DiffSide {
    return k < this.pairs ? this.paired(k)[0] : side(this.a, this.c.a + k)
  }

  newSide(k: number): DiffSide {
    return k < this.pairs ? this.paired(k)[1] : side(this.b, this.c.b + k)
  }

  widths(): readonly [number, number] {
    const { a, b, c } = this
    return (this.measured ??= [measure(a, c.a, c.a + c.aCount), measure(b, c.b, c.b + c.bCount)])
  }

  /** Both sides of changed pair `k`, with their word segments. */
  private paired(k: number): [DiffSide, DiffSide] {
    const { a, b, c } = this
    const oldSide = side(a, c.a + k)
    const newSide = side(b, c.b + k)
    let pair = this.made?.[k]
    if (!pair) {
      pair = this.segmenter.segments(c, oldSide.text, newSide.text)
      if (this.segmenter.keeps) (this.made ??= [])[k] = pair
    }
    oldSide.segments = pair.old
    newSide.segments = pair.new
    return [oldSide, newSide]
  }
}
