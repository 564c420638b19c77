import type { HttpProblem } from '../core/http/types'
import type { MergeChange, MergeConflict } from '../core/merge/types'

/** Where `useOptimisticResource` is in its life. */
export type OptimisticResourceStatus = 'loading' | 'ready' | 'saving' | 'conflict' | 'error'

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

/** A draft found in storage from an earlier visit, offered back to the person. */
export interface RestoredDraft<T> {
  draft: T
  baseVersion: string | null
  savedAt: number
}

/** Outcome of `save()` / `resolve()`: never throws, always tells what happened. */
export type SaveOutcome =
  | { status: 'saved'; version: string | null }
  | { status: 'conflict' }
  | { status: 'error'; problem: HttpProblem }
  | { status: 'skipped'; reason: 'not-dirty' | 'in-flight' | 'not-loaded' }

/** Status of `useSignupConflict`. */
export type SignupStatus = 'idle' | 'submitting' | 'success' | 'duplicate' | 'invalid' | 'error'

/** Status of `useConflictAction`. */
export type ConflictActionStatus = 'idle' | 'pending' | 'success' | 'state-conflict' | 'error'
