import type { HttpProblem } from '../core/http/types'
import type {
  ResourceEditPhase,
  ResourceLoadStatus,
  ResourceView,
} from '../core/resource/deriveResourceState'
import type { ResourceConflict } from '../core/resource/types'

export type { ResourceConflict }

/** Whether `useOptimisticResource` has the resource: `pending`, `error` (first load failed), `success`. */
export type OptimisticResourceStatus = ResourceLoadStatus

/** Where the person's edit is: `viewing`, `editing`, `saving`, `conflict`, `failed` (save failed). */
export type OptimisticResourcePhase = ResourceEditPhase

/** A draft found in storage from an earlier visit or another tab, offered back to the person. */
export interface RestoredDraft<T> {
  draft: T
  /** The server value the draft was based on (the merge base). */
  base: T
  baseVersion: string | null
  savedAt: number
  /** `'this-tab'`: this tab's own draft (a reload); `'other-tab'`: left by another tab. */
  from: 'this-tab' | 'other-tab'
  /** The server has a newer version than the draft's base: saving it will merge. */
  isStale: boolean
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

/** The server's newer version, seen by a background refetch while the person had unsaved edits. */
export interface TheirsSnapshot<T> {
  value: T
  version: string | null
}

/**
 * What `useOptimisticResource` returns. `status` (load) narrows `data` and `draft`;
 * `phase` (edit) narrows `conflict` and `problem`; every `isX` flag is derived from them.
 */
export type OptimisticResourceResult<T> = ResourceView<T> & OptimisticResourceBase<T>

/** Functions and derived flags every `useOptimisticResource` state has. Functions are stable. */
export interface OptimisticResourceBase<T> {
  /** The person's working copy once loaded; equals `data` until they edit. */
  draft: T | undefined
  /** Version (ETag or field) of `data`. */
  version: string | null
  setDraft: (next: T | ((prev: T) => T)) => void
  /**
   * Saves the draft against the version editing started from. Never throws. During a
   * conflict it answers `conflict` (the resolver is the way on), never `skipped`.
   */
  save: () => Promise<SaveOutcome>
  /** Saves the person's chosen result of a conflict against theirs' version. */
  resolve: (value: T) => Promise<SaveOutcome>
  /** Drops the draft and takes the server's current version; `undoDiscard` brings it back. */
  discard: () => void
  /** Brings back the draft `discard` dropped, until the person edits again. */
  undoDiscard: () => void
  /** The last failure (load, save or conflict), if any. */
  problem: HttpProblem | null
  isDirty: boolean
  /** `status === 'pending'`. */
  isPending: boolean
  /** `status === 'error'`: the first load failed. */
  isError: boolean
  /** `status === 'success'`. */
  isSuccess: boolean
  /** `phase === 'saving'`. */
  isSaving: boolean
  /** `phase === 'conflict'`. */
  isConflict: boolean
  /** `phase === 'failed'`: the last save did not happen (offline, server error); the draft is kept. */
  isFailed: boolean
  /** The server has a newer version than the draft's base (seen by a background refetch). */
  isStale: boolean
  /** That newer version, while `isStale`. */
  theirs: TheirsSnapshot<T> | null
  canUndoDiscard: boolean
  /** Unsaved, in-flight, failed or conflicting work that leaving the page would abandon. */
  hasUnsavedWork: boolean
  /** A draft from an earlier visit or another tab, offered back until restored or dismissed. */
  restoredDraft: RestoredDraft<T> | null
  restoreDraft: () => void
  dismissRestoredDraft: () => void
  /** Fetches the server's version now (bypassing HTTP caches). */
  refetch: () => Promise<void>
}

/** What `useSignupConflict` returns. */
export interface SignupConflictResult<V> {
  status: SignupStatus
  /** Runs the app's `submit(values)` and classifies the outcome. Never throws. */
  submit: (values: V) => Promise<SignupStatus>
  problem: HttpProblem | null
  /** The identifier field that is already registered (`email`, `username`, ...). */
  field: string | null
  /** Its value as submitted. */
  identifier: string | null
  /** Validation errors per field (status `invalid`), `root` for form-wide ones. */
  fieldErrors: Record<string, string>
  /** A readable message for `invalid`, `error` and the neutral enumeration-safe outcome. */
  message: string | null
  /** Same-origin login link (with the identifier only when the app opted in), or null. */
  loginHref: string | null
  /** Hands the identifier to the login page (session storage) and navigates to `loginHref`. */
  login: () => void
  /** Clears the conflicting field's value and moves focus back to it. */
  useDifferent: () => void
  /** Same-origin password-reset link, or null. */
  resetPasswordHref: string | null
  resetPassword: () => void
  /** Back to `idle`. */
  reset: () => void
  isEnumerationSafe: boolean
  /**
   * Props for the identifier input (`<input {...signup.getIdentifierProps()} />`) so that
   * `useDifferent()` can clear and focus it. Carries a callback `ref`.
   */
  getIdentifierProps: () => { ref: (element: HTMLInputElement | null) => void }
}

/** What `useConflictAction` returns. */
export interface ConflictActionResult<I, R> {
  status: ConflictActionStatus
  /** Runs the action. Never throws; resolves with the new status. */
  run: (input: I) => Promise<ConflictActionStatus>
  data: R | undefined
  problem: HttpProblem | null
  /** The resource's state now, from the conflict body or a refetch (`shipped`, `accepted`, ...). */
  currentState: string | null
  /** The resource as the server has it now, if known. */
  current: unknown
  /** Actions still possible in the current state, when the server said. */
  allowedActions: string[]
  reset: () => void
}
