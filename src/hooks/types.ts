import type { HttpProblem } from '../core/http/types'
import type { ResourceConflict } from '../core/resource/types'

export type { ResourceConflict }

/** Where `useOptimisticResource` is in its life. */
export type OptimisticResourceStatus = 'loading' | 'ready' | 'saving' | 'conflict' | 'error'

/** A draft found in storage from an earlier visit, offered back to the person. */
export interface RestoredDraft<T> {
  draft: T
  /** The server value the draft was based on (the merge base). */
  base: T
  baseVersion: string | null
  savedAt: number
}

/** Outcome of `save()` / `resolve()`: never throws, always tells what happened. */
export type SaveOutcome =
  | { status: 'saved'; version: string | null }
  | { status: 'conflict' }
  | { status: 'error'; problem: HttpProblem }
  | { status: 'skipped'; reason: 'not-dirty' | 'in-flight' | 'not-loaded' }

/** Why a `save` / `resolve` / `submit` / `run` call did nothing. */
export type SkipReason = 'not-dirty' | 'in-flight' | 'not-loaded'

/**
 * What `save()`, `resolve()`, `submit()` and `run()` resolve with, in TanStack Query's terms.
 * They never throw: `status` says what happened, `data` is the server's answer on success and
 * `problem` the reason otherwise. `conflict` is the answer the kit exists for (a stale write, an
 * identifier already registered, an action the resource's state no longer allows); `skipped`
 * means nothing was sent.
 */
export type Outcome<TData> =
  | { status: 'success'; data: TData; problem: null }
  | { status: 'conflict'; data: undefined; problem: HttpProblem }
  | { status: 'error'; data: undefined; problem: HttpProblem }
  | { status: 'skipped'; data: undefined; problem: null; reason: SkipReason }

/** Status of `useSignupConflict`: `duplicate` and `invalid` are the two ways a signup is refused. */
export type SignupStatus = 'idle' | 'pending' | 'success' | 'duplicate' | 'invalid' | 'error'

/** Status of `useConflictAction`: `conflict` means the resource's state no longer allows it. */
export type ConflictActionStatus = 'idle' | 'pending' | 'success' | 'conflict' | 'error'

/** The server's newer version, seen by a background refetch while the person had unsaved edits. */
export interface TheirsSnapshot<T> {
  value: T
  version: string | null
}

/** What `useOptimisticResource` returns. `status` narrows `conflict` and `problem`. */
export type OptimisticResourceResult<T> = OptimisticResourceBase<T> &
  (
    | { status: 'loading'; conflict: null }
    | { status: 'ready'; conflict: null }
    | { status: 'saving'; conflict: null }
    | { status: 'conflict'; conflict: ResourceConflict<T> }
    | { status: 'error'; conflict: null; problem: HttpProblem }
  )

/** Fields every `useOptimisticResource` state has. */
export interface OptimisticResourceBase<T> {
  /** The server's truth as cached (shows the draft while an optimistic save is in flight). */
  data: T | undefined
  /** Version (ETag or field) of `data`. */
  version: string | null
  /** The person's working copy; equals `data` until they edit. */
  draft: T | undefined
  setDraft: (next: T | ((prev: T) => T)) => void
  /** Saves the draft against the version editing started from. Never throws. */
  save: () => Promise<SaveOutcome>
  /** Saves the person's chosen result of a conflict against theirs' version. */
  resolve: (value: T) => Promise<SaveOutcome>
  /** Drops the draft and takes the server's current version. */
  discard: () => void
  /** The last failure (save, load or conflict), if any. */
  problem: HttpProblem | null
  isDirty: boolean
  isSaving: boolean
  /** The server has a newer version than the draft's base (seen by a background refetch). */
  isStale: boolean
  /** That newer version, while `isStale`. */
  theirs: TheirsSnapshot<T> | null
  /** A draft from an earlier visit, offered back until restored or dismissed. */
  restoredDraft: RestoredDraft<T> | null
  restoreDraft: () => void
  dismissRestoredDraft: () => void
  /** Fetches the server's version now (bypassing HTTP caches). */
  refetch: () => Promise<void>
}

/** What `useSignupConflict` returns. The `isX` flags are `status` compared, nothing more. */
export interface SignupConflictResult<V> {
  status: SignupStatus
  isIdle: boolean
  isPending: boolean
  isSuccess: boolean
  isDuplicate: boolean
  isInvalid: boolean
  isError: boolean
  /**
   * Runs the app's `submit(values)` and classifies the answer. Never throws. A duplicate
   * resolves as `conflict`, validation errors as `error` with `problem.kind === 'validation'`,
   * a call while one is pending as `skipped`. Stable across renders.
   */
  submit: (values: V) => Promise<Outcome<unknown>>
  /** The server's answer for `duplicate`, `invalid` and `error`, else null. */
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
  /** Clears the conflicting field's value, moves focus back to it and returns to `idle`. */
  chooseAnother: () => void
  /** Same-origin password-reset link, or null. */
  resetPasswordHref: string | null
  resetPassword: () => void
  /** Back to `idle`. */
  reset: () => void
  isEnumerationSafe: boolean
  /**
   * Props for the identifier input (`<input {...signup.getIdentifierProps()} />`) so that
   * `chooseAnother()` can clear and focus it. Carries a callback `ref`.
   */
  getIdentifierProps: () => { ref: (element: HTMLInputElement | null) => void }
}

/** What `useConflictAction` returns. The `isX` flags are `status` compared, nothing more. */
export interface ConflictActionResult<I, R> {
  status: ConflictActionStatus
  isIdle: boolean
  isPending: boolean
  isSuccess: boolean
  isConflict: boolean
  isError: boolean
  /**
   * Runs the action. Never throws: a state conflict resolves as `conflict`, a call while one is
   * pending as `skipped`. Stable across renders.
   */
  run: (input: I) => Promise<Outcome<R | undefined>>
  /** The action's result after `success`. */
  data: R | undefined
  /** The server's answer for `conflict` and `error`, else null. */
  problem: HttpProblem | null
  /** The resource's state now, from the conflict body or a refetch (`shipped`, `accepted`, ...). */
  currentState: string | null
  /** The resource as the server has it now, if known. */
  current: unknown
  /** Actions still possible in the current state, when the server said. */
  allowedActions: string[]
  /** Back to `idle`. */
  reset: () => void
}
