import type { HttpProblem } from '../http/types'
import { readVersion } from '../http/version'
import { fieldPath, getAtPath } from '../merge/getAtPath'
import { mergeValues, type MergeValuesOptions } from '../merge/mergeValues'
import { setAtPath } from '../merge/setAtPath'
import type { MergePath } from '../merge/types'
import type { ResourceConflict, VersionSource, VersionedValue } from './types'

/** How a conflict is merged: `mergeValues` options plus fields only the server writes. */
export interface ConflictMergeOptions extends MergeValuesOptions {
  /**
   * Dotted paths the server owns (`version`, `updatedAt`): always taken from theirs, never
   * reported as changes or conflicts. Defaults to none.
   */
  serverFields?: readonly string[]
}

const within = (path: MergePath, prefix: MergePath) =>
  prefix.every((key, i) => String(path[i]) === String(key))

/** Three-way merges the person's draft with the server's newer version after a stale write. */
export function createConflict<T>(
  base: T,
  mine: T,
  theirs: VersionedValue<T>,
  problem: HttpProblem,
  options: ConflictMergeOptions = {},
): ResourceConflict<T> {
  const { serverFields = [], ...mergeOptions } = options
  // A top-level string is a text document: merged line by line, never as one opaque value.
  const isText =
    typeof base === 'string' && typeof mine === 'string' && typeof theirs.value === 'string'
  const result = mergeValues(
    base,
    mine,
    theirs.value,
    isText ? { ...mergeOptions, text: () => true } : mergeOptions,
  )
  const owned = serverFields.map((field) => fieldPath(theirs.value, field))
  let merged = result.merged
  for (const path of owned) {
    const value = getAtPath(theirs.value, path)
    if (value !== undefined || getAtPath(merged, path) !== undefined) {
      merged = setAtPath(merged, path, value)
    }
  }
  const isOwned = (path: MergePath) => owned.some((prefix) => within(path, prefix))
  return {
    base,
    mine,
    theirs: theirs.value,
    merged,
    conflicts: result.conflicts.filter((c) => !isOwned(c.path)),
    changes: result.changes.filter((c) => !isOwned(c.path)),
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
    found = readVersion(new Headers(), current, version) ?? found
  }
  // Without a version a retry could not be conditional: the caller fetches instead.
  return found ? { value: current as T, version: found } : null
}
