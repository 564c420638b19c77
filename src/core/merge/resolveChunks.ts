import type { MergeChunk, TextConflict } from './types'

/** What to keep for one conflict hunk: one side, both (mine then theirs), the base, or own text. */
export type ChunkChoice = 'mine' | 'theirs' | 'both' | 'base' | { text: string }

/** The first line ending found in `texts`, if any. */
function firstEol(texts: readonly string[]): string | undefined {
  for (const text of texts) {
    const at = text.indexOf('\n')
    if (at >= 0) return at > 0 && text[at - 1] === '\r' ? '\r\n' : '\n'
  }
  return undefined
}

/** The line ending to glue two sides with: the hunk's own, else the text before it, else LF. */
function eolOf(c: TextConflict, before: string): string {
  return firstEol([c.mine, c.theirs, c.base]) ?? (before.endsWith('\r\n') ? '\r\n' : '\n')
}

/**
 * Rebuilds a merged text from `mergeText` chunks and one choice per conflict, in order.
 * Throws a `RangeError` when the number of choices differs from the number of conflicts,
 * so a forgotten hunk can never slip through as markers or silence.
 */
export function resolveChunks(
  chunks: readonly MergeChunk[],
  choices: readonly ChunkChoice[],
): string {
  const conflicts = chunks.filter((c) => c.type === 'conflict').length
  if (choices.length !== conflicts) {
    throw new RangeError(`resolveChunks: ${conflicts} conflicts but ${choices.length} choices`)
  }
  let out = ''
  let k = 0
  for (const chunk of chunks) {
    if (chunk.type === 'ok') {
      out += chunk.text
      continue
    }
    const c = chunk.conflict
    const choice = choices[k++] as ChunkChoice
    if (typeof choice === 'object') out += choice.text
    else if (choice === 'mine') out += c.mine
    else if (choice === 'theirs') out += c.theirs
    else if (choice === 'base') out += c.base
    else {
      const glue = c.mine !== '' && c.theirs !== '' && !c.mine.endsWith('\n') ? eolOf(c, out) : ''
      out += c.mine + glue + c.theirs
    }
  }
  return out
}
