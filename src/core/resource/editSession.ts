import type { HttpProblem } from '../http/types'
import type { ResourceConflict, VersionedValue } from './types'

/**
 * The person's side of an edit, as a state machine. `viewing`: no draft, the UI shows the
 * server's value. Every other phase holds the draft, the base it started from and the base's
 * version, captured when editing started (never from a later background refetch).
 */
export type EditSession<T> =
  | { phase: 'viewing'; discarded?: DiscardedDraft<T> }
  | { phase: 'editing'; draft: T; base: T; baseVersion: string | null }
  | { phase: 'saving'; draft: T; base: T; baseVersion: string | null; sent: T }
  | {
      phase: 'conflict'
      draft: T
      base: T
      baseVersion: string | null
      conflict: ResourceConflict<T>
    }
  | { phase: 'failed'; draft: T; base: T; baseVersion: string | null; problem: HttpProblem }

/** A draft the person just discarded, kept so the discard can be undone. */
export interface DiscardedDraft<T> {
  draft: T
  base: T
  baseVersion: string | null
}

/** Everything that moves an edit session. */
export type EditAction<T> =
  | { type: 'edit'; next: T | ((prev: T) => T); server: VersionedValue<T> }
  | { type: 'restore'; draft: T; base: T; baseVersion: string | null }
  | { type: 'save-start' }
  | { type: 'save-success'; saved: VersionedValue<T> }
  | { type: 'save-failure'; problem: HttpProblem }
  | { type: 'conflict'; conflict: ResourceConflict<T> }
  /** An undone auto-merge: the draft as it was before the merge, the merge held for review. */
  | { type: 'hold'; draft: T; base: T; baseVersion: string | null; conflict: ResourceConflict<T> }
  | { type: 'rebase'; value: T; onto: VersionedValue<T> }
  | { type: 'discard' }
  | { type: 'undo-discard' }

/** The starting session: nothing edited. */
export const viewing = { phase: 'viewing' } as const

function apply<T>(next: T | ((prev: T) => T), prev: T): T {
  return typeof next === 'function' ? (next as (prev: T) => T)(prev) : next
}

/** The pure transition function behind `useOptimisticResource`. */
export function editReducer<T>(state: EditSession<T>, action: EditAction<T>): EditSession<T> {
  switch (action.type) {
    case 'edit': {
      if (state.phase === 'viewing') {
        const { value, version } = action.server
        return {
          phase: 'editing',
          draft: apply(action.next, value),
          base: value,
          baseVersion: version,
        }
      }
      // Edits while saving land in the draft; the request in flight keeps its own copy.
      if (state.phase === 'saving') return { ...state, draft: apply(action.next, state.draft) }
      // During a conflict the person's draft is what the resolver compares against: keep it.
      if (state.phase === 'conflict') return state
      return {
        phase: 'editing',
        draft: apply(action.next, state.draft),
        base: state.base,
        baseVersion: state.baseVersion,
      }
    }
    case 'restore':
      return {
        phase: 'editing',
        draft: action.draft,
        base: action.base,
        baseVersion: action.baseVersion,
      }
    case 'save-start':
      if (state.phase === 'viewing' || state.phase === 'saving') return state
      return {
        phase: 'saving',
        draft: state.draft,
        base: state.base,
        baseVersion: state.baseVersion,
        sent: state.draft,
      }
    case 'save-success': {
      if (state.phase !== 'saving') return state
      // Typing went on while the request was out: keep those edits, now based on the saved value.
      if (state.draft !== state.sent) {
        return {
          phase: 'editing',
          draft: state.draft,
          base: action.saved.value,
          baseVersion: action.saved.version,
        }
      }
      return viewing
    }
    case 'save-failure':
      if (state.phase === 'viewing') return state
      return {
        phase: 'failed',
        draft: state.draft,
        base: state.base,
        baseVersion: state.baseVersion,
        problem: action.problem,
      }
    case 'conflict':
      if (state.phase === 'viewing') return state
      return {
        phase: 'conflict',
        draft: state.draft,
        base: state.base,
        baseVersion: state.baseVersion,
        conflict: action.conflict,
      }
    case 'hold':
      return {
        phase: 'conflict',
        draft: action.draft,
        base: action.base,
        baseVersion: action.baseVersion,
        conflict: action.conflict,
      }
    case 'rebase':
      // The person chose a result (or accepted a clean merge): it is now based on theirs.
      return {
        phase: 'saving',
        draft: action.value,
        base: action.onto.value,
        baseVersion: action.onto.version,
        sent: action.value,
      }
    case 'discard':
      // Nothing is lost at once: the draft stays undoable until the person edits or saves again.
      if (state.phase === 'viewing') return state
      return {
        phase: 'viewing',
        discarded: { draft: state.draft, base: state.base, baseVersion: state.baseVersion },
      }
    case 'undo-discard':
      if (state.phase !== 'viewing' || !state.discarded) return state
      return { phase: 'editing', ...state.discarded }
  }
}
