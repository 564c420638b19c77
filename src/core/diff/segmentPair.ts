import type { DiffSegment } from './types'

/** The segments of both sides of a changed line. */
export interface SegmentPair {
  old: DiffSegment[]
  new: DiffSegment[]
}

/** Segments for a line pair not compared in detail: all old text deleted, all new inserted. */
export function wholeLine(a: string, b: string): SegmentPair {
  const pair: SegmentPair = { old: [], new: [] }
  pushSegment(pair.old, 'delete', a)
  pushSegment(pair.new, 'insert', b)
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
