import type { ResolutionSlot } from '../core/resolution/conflictResolution'
import type { Decision, ResolutionPick } from '../core/resolution/decisions'
import type { HttpProblem } from '../core/http/types'
import type { ResourceEditPhase, ResourceLoadStatus } from '../core/resource/deriveResourceState'
import type { Outcome } from '../core/outcome'
import type { ResourceControllerView, SaveOutcome } from '../core/resource/resourceController'
import type { ResourceConflict } from '../core/resource/types'

export type { ResourceConflict }

/** Whether `useOptimisticResource` has the resource: `pending`, `error` (first load failed), `success`. */
export type OptimisticResourceStatus = ResourceLoadStatus

/** Where the person's edit is: `viewing`, `editing`, `saving`, `conflict`, `failed` (save failed). */
export type OptimisticResourcePhase = ResourceEditPhase

export type { Outcome, SkipReason } from '../core/outcome'
export type { SaveOutcome } from '../core/resource/resourceController'

/** Status of `useSignupConflict`: `duplicate` and `invalid` are the two ways a signup is refused. */
export type SignupStatus = 'idle' | 'pending' | 'success' | 'duplicate' | 'invalid' | 'error'

/** Status of `useConflictAction`: `conflict` means the resource's state no longer allows it. */
export type ConflictActionStatus = 'idle' | 'pending' | 'success' | 'conflict' | 'error'

/**
 * What `useOptimisticResource` returns: the controller's view (`status` narrows `data` and
 * `draft`, `phase` narrows `conflict` and `problem`), its actions, and the `isX` flags derived
 * from `status` and `phase`.
 */
export type OptimisticResourceResult<T> = ResourceControllerView<T> & OptimisticResourceActions<T>

/** The actions and derived flags of `useOptimisticResource`. Functions are stable. */
export interface OptimisticResourceActions<T> {
  setDraft: (next: T | ((prev: T) => T)) => void
  /**
   * Saves the draft against the version editing started from. Never throws. During a
   * conflict it answers `conflict` (the resolver is the way on), never `skipped`.
   */
  save: () => Promise<SaveOutcome<T>>
  /** Saves the person's chosen result of a conflict against theirs' version. */
  resolve: (value: T) => Promise<SaveOutcome<T>>
  /** Drops the draft and takes the server's current version; `undoDiscard` brings it back. */
  discard: () => void
  /** Brings back the draft `discard` dropped, until the person edits again. */
  undoDiscard: () => void
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
  /** Takes the offered `restoredDraft` as the draft. */
  restoreDraft: () => void
  /** Declines the offered draft (this tab's copy is removed; another tab's stays for it). */
  dismissRestoredDraft: () => void
  /** Fetches the server's version now (bypassing HTTP caches). */
  refetch: () => Promise<void>
  /**
   * Undoes `autoMerged`: writes the server's version from before the merge back (conditionally,
   * against the version just saved) and holds the merge for review as a clean conflict, with
   * the draft as it was. Never throws; if someone saved since, nothing is written and it
   * answers `error` with a `stale` problem (and `autoMerged` goes).
   */
  undoAutoMerge: () => Promise<SaveOutcome<T>>
  /** Hides `autoMerged` (the merge stays saved). */
  dismissAutoMerged: () => void
  /**
   * Keeps the resolver's work on the open conflict with the draft (`ConflictResolver` calls it
   * as decisions are made); it comes back as `resolutionWork` after a reload.
   */
  keepResolution: (work: unknown) => void
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

/**
 * What `useConflictResolution` returns. The actions (`pick` ... `reset`) keep their identity;
 * `decisionOf` and `isDecided` read the current state and change with it.
 */
export interface ConflictResolution<T> {
  /**
   * The conflict these decisions are about (null when there is none): the one the slots and
   * `result` were worked out from, so whatever reads the resolution reads them together.
   */
  conflict: ResourceConflict<T> | null
  /** `'clean'` (nothing to decide), `'undecided'` or `'decided'` (ready to save). */
  status: 'clean' | 'undecided' | 'decided'
  /** Slots still waiting for a decision. */
  undecidedCount: number
  /** Every place to decide, in document order (one per value conflict, one per text hunk). */
  slots: readonly ResolutionSlot[]
  /** The slot navigation moves from, or null when there are none. */
  current: number | null
  /** The decision held for a slot. */
  decisionOf: (slot: number) => Decision
  isDecided: (slot: number) => boolean
  pick: (slot: number, pick: ResolutionPick) => void
  /** Sets a slot's own text (and picks Edit). */
  edit: (slot: number, text: string) => void
  /** Decides every undecided slot for one side; decisions already made stay. */
  acceptAll: (side: 'mine' | 'theirs') => void
  setCurrent: (slot: number) => void
  /** Moves to the next undecided slot (wrapping) and returns it, or null when none is left. */
  next: () => number | null
  /** Moves to the previous undecided slot (wrapping) and returns it, or null. */
  previous: () => number | null
  /** Forgets every decision. */
  reset: () => void
  /** What would be saved: `merged` with every decision applied, or null while undecided. */
  result: T | null
}
