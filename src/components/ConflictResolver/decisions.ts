import type { ChunkChoice } from '../../core/merge/resolveChunks'
import type { MergeConflict, TextConflict } from '../../core/merge/types'

/** What the person chose for one conflict (or one text hunk). */
export type Pick = 'mine' | 'theirs' | 'edit'

/** One decision slot: the pick, and the edit buffer (kept when switching away from Edit). */
export interface Decision {
  pick: Pick | null
  /** Edit text; null until Edit is first chosen, then prefilled. */
  text: string | null
}

/** The text hunks of a conflict merged as text, or null when it is decided as one value. */
export function textHunks(conflict: MergeConflict): TextConflict[] | null {
  const text = conflict.text
  if (!text || text.clean || text.hunks.length === 0) return null
  const hunks = text.chunks.flatMap((c) => (c.type === 'conflict' ? [c.conflict] : []))
  return hunks.length > 0 ? hunks : null
}

/** One slot per conflict, or one per hunk for text conflicts. */
export function initialDecisions(conflicts: readonly MergeConflict[]): Decision[][] {
  return conflicts.map((c) =>
    Array.from({ length: textHunks(c)?.length ?? 1 }, () => ({ pick: null, text: null })),
  )
}

/** Strings (or a string on one side, the other deleted) are edited as text, the rest as JSON. */
export function editsAsText(conflict: MergeConflict): boolean {
  return typeof conflict.mine === 'string' || typeof conflict.theirs === 'string'
}

/** Mine then theirs, one per line: a hand merge starts with nothing lost. */
export function joinTexts(mine: string, theirs: string): string {
  if (mine === '' || mine === theirs) return theirs
  if (theirs === '') return mine
  return mine.endsWith('\n') ? mine + theirs : `${mine}\n${theirs}`
}

function toJson(value: unknown): string {
  try {
    return JSON.stringify(value, null, 2) ?? ''
  } catch {
    return String(value)
  }
}

/**
 * What Edit starts from. A text hunk: your lines followed by theirs. A string: your text
 * (theirs when you deleted it). Any other value: your value as JSON (theirs when deleted).
 */
export function prefill(conflict: MergeConflict, hunk: TextConflict | undefined): string {
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
  if (decision.pick === 'mine' || decision.pick === 'theirs') return decision.pick
  const text = decision.text ?? ''
  const endsLine = hunk.mine.endsWith('\n') && hunk.theirs.endsWith('\n')
  return { text: endsLine && text !== '' && !text.endsWith('\n') ? `${text}\n` : text }
}
