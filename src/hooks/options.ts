// The options of the hooks, apart from their wiring, so each hook file is the adapter alone.
import type { QueryKey } from '@tanstack/react-query'
import type { DraftStore } from '../core/draft/draftStore'
import type { ProblemRule } from '../core/http/problemRule'
import type { HttpProblem } from '../core/http/types'
import type { ResourceRequestOptions } from '../core/resource/resourceRequests'
import type { SavePolicy } from '../core/resource/saveStep'
import type { ResourceConflict, VersionedValue } from '../core/resource/types'

/** Options of `useOptimisticResource`. */
export interface UseOptimisticResourceOptions<T> extends ResourceRequestOptions<T>, SavePolicy {
  /** The TanStack Query key the resource is cached under (as `{ value, version }`). */
  queryKey: QueryKey
  /**
   * Keep the draft across reloads (`true`, or your own store). Each tab keeps its own draft;
   * secret fields (passwords, tokens) are never stored. Defaults to `true` (localStorage).
   */
  persistDraft?: boolean | DraftStore
  /**
   * Whose drafts these are: the signed-in user's id. Drafts of another scope are never
   * offered, and `clearDrafts(scope)` removes them at sign-out. Warns in development when
   * drafts are persisted without one. Defaults to none (drafts shared by whoever uses the browser).
   */
  draftScope?: string
  /** Asks "Leave page?" while there is unsaved work. Defaults to `true`. */
  guardUnload?: boolean
  /** A BroadcastChannel name: saves in other tabs trigger a refetch here. Defaults to none. */
  broadcast?: string
  /** Retries of a `busy` answer. Defaults to `3`. */
  maxBusyRetries?: number
  /** Defaults to `true`. */
  enabled?: boolean
  /** Polls for newer versions (ms). Defaults to `false`. */
  refetchInterval?: number | false
  /** Defaults to `true`: returning to the tab checks for a newer version. */
  refetchOnWindowFocus?: boolean
  onSaved?: (saved: VersionedValue<T>) => void
  onConflict?: (conflict: ResourceConflict<T>) => void
  onError?: (problem: HttpProblem) => void
}

/** Options of `useSignupConflict`. */
export interface UseSignupConflictOptions<V> {
  /** Sends the signup. Returns (or throws) a Response; any other value counts as success. */
  submit: (values: V) => Promise<unknown>
  /**
   * What the app knows of its server, one rule a line, read before the built-in reading:
   * `[{ code: 'EMAIL_TAKEN', kind: 'duplicate', field: 'email' }]`. Defaults to none.
   */
  rules?: readonly ProblemRule[]
  /** Same-origin login page. Unsafe values (other origins, `javascript:`) are dropped. Defaults to none. */
  loginHref?: string
  /** Same-origin password-reset page. Defaults to none. */
  resetPasswordHref?: string
  /** Fields that identify an account. Defaults to `['email', 'username', 'phone']`. */
  identifierFields?: readonly string[]
  /** Same neutral outcome for new and existing accounts (OWASP). Defaults to `false`. */
  enumerationSafe?: boolean
  /** Put the identifier in the login URL under this query parameter. Defaults to `false`. */
  identifierParam?: string | false
  /** How to go to a page (a router's navigate). Defaults to `location.assign`. */
  navigate?: (href: string) => void
  /** Called by `chooseAnother()` for controlled forms that own the value. Defaults to none. */
  onChooseAnother?: (field: string) => void
  /** Called after a successful signup with the server's answer. Defaults to none. */
  onSuccess?: (data: unknown) => void
  /** Called when the identifier is already registered. Defaults to none. */
  onDuplicate?: (problem: HttpProblem) => void
}

/** Options of `useConflictResolution`. */
export interface UseConflictResolutionOptions {
  /**
   * Work kept from before (a reload, a crash): `resource.resolutionWork`. Taken when it fits the
   * conflict's slots, else the resolution starts over. Defaults to none.
   */
  work?: unknown
  /**
   * Called with the work after every decision or hunk edit, as JSON to keep with the draft:
   * `resource.keepResolution`. Defaults to none.
   */
  onWork?: (work: unknown) => void
}
