import { resolveChunks } from '../../core/merge/resolveChunks'
import type { MergePath } from '../../core/merge/types'
import type { ResourceConflict } from '../../hooks/types'
import { chunkChoice, parseEdit, textHunks, type Decision } from './decisions'

// Interim stand-in for the merge engine's setAtPath (src/core/merge), not landed yet.
function setAtPath<T>(value: T, path: MergePath, next: unknown): T {
  if (path.length === 0) return next as T
  const [head, ...rest] = path as [string | number, ...MergePath]
  const inner = (value as Record<string | number, unknown> | undefined)?.[head]
  const child = setAtPath(inner, rest, next)
  if (Array.isArray(value)) {
    const copy = [...value]
    if (child === undefined) copy.splice(Number(head), 1)
    else copy[Number(head)] = child
    return copy as T
  }
  const copy: Record<string | number, unknown> = { ...(value as object) }
  if (child === undefined) delete copy[head]
  else copy[head] = child
  return copy as T
}

/**
 * The value to save: `conflict.merged` with each conflicting path set to the person's
 * choice (text conflicts rebuilt hunk by hunk). Throws if a slot is undecided, so a
 * half-made decision can never be saved.
 */
export function assembleResolution<T>(
  conflict: ResourceConflict<T>,
  decisions: readonly Decision[][],
): T {
  let value = conflict.merged
  conflict.conflicts.forEach((c, i) => {
    const slots = decisions[i] ?? []
    if (slots.length === 0 || slots.some((d) => d.pick === null)) {
      throw new Error(`conflict ${i} has no decision`)
    }
    let chosen: unknown
    const hunks = textHunks(c)
    if (hunks && c.text) {
      chosen = resolveChunks(
        c.text.chunks,
        hunks.map((hunk, j) => chunkChoice(hunk, slots[j]!)),
      )
    } else {
      const d = slots[0]!
      if (d.pick === 'mine') chosen = c.mine
      else if (d.pick === 'theirs') chosen = c.theirs
      else {
        const parsed = parseEdit(c, d.text ?? '')
        if (!parsed.ok) throw new Error(`conflict ${i} has an edit that does not parse`)
        chosen = parsed.value
      }
    }
    value = setAtPath(value, c.path, chosen)
  })
  return value
}
