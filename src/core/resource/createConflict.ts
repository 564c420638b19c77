import type { HttpProblem } from '../http/types'
import { mergeValues, type MergeValuesOptions } from '../merge/mergeValues'
import type { ResourceConflict, VersionSource, VersionedValue } from './types'

/** Three-way merges the person's draft with the server's newer version after a stale write. */
export function createConflict<T>(
  base: T,
  mine: T,
  theirs: VersionedValue<T>,
  problem: HttpProblem,
  options?: MergeValuesOptions,
): ResourceConflict<T> {
  const result = mergeValues(base, mine, theirs.value, options)
  return {
    base,
    mine,
    theirs: theirs.value,
    merged: result.merged,
    conflicts: result.conflicts,
    changes: result.changes,
    problem,
    theirsVersion: theirs.version,
  }
}

/** Reads theirs from a conflict response when it carried both the representation and version. */
export function theirsFromProblem<T>(
  problem: HttpProblem,
  version: VersionSource = 'etag',
): VersionedValue<T> | null {
  const current = problem.current
  if (current === undefined || current === null) return null
  let found = problem.currentVersion ?? null
  if (version !== 'etag') {
    // With body versions the representation's own field is the authority.
    let node: unknown = current
    for (const key of version.field.split('.')) {
      node = node && typeof node === 'object' ? (node as Record<string, unknown>)[key] : undefined
    }
    if (typeof node === 'string' || typeof node === 'number') found = String(node)
  }
  // Without a version a retry could not be conditional: the caller fetches instead.
  return found ? { value: current as T, version: found } : null
}
