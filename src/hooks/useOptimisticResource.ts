import {
  onlineManager,
  useMutation,
  useQuery,
  useQueryClient,
  type QueryKey,
} from '@tanstack/react-query'
import { useCallback, useMemo, useRef, useState } from 'react'
import { offerView, openDraftSlot } from '../core/draft/draftSlot'
import { draftKey, type DraftStore } from '../core/draft/draftStore'
import { isProblemError, problemFromError } from '../core/http/problemError'
import { retryDelay, shouldRetry } from '../core/http/retry'
import type { HttpProblem } from '../core/http/types'
import { createConflict, type ConflictMergeOptions } from '../core/resource/createConflict'
import type { BodyFormat } from '../core/resource/resourceBody'
import type { ResourceWrite } from '../core/resource/resourceClient'
import { deriveResourceState } from '../core/resource/deriveResourceState'
import { saveWithMerge } from '../core/resource/saveWithMerge'
import type {
  AutoMerge,
  ResourceConflict,
  VersionSource,
  VersionedValue,
} from '../core/resource/types'
import type { OptimisticResourceResult, SaveOutcome, SkipReason } from './types'
import { useLatest, useMountedSignal } from './useLatest'
import { useBroadcastRefetch } from './useBroadcastRefetch'
import { useEditSession } from './useEditSession'
import { useResourceRequests } from './useResourceRequests'
import { useUnloadGuard } from './useUnloadGuard'

/** Options of `useOptimisticResource`. */
export interface UseOptimisticResourceOptions<T> {
  /** The TanStack Query key the resource is cached under (as `{ value, version }`). */
  queryKey: QueryKey
  /** GET and PUT address of the resource. Needed unless both `fetch` and `save` are given. */
  url?: string
  /** Custom loader: a Response or a `{ value, version }`. Defaults to a GET of `url`. */
  fetch?: (ctx: { signal: AbortSignal; fresh: boolean }) => Promise<Response | VersionedValue<T>>
  /** Custom conditional write: a Response or `{ value, version }`; may throw a Response. Defaults to a PUT of `url`. */
  save?: (ctx: {
    value: T
    version: string | null
    /** The value the edit started from (for servers without validators). */
    base: T
    signal: AbortSignal
  }) => Promise<Response | VersionedValue<T>>
  /** Where the version lives. Defaults to `'etag'`. */
  version?: VersionSource
  /** Method of the default write. Defaults to `'PUT'`. */
  method?: 'PUT' | 'PATCH' | 'POST'
  /** Extra headers for the default load and write. Defaults to none. */
  headers?: HeadersInit
  /** JSON or text body for the default load and write. Defaults to `'auto'` (by content type). */
  body?: BodyFormat
  /** Maps a write's answer that is not the resource (CouchDB's `{ ok, id, rev }`). Defaults to the answer being the resource. */
  saveResponse?: ResourceWrite<T>['saveResponse']
  /** Lets the default write go out without a precondition when the server gives no validator. Defaults to `false`. */
  allowUnconditional?: boolean
  /** How values are merged: text fields, array item ids, server-owned fields. Defaults to `mergeValues`' defaults. */
  merge?: ConflictMergeOptions
  /** `'save'` stores a clean auto-merge at once; `'review'` shows it first. Defaults to `'review'`. */
  autoMerge?: 'review' | 'save'
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

const toProblem = (error: unknown): HttpProblem =>
  isProblemError(error) ? error.problem : problemFromError(error)

const skipped = (reason: SkipReason) =>
  ({ status: 'skipped', data: undefined, problem: null, reason }) as const

/**
 * Loads a resource with its version, keeps the person's draft, saves it optimistically and
 * turns a stale write into a three-way merge the person can finish.
 */
export function useOptimisticResource<T>(
  options: UseOptimisticResourceOptions<T>,
): OptimisticResourceResult<T> {
  const client = useQueryClient()
  const latest = useLatest(options)
  const key = draftKey(options.queryKey)
  // Apps write the key inline (a new array each render); functions handed out must stay the
  // same while the key means the same, as TanStack's own do.
  const [keyed, setKeyed] = useState({ key, queryKey: options.queryKey })
  if (keyed.key !== key) setKeyed({ key, queryKey: options.queryKey })
  const queryKey = keyed.key === key ? keyed.queryKey : options.queryKey
  const { isMounted, signal } = useMountedSignal()
  const { load, write } = useResourceRequests<T>(latest, signal)

  const { draftScope } = options
  const slot = useMemo(
    () => openDraftSlot(options.persistDraft ?? true, draftScope, key),
    [options.persistDraft, draftScope, key],
  )
  const cachedValue = useCallback(
    () => client.getQueryData<VersionedValue<T>>(queryKey),
    [client, queryKey],
  )
  const owner = JSON.stringify([draftScope ?? null, key])
  const edit = useEditSession<T>(slot, owner, isMounted, cachedValue)
  const { act } = edit

  const query = useQuery({
    queryKey,
    queryFn: ({ signal: querySignal }) => load(querySignal, false),
    enabled: options.enabled ?? true,
    refetchInterval: options.refetchInterval ?? false,
    refetchOnWindowFocus: options.refetchOnWindowFocus ?? true,
    retry: (count, error) => shouldRetry(count, error),
    retryDelay: (count, error) => retryDelay(count, error),
  })

  const mutation = useMutation({
    // Offline, TanStack would pause the write and the person would wait on "Saving…" with no
    // word; the write fails instead, the draft stays, and the failure says it was not saved.
    networkMode: 'always',
    mutationFn: write,
    onMutate: async ({ value, version }: VersionedValue<T> & { base: T }) => {
      await client.cancelQueries({ queryKey })
      const previous = client.getQueryData<VersionedValue<T>>(queryKey)
      client.setQueryData(queryKey, { value, version })
      return { previous }
    },
    onError: (_error, _vars, context) => {
      // Roll the cache back to the server's truth; the draft lives in the session and stays.
      if (context?.previous) client.setQueryData(queryKey, context.previous)
    },
    onSuccess: (saved) => client.setQueryData(queryKey, saved),
    // Offline, a retry cannot succeed; saying "not saved" now beats a spinner for seconds.
    retry: (count, error) =>
      onlineManager.isOnline() &&
      shouldRetry(count, error, { maxBusyRetries: options.maxBusyRetries }),
    retryDelay: (count, error) => retryDelay(count, error),
  })
  const { mutateAsync } = mutation

  const refetch = useCallback(async () => {
    try {
      client.setQueryData(queryKey, await load(signal(), true))
    } catch {
      // a failed refetch leaves the cached truth in place; the next save will find out
    }
  }, [client, queryKey, load, signal])
  const announce = useBroadcastRefetch(options.broadcast, key, () => void refetch())

  const inFlight = useRef(false)
  const [autoMerge, setAutoMerge] = useState<AutoMerge<T> | null>(null)
  const run = useCallback(
    async (value: T, base: T, baseVersion: string | null): Promise<SaveOutcome<T>> => {
      inFlight.current = true
      try {
        const o = latest.current
        const result = await saveWithMerge<T>({
          value,
          base,
          baseVersion,
          write: (v, version, from) => mutateAsync({ value: v, version, base: from }),
          loadFresh: () => load(signal(), true),
          getMine: () => (edit.ref.current.phase === 'viewing' ? value : edit.ref.current.draft),
          onTheirs: (theirs) => client.setQueryData(queryKey, theirs),
          onRebase: (v, onto) => act({ type: 'rebase', value: v, onto }),
          version: o.version,
          merge: o.merge,
          autoMerge: o.autoMerge,
        })
        if (isMounted()) setAutoMerge(result.type === 'saved' ? (result.autoMerge ?? null) : null)
        if (result.type === 'saved') {
          act({ type: 'save-success', saved: result.saved })
          announce(result.saved.version)
          if (isMounted()) o.onSaved?.(result.saved)
          return { status: 'success', data: result.saved, problem: null }
        }
        if (result.type === 'conflict') {
          act({ type: 'conflict', conflict: result.conflict })
          if (isMounted()) o.onConflict?.(result.conflict)
          return { status: 'conflict', data: undefined, problem: result.conflict.problem }
        }
        act({ type: 'save-failure', problem: result.problem })
        if (isMounted()) o.onError?.(result.problem)
        return { status: 'error', data: undefined, problem: result.problem }
      } finally {
        inFlight.current = false
      }
    },
    [act, announce, client, edit.ref, isMounted, latest, load, mutateAsync, queryKey, signal],
  )

  const save = useCallback(async (): Promise<SaveOutcome<T>> => {
    if (inFlight.current) return skipped('in-flight')
    const s = edit.ref.current
    if (s.phase === 'viewing') return skipped('not-dirty')
    // The open conflict is the way on: say so (the UI reopens its resolver), never "not dirty".
    if (s.phase === 'conflict') {
      return { status: 'conflict', data: undefined, problem: s.conflict.problem }
    }
    act({ type: 'save-start' })
    return run(s.draft, s.base, s.baseVersion)
  }, [act, edit.ref, run])

  const resolve = useCallback(
    async (value: T): Promise<SaveOutcome<T>> => {
      if (inFlight.current) return skipped('in-flight')
      const s = edit.ref.current
      if (s.phase !== 'conflict') return skipped('not-dirty')
      const onto = { value: s.conflict.theirs, version: s.conflict.theirsVersion }
      act({ type: 'rebase', value, onto })
      return run(value, onto.value, onto.version)
    },
    [act, edit.ref, run],
  )

  const setDraft = useCallback(
    (next: T | ((prev: T) => T)) => {
      const server = client.getQueryData<VersionedValue<T>>(queryKey)
      if (server === undefined && edit.ref.current.phase === 'viewing') return
      act({ type: 'edit', next, server: server ?? { value: undefined as T, version: null } })
    },
    [act, client, edit.ref, queryKey],
  )

  // Shown while what it saved is what the person sees: no edit since, no newer version.
  const autoMerged =
    autoMerge &&
    edit.session.phase === 'viewing' &&
    query.data?.version === autoMerge.saved.version &&
    (autoMerge.saved.version !== null || query.data.value === autoMerge.saved.value)
      ? autoMerge
      : null
  const autoMergedRef = useLatest(autoMerged)
  const undoAutoMerge = useCallback(async (): Promise<SaveOutcome<T>> => {
    if (inFlight.current) return skipped('in-flight')
    const held = autoMergedRef.current
    if (!held || edit.ref.current.phase !== 'viewing') return skipped('not-dirty')
    const { conflict, saved } = held
    inFlight.current = true
    try {
      // Conditional on what this save stored: a later save by anyone else is never overwritten.
      const undone = await mutateAsync({
        value: conflict.theirs,
        version: saved.version,
        base: saved.value,
      })
      if (isMounted()) setAutoMerge(null)
      announce(undone.version)
      const again = createConflict(
        conflict.base,
        conflict.mine,
        undone,
        conflict.problem,
        latest.current.merge,
      )
      act({
        type: 'hold',
        draft: conflict.mine,
        base: conflict.base,
        baseVersion: held.baseVersion,
        conflict: again,
      })
      return { status: 'success', data: undone, problem: null }
    } catch (error) {
      const problem = toProblem(error)
      if (problem.kind === 'stale') {
        if (isMounted()) setAutoMerge(null)
        void refetch()
      }
      if (isMounted()) latest.current.onError?.(problem)
      return { status: 'error', data: undefined, problem }
    } finally {
      inFlight.current = false
    }
  }, [act, announce, autoMergedRef, edit.ref, isMounted, latest, mutateAsync, refetch])
  const dismissAutoMerged = useCallback(() => setAutoMerge(null), [])

  const discard = useCallback(() => {
    act({ type: 'discard' })
    void client.invalidateQueries({ queryKey })
  }, [act, client, queryKey])
  const undoDiscard = useCallback(() => act({ type: 'undo-discard' }), [act])
  const { settleOffer } = edit
  const restoreDraft = useCallback(() => settleOffer(true), [settleOffer])
  const dismissRestoredDraft = useCallback(() => settleOffer(false), [settleOffer])

  const loadProblem = query.error ? toProblem(query.error) : null
  const view = deriveResourceState(edit.session, query.data, loadProblem)
  useUnloadGuard((options.guardUnload ?? true) && view.hasUnsavedWork)
  const { offer } = edit
  const restoredDraft = offer && offerView(offer, query.data?.version)
  return {
    ...view,
    setDraft,
    save,
    resolve,
    discard,
    undoDiscard,
    isPending: view.status === 'pending',
    isError: view.status === 'error',
    isSuccess: view.status === 'success',
    isSaving: view.phase === 'saving',
    isConflict: view.phase === 'conflict',
    isFailed: view.phase === 'failed',
    restoredDraft,
    restoreDraft,
    dismissRestoredDraft,
    refetch,
    autoMerged,
    undoAutoMerge,
    dismissAutoMerged,
  }
}
