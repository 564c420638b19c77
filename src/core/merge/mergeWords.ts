import { tokenize } from '../diff/tokenize'
import type { TextConflict } from './types'

/** One side's change inside a hunk as a single token span of base, and what replaced it. */
interface Span {
  start: number
  end: number
  tokens: string[]
}

/**
 * The minimal single span of `base` that `side` replaced, or null when its place is not
 * unique. Common prefix `p` and common suffix `q` pin the span to `[p, base.length - q)`;
 * when they overlap (`p + q` exceeds the shorter side) the edit is a repeated piece that
 * could sit at several places, and any choice would be a guess.
 */
function spanOf(base: string[], side: string[]): Span | null {
  const short = Math.min(base.length, side.length)
  let p = 0
  while (p < short && base[p] === side[p]) p++
  let q = 0
  while (q < short && base[base.length - 1 - q] === side[side.length - 1 - q]) q++
  if (p === base.length && p === side.length) return { start: 0, end: 0, tokens: [] }
  if (p + q > short) return null
  return { start: p, end: base.length - q, tokens: side.slice(p, side.length - q) }
}

const unchanged = (s: Span) => s.start === s.end && s.tokens.length === 0
const sameSpan = (x: Span, y: Span) =>
  x.start === y.start && x.end === y.end && x.tokens.join('') === y.tokens.join('')

/**
 * Settles a line conflict word by word when that is unambiguous: each side's change is one
 * span of base words whose place is unique, and the two spans do not overlap or touch
 * (at least one unchanged word, or run of spaces, between them), or they are the same
 * change. Returns the merged hunk text, or null to keep the conflict.
 */
export function mergeWords(conflict: TextConflict): string | null {
  const base = tokenize(conflict.base, 'word')
  const mine = spanOf(base, tokenize(conflict.mine, 'word'))
  const theirs = spanOf(base, tokenize(conflict.theirs, 'word'))
  if (!mine || !theirs) return null
  if (unchanged(mine)) return conflict.theirs
  if (unchanged(theirs) || sameSpan(mine, theirs)) return conflict.mine
  const [first, second] = mine.start <= theirs.start ? [mine, theirs] : [theirs, mine]
  if (first.end >= second.start) return null
  return [
    ...base.slice(0, first.start),
    ...first.tokens,
    ...base.slice(first.end, second.start),
    ...second.tokens,
    ...base.slice(second.end),
  ].join('')
}
