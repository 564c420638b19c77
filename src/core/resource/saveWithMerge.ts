import { isProblemError, problemFromError } from '../http/problemError'
import type { HttpProblem } from '../http/types'
import { createConflict, theirsFromProblem, type ConflictMergeOptions } from './createConflict'
import { jsonEqual } from '../merge/jsonEqual'
import type { AutoMerge, ResourceConflict, VersionSource, VersionedValue } from './types'

/** What a save came to: stored, a conflict for the person to decide, or a failure. */
export type SaveFlowResult<T> =
  /**
   * `wrote` is false when the server turned out to hold the draft already (no new version).
   * `autoMerge` is the clean merge with someone else's changes that was saved without review
   * (`autoMerge: 'save'`): what it combined, so the person can be told and can undo it.
   */
  | { type: 'saved'; saved: VersionedValue<T>; wrote: boolean; autoMerge?: AutoMerge<T> }
  | { type: 'conflict'; conflict: ResourceConflict<T> }
  | { type: 'failed'; problem: HttpProblem }

/** The steps `saveWithMerge` needs; the React hook and plain Node clients both provide them. */
export interface SaveFlow<T> {
  /** The value to send and what it was based on. */
  value: T
  base: T
  baseVersion: string | null
  /**
   * Sends a conditional write of `value` against `baseVersion` (and `base`, which a server
   * without validators is compared with). Throws `ProblemError` (or anything: it becomes a problem).
   */
  write: (value: T, baseVersion: string | null, base: T) => Promise<VersionedValue<T>>
  /** GETs the server's version, bypassing caches. */
  loadFresh: () => Promise<VersionedValue<T>>
  /** The person's latest draft: typing may go on while a request is out. Defaults to `value`. */
  getMine?: () => T
  /** Called when the server's newer version is known (to update caches). */
  onTheirs?: (theirs: VersionedValue<T>) => void
  /** Called before a write is re-sent on top of theirs (clean auto-merge or 428 recovery). */
  onRebase?: (value: T, onto: VersionedValue<T>) => void
  version?: VersionSource
  merge?: ConflictMergeOptions
  /** `'save'` re-sends a clean auto-merge at once; `'review'` shows it first. Defaults to `'review'`. */
  autoMerge?: 'review' | 'save'
  /** How many times a write may be re-sent on top of a newer version. Defaults to `3`. */
  maxRebases?: number
}

function toProblem(error: unknown): HttpProblem {
  return isProblemError(error) ? error.problem : problemFromError(error)
}

const COMPRESSION_SUFFIX = /-(gzip|br|deflate|zstd)"?$/

/**
 * The server refused the precondition while holding exactly the base: its validator does not
 * validate. Said to the developer, never shown as a merge.
 */
export function preconditionNeverMatches(problem: HttpProblem, sent: string | null): HttpProblem {
  const suffix = sent === null ? null : COMPRESSION_SUFFIX.exec(sent)
  return {
    status: problem.status,
    kind: 'other',
    code: 'precondition_never_matches',
    title: suffix
      ? `The server rejects its own ETag: ${sent} ends in a compression suffix (-${suffix[1]}) that If-Match does not accept`
      : 'The server rejects its own version: the write was refused although nothing changed there',
    detail:
      'The server answered the write with a failed precondition while holding exactly the ' +
      'version the edit started from. Its validators are broken (Apache with mod_deflate adds ' +
      '"-gzip" to ETags; a proxy may rewrite them). Nothing was saved; the draft is kept.',
    ...(problem.currentVersion ? { currentVersion: problem.currentVersion } : {}),
    raw: problem.raw,
  }
}

/**
 * Saves a draft conditionally and, when the server says it is stale, fetches theirs, merges
 * base / mine / theirs and either re-sends a clean merge or returns the conflict. It never
 * re-sends the same request: every retry carries the newer version.
 */
export async function saveWithMerge<T>(flow: SaveFlow<T>): Promise<SaveFlowResult<T>> {
  const maxRebases = flow.maxRebases ?? 3
  let { value, base, baseVersion } = flow
  let rebases = 0
  let sawPreconditionRequired = false
  let retriedPrecondition = false
  // The last clean merge of someone else's changes sent without review (for the notice and its
  // undo), and the server's version the final write went onto (what an undo writes back).
  let merged: { conflict: ResourceConflict<T>; baseVersion: string | null } | undefined
  let wentOnto: VersionedValue<T> | undefined
  for (;;) {
    let problem: HttpProblem
    try {
      const saved = await flow.write(value, baseVersion, base)
      if (!merged || !wentOnto) return { type: 'saved', saved, wrote: true }
      return {
        type: 'saved',
        saved,
        wrote: true,
        autoMerge: {
          conflict: { ...merged.conflict, theirs: wentOnto.value, theirsVersion: wentOnto.version },
          baseVersion: merged.baseVersion,
          saved,
        },
      }
    } catch (error) {
      problem = toProblem(error)
    }
    const required = problem.kind === 'precondition-required' && !sawPreconditionRequired
    if (problem.kind !== 'stale' && !required) return { type: 'failed', problem }
    if (required) sawPreconditionRequired = true

    let theirs = problem.kind === 'stale' ? theirsFromProblem<T>(problem, flow.version) : null
    if (!theirs) {
      try {
        theirs = await flow.loadFresh()
      } catch (error) {
        return { type: 'failed', problem: toProblem(error) }
      }
    }
    flow.onTheirs?.(theirs)
    const mine = flow.getMine?.() ?? value

    // 428: the server wants a version we did not have. Only if nothing changed since the
    // draft started is it safe to send the same draft with the version now known.
    // A GET without an ETag may still be paired with the one the 428 carried: if the
    // resource moved in between, the server answers 412 and the normal merge follows.
    const known = theirs.version ?? (required ? (problem.currentVersion ?? null) : null)
    if (required && known !== null && jsonEqual(theirs.value, base)) {
      const onto = { value: theirs.value, version: known }
      wentOnto = onto
      flow.onRebase?.(mine, onto)
      value = mine
      baseVersion = known
      continue
    }

    const conflict = createConflict(base, mine, theirs, problem, flow.merge)
    const clean = conflict.conflicts.length === 0
    // The server already holds everything the draft changed (a write that went through but
    // whose answer was lost): there is nothing left to save or to decide.
    if (clean && jsonEqual(conflict.merged, theirs.value)) {
      return { type: 'saved', saved: theirs, wrote: false }
    }
    // Nothing of theirs (the server holds the base) and yet the precondition failed: retry
    // once with the validator just read (a refusal in passing, a proxy's hiccup); a second
    // refusal means the server's validators never match. Never a merge, never a loop.
    if (problem.kind === 'stale' && jsonEqual(theirs.value, base)) {
      if (retriedPrecondition) {
        return { type: 'failed', problem: preconditionNeverMatches(problem, baseVersion) }
      }
      retriedPrecondition = true
      wentOnto = theirs
      flow.onRebase?.(mine, theirs)
      value = mine
      baseVersion = theirs.version
      continue
    }
    // Only the version moved (or only server-owned fields): nothing of theirs to review.
    // Never the very same request again: the version moved, or the base did.
    const moved = theirs.version !== baseVersion || !jsonEqual(theirs.value, base)
    const onlyMine = clean && moved && conflict.changes.every((change) => change.from === 'mine')
    const resend = flow.autoMerge === 'save' || onlyMine
    if (clean && resend && rebases < maxRebases && moved) {
      rebases++
      if (!onlyMine) merged = { conflict, baseVersion }
      wentOnto = theirs
      flow.onRebase?.(conflict.merged, theirs)
      value = conflict.merged
      base = theirs.value
      baseVersion = theirs.version
      continue
    }
    return { type: 'conflict', conflict }
  }
}
