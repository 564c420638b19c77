import type { DiffSegmentsOptions } from './diffSegments'
import type { DiffSegment } from './types'

/** The segments of both sides of a changed line. */
export interface SegmentPair {
  old: DiffSegment[]
  new: DiffSegment[]
}

/**
 * Word-level segments of a changed pair: `diffSegments`, or a stand-in (`wholeLine`) where
 * its chunk could not load. A parameter rather than an import, so views can load the word
 * diff (and diff-match-patch with it) as a chunk of its own.
 */
export type WordSegmenter = (a: string, b: string, opts?: DiffSegmentsOptions) => SegmentPair

/** Segments for a line pair not compared in detail: all old text deleted, all new inserted. */
export function wholeLine(a: string, b: string): SegmentPair {
  return onePerSide(a, 'delete', b, 'insert')
}

/** Segments for a line pair not compared yet: both texts as they are, no word marked. */
export function unmarkedLine(a: string, b: string): SegmentPair {
  return onePerSide(a, 'equal', b, 'equal')
}

function onePerSide(
  a: string,
  oldChange: DiffSegment['change'],
  b: string,
  newChange: DiffSegment['change'],
): SegmentPair {
  const pair: SegmentPair = { old: [], new: [] }
  pushSegment(pair.old, oldChange, a)
  pushSegment(pair.new, newChange, b)
  return pair
}

/** Appends `text` to `list`, joined to the last segment when that has the same change. */
export function pushSegment(
  list: DiffSegment[],
  change: DiffSegment['change'],
  text: string,
): void {
  if (text === '') return
  const last = list[list.length - 1]
  if (last && last.change === change) last.text += text
  else list.push({ change, text })
}
