import DiffMatchPatch from 'diff-match-patch'
import { tokenize } from './tokenize'
import type { SegmentGranularity } from './tokenize'
import { pushSegment as push, wholeLine } from './segmentPair'
import type { SegmentPair } from './segmentPair'

export type { SegmentGranularity } from './tokenize'
export type { SegmentPair } from './segmentPair'
export { wholeLine } from './segmentPair'

// Two-code-unit characters would be split by diff-match-patch, so tokens are encoded as
// single UTF-16 units outside the surrogate range: that bounds the distinct tokens.
const SURROGATES = 0xe000 - 0xd800
const MAX_TOKENS = 0x10000 - SURROGATES - 1

/** Options for `diffSegments`. */
export interface DiffSegmentsOptions {
  /** Compare words (runs of letters/digits, runs of spaces, single symbols) or characters. Defaults to `'word'`. */
  granularity?: SegmentGranularity
  /**
   * Milliseconds the segment diff may take; past them it settles for a coarser (still exact)
   * diff. Defaults to no limit.
   */
  timeoutMs?: number
}

function unit(code: number): string {
  return String.fromCharCode(code < 0xd800 ? code : code + SURROGATES)
}

/**
 * Intra-line diff of two lines with semantic cleanup. Runs diff-match-patch on token
 * codes, so segments always hold whole tokens and emoji are never split.
 */
export function diffSegments(a: string, b: string, opts: DiffSegmentsOptions = {}): SegmentPair {
  const granularity = opts.granularity ?? 'word'
  const ta = tokenize(a, granularity)
  const tb = tokenize(b, granularity)
  const codes = new Map<string, string>()
  const tokens: string[] = []
  const encode = (list: string[]): string | null => {
    let s = ''
    for (const token of list) {
      let c = codes.get(token)
      if (c === undefined) {
        if (tokens.length >= MAX_TOKENS) return null
        c = unit(tokens.length + 1)
        codes.set(token, c)
        tokens.push(token)
      }
      s += c
    }
    return s
  }
  const ea = encode(ta)
  const eb = encode(tb)
  if (ea === null || eb === null) return wholeLine(a, b)

  const dmp = new DiffMatchPatch()
  dmp.Diff_Timeout = 0
  // diff-match-patch reads its deadline off `Date`; this is the one place that clock is used.
  const timeoutMs = opts.timeoutMs ?? Infinity
  const deadline = timeoutMs === Infinity ? Number.MAX_VALUE : Date.now() + timeoutMs
  const diffs = dmp.diff_main(ea, eb, false, deadline)
  dmp.diff_cleanupSemantic(diffs)

  const pair: SegmentPair = { old: [], new: [] }
  for (const [op, encoded] of diffs) {
    let text = ''
    for (let i = 0; i < encoded.length; i++) {
      const code = encoded.charCodeAt(i)
      text += tokens[(code < 0xe000 ? code : code - SURROGATES) - 1]
    }
    if (op === 0) {
      push(pair.old, 'equal', text)
      push(pair.new, 'equal', text)
    } else if (op < 0) push(pair.old, 'delete', text)
    else push(pair.new, 'insert', text)
  }
  return pair
}
