/** How finely a changed line is split into segments. */
export type SegmentGranularity = 'word' | 'char'

const WORD = /[\p{L}\p{M}\p{N}_]+|\s+|[^]/gu

let graphemes: Intl.Segmenter | null | undefined

/**
 * Splits text into whole tokens: words (runs of letters/digits, runs of spaces, single
 * symbols), or user-perceived characters (never half a surrogate pair). Kept apart from
 * the segment diff so the text merge can use it without loading diff-match-patch.
 */
export function tokenize(text: string, granularity: SegmentGranularity): string[] {
  if (granularity === 'word') return text.match(WORD) ?? []
  if (graphemes === undefined) {
    graphemes = typeof Intl.Segmenter === 'function' ? new Intl.Segmenter() : null
  }
  if (graphemes === null) return Array.from(text)
  const out: string[] = []
  for (const part of graphemes.segment(text)) out.push(part.segment)
  return out
}
