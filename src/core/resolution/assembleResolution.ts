import { resolveChunks } from '../merge/resolveChunks'
import { resolveValues, type ValueChoice } from '../merge/resolveValues'
import type { ResourceConflict } from '../resource/types'
import { chunkChoice, parseEdit, pickedText, textHunks, type Decision } from './decisions'

/**
 * The value to save: `conflict.merged` with each conflicting path set to the person's
 * choice, through the engine's `resolveValues` (setAtPath / insertAtPath, applied so array
 * indexes stay valid); text conflicts are rebuilt hunk by hunk with `resolveChunks`.
 * Throws if a slot is undecided, so a half-made decision can never be saved.
 */
export function assembleResolution<T>(
  conflict: ResourceConflict<T>,
  decisions: readonly Decision[][],
): T {
  const choices = conflict.conflicts.map((c, i): ValueChoice => {
    const slots = decisions[i] ?? []
    if (slots.length === 0 || slots.some((d) => d.pick === null)) {
      throw new Error(`conflict ${i} has no decision`)
    }
    const hunks = textHunks(c)
    if (hunks && c.text) {
      const text = resolveChunks(
        c.text.chunks,
        hunks.map((hunk, j) => chunkChoice(hunk, slots[j]!)),
      )
      return { value: text }
    }
    const d = slots[0]!
    if (d.pick === 'mine' || d.pick === 'theirs') return d.pick
    if (d.pick === 'mine-then-theirs' || d.pick === 'theirs-then-mine') {
      const text = pickedText(c, undefined, d.pick)
      if (text === null) throw new Error(`conflict ${i} cannot keep both sides`)
      return { value: text }
    }
    const parsed = parseEdit(c, d.text ?? '')
    if (!parsed.ok) throw new Error(`conflict ${i} has an edit that does not parse`)
    return { value: parsed.value }
  })
  return resolveValues(
    {
      clean: false,
      merged: conflict.merged,
      conflicts: conflict.conflicts,
      changes: conflict.changes,
    },
    choices,
  )
}
