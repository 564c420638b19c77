// The save loop as data. A save is a short conversation with the server: write, and when the
// server says the write is stale, read theirs, merge, and either write again on top of theirs
// or stop with something for the person to decide. `saveStep` is that conversation's total
// transition function: given where the save is and what just happened, it answers the next
// request to make (`write` / `load`) or the result (`done`). It does no I/O, so every rule of
// the loop is a row in a table test; `saveWithMerge` and `createResourceController` drive it.
//
// The rules, in the order they are tried after a refused write:
// 1. Not stale, and not a first 428 (precondition required): the save failed with that problem.
// 2. Theirs comes from the refusal's body when it carried both value and version, else a load.
// 3. 428 and the server still holds the base: send the same draft with the version now known.
// 4. The merge is clean and the server holds it already (a lost answer): saved, `wrote: false`.
// 5. Stale while the server holds the base: re-send once with the validator just read; a
//    second refusal means its validators never match (`precondition_never_matches`).
// 6. A clean merge where only the version moved (or `autoMerge: 'save'`): write it on top of
//    theirs, at most `maxRebases` times.
// 7. Out of rebases with nothing of theirs to review: a `busy` failure (`kept_changing`).
// 8. Anything else: a conflict for the person (a clean one is shown for review).
// Whenever a write goes out again, a validator the server refused in this save that carries a
// content-coding suffix (`"abc-gzip"`: Apache's mod_deflate compares If-Match with `"abc"`) is
// sent in its bare form instead, once; the same request is never sent twice unchanged unless
// the server gave no other validator to try.
import type { HttpProblem } from '../http/types'
import { jsonEqual } from '../merge/jsonEqual'
import { createConflict, theirsFromProblem, type ConflictMergeOptions } from './createConflict'
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

/** The fixed inputs of one save: what it merges with and how far it may go. */
export interface SavePolicy {
  version?: VersionSource
  merge?: ConflictMergeOptions
  /** `'save'` re-sends a clean auto-merge at once; `'review'` shows it first. Defaults to `'review'`. */
  autoMerge?: 'review' | 'save'
  /** How many times a write may be re-sent on top of a newer version. Defaults to `3`. */
  maxRebases?: number
}

/** Where a save is: the write it is making and what it learnt on the way. */
export interface SaveState<T> {
  /** The value being written, what it was based on and that base's version. */
  value: T
  base: T
  baseVersion: string | null
  /** Writes re-sent on top of a newer version so far. */
  rebases: number
  /** A 428 was answered once (a second one is a failure). */
  sawPreconditionRequired: boolean
  /** The one re-send with a freshly read validator was made. */
  retriedPrecondition: boolean
  /** The validator the write in flight carries (`baseVersion`, or its bare form). */
  sent: string | null
  /** Validators the server refused as stale during this save: never sent again. */
  refused: (string | null)[]
  /** The refusal that the pending `load` answers. */
  refusal?: HttpProblem
  /** The last clean merge of someone else's changes sent without review, for its notice. */
  merged?: { conflict: ResourceConflict<T>; baseVersion: string | null }
  /** The server's version the latest write went onto (what an undo of `merged` writes back). */
  wentOnto?: VersionedValue<T>
}

/** What happened since the last step. */
export type SaveEvent<T> =
  | { type: 'written'; saved: VersionedValue<T> }
  | { type: 'refused'; problem: HttpProblem }
  /** Theirs is known; `mine` is the person's latest draft (typing goes on while a save is out). */
  | { type: 'loaded'; theirs: VersionedValue<T>; mine: T }
  | { type: 'load-failed'; problem: HttpProblem }

/** The next thing the driver does. */
export type SaveCommand<T> =
  /** Send a conditional write. `rebased` is set when it goes on top of theirs (caches follow). */
  | {
      type: 'write'
      value: T
      baseVersion: string | null
      base: T
      rebased?: VersionedValue<T>
    }
  /** Learn theirs: `known` when the refusal carried it, else a fresh GET. */
  | { type: 'load'; known: VersionedValue<T> | null }
  | { type: 'done'; result: SaveFlowResult<T> }

/** The first state and command of a save of `value` based on `base` at `baseVersion`. */
export function startSave<T>(
  value: T,
  base: T,
  baseVersion: string | null,
): { state: SaveState<T>; command: SaveCommand<T> } {
  const state: SaveState<T> = {
    value,
    base,
    baseVersion,
    rebases: 0,
    sawPreconditionRequired: false,
    retriedPrecondition: false,
    sent: baseVersion,
    refused: [],
  }
  return { state, command: { type: 'write', value, baseVersion, base } }
}

type Step<T> = { state: SaveState<T>; command: SaveCommand<T> }

const done = <T>(state: SaveState<T>, result: SaveFlowResult<T>): Step<T> => ({
  state,
  command: { type: 'done', result },
})

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

/** A validator without a content-coding suffix (`"abc-gzip"` -> `"abc"`), or null if it has none. */
export function bareValidator(version: string | null): string | null {
  if (version === null || !COMPRESSION_SUFFIX.test(version)) return null
  return version.replace(COMPRESSION_SUFFIX, (suffix) => (suffix.endsWith('"') ? '"' : ''))
}

/** The validator to send for `version`: its bare form if the server refused it as it is. */
function validatorFor<T>(state: SaveState<T>, version: string | null): string | null {
  if (!state.refused.includes(version)) return version
  const bare = bareValidator(version)
  return bare !== null && !state.refused.includes(bare) ? bare : version
}

/** Writes `value` on top of `onto` (the server's version now), remembering where it went. */
function writeOnto<T>(state: SaveState<T>, value: T, base: T, onto: VersionedValue<T>): Step<T> {
  const sent = validatorFor(state, onto.version)
  const next = { ...state, value, base, baseVersion: onto.version, sent, wentOnto: onto }
  return { state: next, command: { type: 'write', value, baseVersion: sent, base, rebased: onto } }
}

function written<T>(state: SaveState<T>, saved: VersionedValue<T>): Step<T> {
  const { merged, wentOnto } = state
  if (!merged || !wentOnto) return done(state, { type: 'saved', saved, wrote: true })
  return done(state, {
    type: 'saved',
    saved,
    wrote: true,
    autoMerge: {
      conflict: { ...merged.conflict, theirs: wentOnto.value, theirsVersion: wentOnto.version },
      baseVersion: merged.baseVersion,
      saved,
    },
  })
}

function refused<T>(state: SaveState<T>, problem: HttpProblem, policy: SavePolicy): Step<T> {
  const required = problem.kind === 'precondition-required' && !state.sawPreconditionRequired
  if (problem.kind !== 'stale' && !required) return done(state, { type: 'failed', problem })
  const next = {
    ...state,
    refusal: problem,
    sawPreconditionRequired: state.sawPreconditionRequired || required,
    refused: problem.kind === 'stale' ? [...state.refused, state.sent] : state.refused,
  }
  const known = problem.kind === 'stale' ? theirsFromProblem<T>(problem, policy.version) : null
  return { state: next, command: { type: 'load', known } }
}

/** The server's version moved under every re-send: worth trying again later, nothing lost. */
function keptChanging(problem: HttpProblem): HttpProblem {
  return {
    status: problem.status,
    kind: 'busy',
    code: 'kept_changing',
    title: 'The server kept changing while saving; nothing was saved, the draft is kept',
    raw: problem.raw,
  }
}

const unasked: HttpProblem = {
  status: 0,
  kind: 'other',
  code: 'unexpected_event',
  title: 'The save was handed a version it had not asked for; nothing was sent',
  raw: null,
}

function loaded<T>(
  state: SaveState<T>,
  theirs: VersionedValue<T>,
  mine: T,
  policy: SavePolicy,
): Step<T> {
  const problem = state.refusal
  // Drivers load only after a refusal; an answer nobody asked for ends the save, unsent.
  if (!problem) return done(state, { type: 'failed', problem: unasked })
  const { base, baseVersion } = state
  const required = problem.kind === 'precondition-required'

  // 428: the server wants a version we did not have. Only if nothing changed since the draft
  // started is it safe to send the same draft with the version now known. A GET without an
  // ETag may still be paired with the one the 428 carried: if the resource moved in between,
  // the server answers 412 and the normal merge follows.
  const version = theirs.version ?? (required ? (problem.currentVersion ?? null) : null)
  if (required && version !== null && jsonEqual(theirs.value, base)) {
    return writeOnto(state, mine, base, { value: theirs.value, version })
  }

  const conflict = createConflict(base, mine, theirs, problem, policy.merge)
  const clean = conflict.conflicts.length === 0
  // The server already holds everything the draft changed (a write that went through but whose
  // answer was lost): there is nothing left to save or to decide.
  if (clean && jsonEqual(conflict.merged, theirs.value)) {
    return done(state, { type: 'saved', saved: theirs, wrote: false })
  }
  // Nothing of theirs (the server holds the base) and yet the precondition failed: retry once
  // with the validator just read (a refusal in passing, a proxy's hiccup); a second refusal
  // means the server's validators never match. Never a merge, never a loop.
  if (problem.kind === 'stale' && jsonEqual(theirs.value, base)) {
    if (state.retriedPrecondition) {
      return done(state, {
        type: 'failed',
        problem: preconditionNeverMatches(problem, theirs.version ?? state.sent),
      })
    }
    return writeOnto({ ...state, retriedPrecondition: true }, mine, base, theirs)
  }
  // Only the version moved (or only server-owned fields): nothing of theirs to review. Never the
  // very same request again: the version moved, or the base did.
  const moved = theirs.version !== baseVersion || !jsonEqual(theirs.value, base)
  const onlyMine = clean && moved && conflict.changes.every((change) => change.from === 'mine')
  const resend = policy.autoMerge === 'save' || onlyMine
  if (clean && resend && moved && state.rebases < (policy.maxRebases ?? 3)) {
    const next = {
      ...state,
      rebases: state.rebases + 1,
      merged: onlyMine ? state.merged : { conflict, baseVersion },
    }
    return writeOnto(next, conflict.merged, theirs.value, theirs)
  }
  // Out of rebases with nothing of theirs to show: a review would offer nothing to decide.
  if (onlyMine) return done(state, { type: 'failed', problem: keptChanging(problem) })
  return done(state, { type: 'conflict', conflict })
}

/**
 * The save loop's transition: where the save is and what just happened -> where it is now and
 * what to do next. Total and pure: every event is answered in every state.
 */
export function saveStep<T>(
  state: SaveState<T>,
  event: SaveEvent<T>,
  policy: SavePolicy = {},
): Step<T> {
  switch (event.type) {
    case 'written':
      return written(state, event.saved)
    case 'refused':
      return refused(state, event.problem, policy)
    case 'load-failed':
      return done(state, { type: 'failed', problem: event.problem })
    case 'loaded':
      return loaded(state, event.theirs, event.mine, policy)
  }
}
