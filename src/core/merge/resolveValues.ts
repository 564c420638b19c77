import { assertAcyclic } from './CyclicValueError'
import { insertAtPath, setAtPath } from './setAtPath'
import type { MergeConflict, MergeResult } from './types'

/** What to keep for one value conflict: a side, the base, or a value of one's own (`undefined` = remove). */
export type ValueChoice = 'mine' | 'theirs' | 'base' | { value: unknown }

function chosen(c: MergeConflict, choice: ValueChoice): unknown {
  if (typeof choice === 'object') return choice.value
  return choice === 'mine' ? c.mine : choice === 'theirs' ? c.theirs : c.base
}

/**
 * Applies one choice per conflict (in order) to `result.merged` and returns the new value.
 * At each conflict `merged` holds theirs, so a value theirs lacks is inserted (into an
 * array, at the conflict's index) and a value chosen absent is removed. Conflicts are
 * applied last to first so that array indexes stay valid. Throws a `RangeError` when the
 * number of choices differs from the number of conflicts, and a `CyclicValueError` when a
 * value of one's own contains itself (it could never be saved as JSON).
 */
export function resolveValues<T>(result: MergeResult<T>, choices: readonly ValueChoice[]): T {
  const { conflicts } = result
  if (choices.length !== conflicts.length) {
    throw new RangeError(
      `resolveValues: ${conflicts.length} conflicts but ${choices.length} choices`,
    )
  }
  let value = result.merged
  for (let i = conflicts.length - 1; i >= 0; i--) {
    const c = conflicts[i] as MergeConflict
    const choice = choices[i] as ValueChoice
    if (typeof choice === 'object') assertAcyclic(choice.value, 'resolveValues')
    const next = chosen(c, choice)
    if (c.theirs === undefined) value = insertAtPath(value, c.path, next)
    else value = setAtPath(value, c.path, next)
  }
  return value
}
