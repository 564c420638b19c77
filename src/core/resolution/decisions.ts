import type { ChunkChoice } from '../merge/resolveChunks'
import type { MergeConflict, TextConflict } from '../merge/types'
import { previewBounds, printValue } from './printValue'

/**
 * What the person chose for one conflict (or one text hunk): one side, both sides in either
 * order, or their own text.
 */
export type ResolutionPick = 'mine' | 'theirs' | 'mine-then-theirs' | 'theirs-then-mine' | 'edit'

/** One decision slot: the pick, and the edit buffer (kept when switching away from Edit). */
export interface Decision {
  pick: ResolutionPick | null
  /** Edit text; null until Edit is first chosen, then prefilled with what was chosen before. */
  text: string | null
}

/** The text hunks of a conflict merged as text, or null when it is decided as one value. */
export function textHunks(conflict: MergeConflict): TextConflict[] | null {
  const text = conflict.text
  if (!text || text.clean || text.hunks.length === 0) return null
  const hunks = text.chunks.flatMap((c) => (c.type === 'conflict' ? [c.conflict] : []))
  return hunks.length > 0 ? hunks : null
}

/** One empty slot per conflict, or one per hunk for text conflicts. */
export function initialDecisions(conflicts: readonly MergeConflict[]): Decision[][] {
  return conflicts.map((c) =>
    Array.from({ length: textHunks(c)?.length ?? 1 }, () => ({ pick: null, text: null })),
  )
}

/** Strings (or a string on one side, the other deleted) are edited as text, the rest as JSON. */
export function editsAsText(conflict: MergeConflict): boolean {
  return typeof conflict.mine === 'string' || typeof conflict.theirs === 'string'
}

/**
 * Whether "keep both" makes sense: a text hunk, or two strings. Two JSON values cannot be
 * put one after the other without inventing a shape, so they only get one side or an edit.
 */
export function canKeepBoth(conflict: MergeConflict, hunk: TextConflict | undefined): boolean {
  return (
    hunk !== undefined || (typeof conflict.mine === 'string' && typeof conflict.theirs === 'string')
  )
}

/** `first` then `second`, with a line break between them unless `first` already ends one. */
export function joinTexts(first: string, second: string): string {
  if (first === '' || first === second) return second
  if (second === '') return first
  const eol = first.includes('\r\n') || second.includes('\r\n') ? '\r\n' : '\n'
  return first.endsWith('\n') ? first + second : `${first}${eol}${second}`
}

// An editor holds what parses back to the value; a value too deep or large to write out in
// full starts the editor empty rather than with a preview that would save a different value.
const editBounds = { ...previewBounds, maxDepth: 500 }
function toJson(value: unknown): string {
  const printed = printValue(value, editBounds)
  return printed.isComplete ? printed.text : ''
}

const asPickText = (v: unknown) => (typeof v === 'string' ? v : v === undefined ? '' : null)

/** The text a side-based pick stands for (a hunk's lines, or a string value), else null. */
export function pickedText(
  conflict: MergeConflict,
  hunk: TextConflict | undefined,
  pick: Exclude<ResolutionPick, 'edit'>,
): string | null {
  const mine = hunk ? hunk.mine : conflict.mine
  const theirs = hunk ? hunk.theirs : conflict.theirs
  const m = asPickText(mine)
  const t = asPickText(theirs)
  if (pick === 'mine') return m
  if (pick === 'theirs') return t
  if (m === null || t === null) return null
  return pick === 'mine-then-theirs' ? joinTexts(m, t) : joinTexts(t, m)
}

/**
 * What Edit starts from: the text of the pick made before (so "keep both, then tidy up" is
 * one step), else your lines followed by theirs for a hunk, your text for a string, and
 * your value as JSON for anything else (theirs when you deleted it).
 */
export function prefill(
  conflict: MergeConflict,
  hunk: TextConflict | undefined,
  previous: ResolutionPick | null = null,
): string {
  if (previous && previous !== 'edit') {
    const text = pickedText(conflict, hunk, previous)
    if (text !== null) return text
    const value = previous === 'theirs' ? conflict.theirs : conflict.mine
    if (value !== undefined) return toJson(value)
  }
  if (hunk) return joinTexts(hunk.mine, hunk.theirs)
  const start = conflict.mine === undefined ? conflict.theirs : conflict.mine
  if (editsAsText(conflict)) return typeof start === 'string' ? start : ''
  return toJson(start)
}

/** The edited value, or an error when JSON does not parse. */
export function parseEdit(
  conflict: MergeConflict,
  text: string,
): { ok: true; value: unknown } | { ok: false } {
  if (editsAsText(conflict)) return { ok: true, value: text }
  try {
    return { ok: true, value: JSON.parse(text) as unknown }
  } catch {
    return { ok: false }
  }
}

/** Whether a slot is decided: picked, and an edit that can be used. */
export function isDecided(conflict: MergeConflict, decision: Decision, isHunk: boolean): boolean {
  if (decision.pick === null) return false
  if (decision.pick !== 'edit' || isHunk) return true
  return parseEdit(conflict, decision.text ?? '').ok
}

/** Count of slots still waiting for a decision. */
export function countUndecided(
  conflicts: readonly MergeConflict[],
  decisions: readonly Decision[][],
): number {
  let count = 0
  conflicts.forEach((c, i) => {
    const isHunk = textHunks(c) !== null
    for (const d of decisions[i] ?? []) if (!isDecided(c, d, isHunk)) count++
  })
  return count
}

/**
 * The `resolveChunks` choice for one hunk. An edit keeps the hunk's line ending: when both
 * sides ended with a newline and the edit does not, one is added so it cannot run into the
 * next line.
 */
export function chunkChoice(hunk: TextConflict, decision: Decision): ChunkChoice {
  const pick = decision.pick
  if (pick === 'mine' || pick === 'theirs') return pick
  if (pick === 'mine-then-theirs') return 'both'
  if (pick === 'theirs-then-mine') return { text: joinTexts(hunk.theirs, hunk.mine) }
  const text = decision.text ?? ''
  const endsLine = hunk.mine.endsWith('\n') && hunk.theirs.endsWith('\n')
  return { text: endsLine && text !== '' && !text.endsWith('\n') ? `${text}\n` : text }
}
