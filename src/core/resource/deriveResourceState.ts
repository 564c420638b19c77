import type { HttpProblem } from '../http/types'
import { jsonEqual } from '../merge/jsonEqual'
import type { EditSession } from './editSession'
import type { ResourceConflict, VersionedValue } from './types'

/** Whether the resource is there to edit, in TanStack Query's words. */
export type ResourceLoadStatus = 'pending' | 'error' | 'success'

/** Where the person's edit is: the edit session's phase. */
export type ResourceEditPhase = EditSession<unknown>['phase']

/** Fields of every view, loaded or not. */
export interface ResourceViewFlags<T> {
  version: string | null
  isDirty: boolean
  /** The server has a newer version than the draft's base (seen by a background refetch). */
  isStale: boolean
  theirs: VersionedValue<T> | null
  /** A just-discarded draft can be brought back (`undoDiscard`). */
  canUndoDiscard: boolean
  /** Work that leaving the page would abandon: unsaved, in flight, failed or in conflict. */
  hasUnsavedWork: boolean
}

/** The edit phase once loaded; `phase` narrows `conflict` and `problem`. */
export type ResourceEditView<T> =
  | { phase: 'viewing' | 'editing' | 'saving'; conflict: null; problem: null }
  | { phase: 'conflict'; conflict: ResourceConflict<T>; problem: HttpProblem }
  | { phase: 'failed'; conflict: null; problem: HttpProblem }

/**
 * What the UI shows. The load status (`status`) is kept apart from the edit phase (`phase`):
 * a failed first load is `status: 'error'`, a failed save is `phase: 'failed'`.
 * `status: 'success'` narrows `data` and `draft` to `T`.
 */
export type ResourceView<T> = ResourceViewFlags<T> &
  (
    | {
        status: 'pending'
        phase: 'viewing'
        data: undefined
        draft: undefined
        conflict: null
        problem: null
      }
    | {
        status: 'error'
        phase: 'viewing'
        data: undefined
        draft: undefined
        conflict: null
        problem: HttpProblem
      }
    | ({ status: 'success'; data: T; draft: T } & ResourceEditView<T>)
  )

const unloaded = {
  version: null,
  isDirty: false,
  isStale: false,
  theirs: null,
  canUndoDiscard: false,
  hasUnsavedWork: false,
  phase: 'viewing',
  data: undefined,
  draft: undefined,
  conflict: null,
} as const

/** Derives status, phase and flags; pure, so every rule about "stale" and "dirty" is tested here. */
export function deriveResourceState<T>(
  session: EditSession<T>,
  cached: VersionedValue<T> | undefined,
  loadProblem: HttpProblem | null,
): ResourceView<T> {
  if (session.phase === 'viewing') {
    if (cached === undefined) {
      return loadProblem
        ? { ...unloaded, status: 'error', problem: loadProblem }
        : { ...unloaded, status: 'pending', problem: null }
    }
    return {
      status: 'success',
      phase: 'viewing',
      data: cached.value,
      draft: cached.value,
      version: cached.version,
      isDirty: false,
      isStale: false,
      theirs: null,
      canUndoDiscard: session.discarded !== undefined,
      hasUnsavedWork: false,
      conflict: null,
      problem: null,
    }
  }
  const isDirty = !jsonEqual(session.draft, session.base)
  // A newer server version while the person edits: by version when there is one, else by value.
  const newer =
    cached !== undefined &&
    (session.phase === 'editing' || session.phase === 'failed') &&
    (session.baseVersion !== null || cached.version !== null
      ? cached.version !== session.baseVersion
      : !jsonEqual(cached.value, session.base))
  const common = {
    status: 'success' as const,
    // An edit session always started from a loaded value; if the cache was dropped since,
    // that value is the best truth there is.
    data: cached === undefined ? session.base : cached.value,
    draft: session.draft,
    version: cached?.version ?? session.baseVersion,
    isDirty,
    isStale: newer,
    theirs: newer ? (cached ?? null) : null,
    canUndoDiscard: false,
    hasUnsavedWork: isDirty || session.phase !== 'editing',
  }
  switch (session.phase) {
    case 'conflict':
      return {
        ...common,
        phase: 'conflict',
        conflict: session.conflict,
        problem: session.conflict.problem,
      }
    case 'failed':
      return { ...common, phase: 'failed', conflict: null, problem: session.problem }
    case 'saving':
    case 'editing':
      return { ...common, phase: session.phase, conflict: null, problem: null }
  }
}
