import { mergeValues } from '../src/core/merge/mergeValues'
import type { ResourceConflict } from '../src/hooks/types'
import { staleProblem } from './fixtures'

/** The document of the long-conflict fixtures. */
export interface LongDoc {
  title: string
  body: string
}

const days = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday']

/**
 * A `lines`-line document where both sides changed the same word of `hunks` lines spread
 * evenly through it (real conflicts: the same word, two different new words), and theirs
 * also changed the title (merged automatically). Hunk `longHunk`'s line is over 3,450
 * characters, so a one-word change in a very long line is part of every run. Deterministic.
 */
export function longConflict(lines = 4_000, hunks = 63, longHunk = 5): ResourceConflict<LongDoc> {
  const step = Math.floor(lines / hunks)
  const at = new Set(Array.from({ length: hunks }, (_, k) => Math.floor(step / 2) + k * step))
  const filler = Array.from({ length: 110 }, (_, i) => `clause ${i} of the long paragraph`).join(
    ', ',
  )
  const line = (i: number, side: 'base' | 'mine' | 'theirs') => {
    if (!at.has(i)) return `Line ${i}: notes about section ${Math.floor(i / 40)} stay as they are.`
    const k = [...at].indexOf(i)
    const day =
      side === 'base' ? days[k % 5] : side === 'mine' ? days[(k + 1) % 5] : days[(k + 2) % 5]
    const long = k === longHunk ? ` ${filler}` : ''
    return `Line ${i}: team ${k} meets on ${day} to review the plan${long}.`
  }
  const text = (side: 'base' | 'mine' | 'theirs') =>
    `${Array.from({ length: lines }, (_, i) => line(i, side)).join('\n')}\n`
  const base = { title: 'Planning notes', body: text('base') }
  const mine = { title: 'Planning notes', body: text('mine') }
  const theirs = { title: 'Planning notes (reviewed)', body: text('theirs') }
  const result = mergeValues(base, mine, theirs, { text: ['body'] })
  return { base, mine, theirs, ...result, problem: staleProblem, theirsVersion: '"8"' }
}
