import { resolutionModel } from './conflictResolution'
import type { Decision } from './decisions'
import { resolveConflict, type ConflictDecision, type ResolvableConflict } from './resolveConflict'

const asConflictDecision = (d: Decision): ConflictDecision | null =>
  d.pick === null ? null : d.pick === 'edit' ? { text: d.text ?? '' } : d.pick

/**
 * The value to save from a resolver's decisions (`decisions[conflict][hunk]`), through
 * `resolveConflict`. Throws if a slot is undecided or unusable, so a half-made decision can
 * never be saved (the hook only asks once every slot is decided).
 */
export function assembleResolution<T>(
  conflict: ResolvableConflict<T>,
  decisions: readonly Decision[][],
): T {
  const flat = resolutionModel(conflict.conflicts).slots.map((s) => {
    const d = decisions[s.conflict]?.[s.hunk ?? 0]
    return d ? asConflictDecision(d) : null
  })
  const result = resolveConflict(conflict, flat)
  if (result.ok) return result.value
  const why = result.reason === 'missing' ? 'has no decision' : `is ${result.reason}`
  throw new Error(`slot ${result.slot} ${why}`)
}
