import type { DiffRowsOptions } from './diffRows'
import { unmarkedLine, wholeLine } from './segmentPair'
import type { SegmentPair, WordSegmenter } from './segmentPair'
import { side } from './side'
import type { LineChange } from './lineChanges'
import type { LineDiff } from './lineDiff'
import type { DiffSide } from './types'
import type { DiffItem, DiffLayout, DiffViewMode } from './layoutDiffItems'

/** A fold must hide at least this many lines; hiding one line saves no space (as `diffRows`). */
const MIN_HIDDEN = 2

/**
 * A run of items: unchanged lines from `a` / `b`, a folded run, or one change. Items are
 * made from spans when asked for, so a document of any length costs one span per change.
 */
type Span =
  | { kind: 'equal'; start: number; count: number; a: number; b: number }
  | { kind: 'fold'; start: number; count: number; a: number; hidden: number }
  | { kind: 'change'; start: number; count: number; change: LineChange }

// Word segments of the change rows, per segmenter and diff, made the first time a row is shown.
const segmentCache = new WeakMap<WordSegmenter, WeakMap<LineDiff, Map<number, SegmentPair>>>()

function segmentsOf(segmenter: WordSegmenter, diff: LineDiff): Map<number, SegmentPair> {
  let byDiff = segmentCache.get(segmenter)
  if (!byDiff) segmentCache.set(segmenter, (byDiff = new WeakMap()))
  let segments = byDiff.get(diff)
  if (!segments) byDiff.set(diff, (segments = new Map()))
  return segments
}

/**
 * The fixed-height items of a line diff for one mode, made on demand: only the spans
 * (one per change and per unchanged run) are computed up front, and a row's text and
 * word segments only when the virtual window asks for it. Folds as `diffRows` folds them,
 * with the folds in `expanded` (by the fold's first original line) open. A changed line
 * pair gets word segments from `segmenter`; while it is `null` (its chunk is loading) the
 * pair's text is shown unmarked in its changed row, and nothing is cached.
 */
export function layoutLineDiff(
  diff: LineDiff,
  mode: DiffViewMode,
  expanded: ReadonlySet<number>,
  opts: DiffRowsOptions = {},
  segmenter: WordSegmenter | null = null,
): DiffLayout {
  const { original: a, modified: b, changes } = diff
  const context = opts.context ?? 3
  const keep =
    context === false || context === Infinity ? Infinity : Math.max(0, Math.floor(context))
  const spans: Span[] = []
  const hunks: [number, number][] = []
  let count = 0
  let maxOldLength = 0
  let maxNewLength = 0
  // Longest text (terminator excluded) of lines `[from, to)`, read from the line offsets.
  const measure = (lines: typeof a, from: number, to: number): number => {
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
  const push = (span: Span) => {
    if (span.count === 0) return
    spans.push(span)
    count += span.count
    if (span.kind === 'fold') return
    const [ai, an, bi, bn] =
      span.kind === 'equal'
        ? [span.a, span.count, span.b, span.count]
        : [span.change.a, span.change.aCount, span.change.b, span.change.bCount]
    maxOldLength = Math.max(maxOldLength, measure(a, ai, ai + an))
    maxNewLength = Math.max(maxNewLength, measure(b, bi, bi + bn))
  }
  const unchanged = (ai: number, bi: number, length: number, first: boolean, last: boolean) => {
    const before = first ? 0 : keep
    const after = last ? 0 : keep
    const hidden = length - before - after
    if (hidden < MIN_HIDDEN || keep === Infinity || expanded.has(ai + before)) {
      push({ kind: 'equal', start: count, count: length, a: ai, b: bi })
      return
    }
    push({ kind: 'equal', start: count, count: before, a: ai, b: bi })
    push({ kind: 'fold', start: count, count: 1, a: ai + before, hidden })
    push({
      kind: 'equal',
      start: count,
      count: after,
      a: ai + before + hidden,
      b: bi + before + hidden,
    })
  }

  let ai = 0
  let bi = 0
  changes.forEach((change, k) => {
    unchanged(ai, bi, change.a - ai, k === 0, false)
    const items =
      mode === 'split' ? Math.max(change.aCount, change.bCount) : change.aCount + change.bCount
    hunks.push([count, count + items])
    push({ kind: 'change', start: count, count: items, change })
    ai = change.a + change.aCount
    bi = change.b + change.bCount
  })
  unchanged(ai, bi, a.codes.length - ai, changes.length === 0, true)

  const cache = segmenter ? segmentsOf(segmenter, diff) : null
  const segmented = (change: LineChange, k: number): [DiffSide, DiffSide] => {
    const oldSide = side(a, change.a + k)
    const newSide = side(b, change.b + k)
    let pair = cache?.get(change.a + k)
    if (!pair) {
      const fine =
        Math.min(change.aCount, change.bCount) <= (opts.maxBlockLines ?? 2000) &&
        oldSide.text.length <= (opts.maxLineLength ?? 10_000) &&
        newSide.text.length <= (opts.maxLineLength ?? 10_000)
      pair = !fine
        ? wholeLine(oldSide.text, newSide.text)
        : segmenter
          ? segmenter(oldSide.text, newSide.text, {
              granularity: opts.granularity,
              timeoutMs: opts.timeoutMs ?? 1000,
            })
          : unmarkedLine(oldSide.text, newSide.text)
      cache?.set(change.a + k, pair)
    }
    oldSide.segments = pair.old
    newSide.segments = pair.new
    return [oldSide, newSide]
  }

  const item = (index: number): DiffItem => {
    let lo = 0
    let hi = spans.length - 1
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1
      if ((spans[mid] as Span).start <= index) lo = mid
      else hi = mid - 1
    }
    const span = spans[lo] as Span
    const o = index - span.start
    if (span.kind === 'fold') {
      return { type: 'fold', key: `f${span.a}`, foldId: span.a, count: span.hidden }
    }
    if (span.kind === 'equal') {
      const oldSide = side(a, span.a + o)
      const newSide = side(b, span.b + o)
      const key = `${span.a + o}`
      if (mode === 'split') {
        return {
          type: 'split',
          key,
          row: { kind: 'line', change: 'equal', old: oldSide, new: newSide },
        }
      }
      const oldNumber = oldSide.number
      return {
        type: 'unified',
        key,
        change: 'equal',
        oldNumber,
        newNumber: newSide.number,
        side: newSide,
      }
    }
    const c = span.change
    const pairs = Math.min(c.aCount, c.bCount)
    if (mode === 'split') {
      const key = `${c.a}:${o}`
      if (o < pairs) {
        const [oldSide, newSide] = segmented(c, o)
        return {
          type: 'split',
          key,
          row: { kind: 'line', change: 'change', old: oldSide, new: newSide },
        }
      }
      if (o < c.aCount) {
        return {
          type: 'split',
          key,
          row: { kind: 'line', change: 'delete', old: side(a, c.a + o), new: null },
        }
      }
      return {
        type: 'split',
        key,
        row: { kind: 'line', change: 'insert', old: null, new: side(b, c.b + o) },
      }
    }
    if (o < c.aCount) {
      const oldSide = o < pairs ? segmented(c, o)[0] : side(a, c.a + o)
      return {
        type: 'unified',
        key: `${c.a}:${o}-`,
        change: 'delete',
        oldNumber: oldSide.number,
        newNumber: null,
        side: oldSide,
      }
    }
    const k = o - c.aCount
    const newSide = k < pairs ? segmented(c, k)[1] : side(b, c.b + k)
    return {
      type: 'unified',
      key: `${c.a}:${k}+`,
      change: 'insert',
      oldNumber: null,
      newNumber: newSide.number,
      side: newSide,
    }
  }

  return {
    count,
    item,
    hunks,
    maxOldLength,
    maxNewLength,
    maxLineNumber: Math.max(a.codes.length, b.codes.length),
  }
}
