import type { HttpProblem } from '../http/types'
import type { MergeChange, MergeConflict } from '../merge/types'

/** A value with the version the server gave it (ETag or version field). */
export interface VersionedValue<T> {
  value: T
  version: string | null
}

export type { VersionSource } from '../http/version'

/** The conflict moment: what the person started from, what they wrote, what the server has. */
export interface ResourceConflict<T> {
  /** The server's version when editing started. */
  base: T
  /** The person's draft. */
  mine: T
  /** The server's current version. */
  theirs: T
  /** Both sides' non-overlapping changes applied; theirs at every conflicting path. */
  merged: T
  /** Paths both sides changed differently. Empty when the merge was clean (shown for review). */
  conflicts: MergeConflict[]
  /** Changes merged automatically. */
  changes: MergeChange[]
  /** The response that reported the conflict. */
  problem: HttpProblem
  /** The version `resolve()` will save against. */
  theirsVersion: string | null
}

/**
 * A clean merge with someone else's changes that was saved without review (`autoMerge:
 * 'save'`), so the person can be told what it combined and undo it.
 */
export interface AutoMerge<T> {
  /**
   * What was combined: `base` and `mine` (the draft before the merge), `theirs` (the server's
   * version the save went onto, what an undo writes back), `merged` and `changes`.
   */
  conflict: ResourceConflict<T>
  /** The version `base` had. */
  baseVersion: string | null
  /** What the server stored. */
  saved: VersionedValue<T>
}
