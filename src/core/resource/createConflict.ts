import type { HttpProblem } from '../http/types'
import { readVersion } from '../http/version'
import { fieldPath, getAtPath } from '../merge/getAtPath'
import { mergeValues, type MergeValuesOptions } from '../merge/mergeValues'
import { setAtPath } from '../merge/setAtPath'
import type { MergePath } from '../merge/types'
import type { ResourceConflict, VersionSource, VersionedValue } from './types'
import { normalizedText } from './resourceBody'

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

// Two texts a person could not tell apart: servers trim a trailing newline (DRF's CharField)
// or store CRLF (vCard, some Windows tools). Such sides are not shown as a conflict.
const lookSame = (mine: unknown, theirs: unknown) =>
  typeof mine === 'string' &&
  typeof theirs === 'string' &&
  normalizedText(mine) === normalizedText(theirs)

const toLf = (text: string) => text.replace(/\r\n?/g, '\n')

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
  // Texts in different line-ending styles merge line by line on `\n`; the result keeps the
  // server's style.
  const mixed = isText && [base, mine, theirs.value].some((t) => (t as string).includes('\r'))
  const crlf = mixed && (theirs.value as string).includes('\r\n')
  const result = mixed
    ? mergeValues<unknown>(
        toLf(base as string),
        toLf(mine as string),
        toLf(theirs.value as string),
        {
          ...mergeOptions,
          text: () => true,
        },
      )
    : mergeValues(
        base,
        mine,
        theirs.value,
        isText ? { ...mergeOptions, text: () => true } : mergeOptions,
      )
  const owned = serverFields.map((field) => fieldPath(theirs.value, field))
  let merged = result.merged as T
  if (crlf && typeof merged === 'string') merged = merged.replace(/\n/g, '\r\n') as T
  const alike = result.conflicts.filter((c) => lookSame(c.mine, c.theirs))
  for (const c of alike) {
    // The person's own text, which the server will store in its own form anyway.
    merged = (c.path.length === 0 ? mine : setAtPath(merged, c.path, c.mine)) as T
  }
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
    conflicts: result.conflicts.filter((c) => !isOwned(c.path) && !alike.includes(c)),
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
