import { useMutation, useQuery, useQueryClient, type QueryKey } from '@tanstack/react-query'
import { useCallback, useMemo, useRef } from 'react'
import { createDraftStore, draftKey, type DraftStore } from '../core/draft/draftStore'
import { isProblemError, problemFromError } from '../core/http/problemError'
import { retryDelay, shouldRetry } from '../core/http/retry'
import type { HttpProblem } from '../core/http/types'
import type { ConflictMergeOptions } from '../core/resource/createConflict'
import { deriveResourceState } from '../core/resource/deriveResourceState'
import { saveWithMerge } from '../core/resource/saveWithMerge'
import type { ResourceConflict, VersionSource, VersionedValue } from '../core/resource/types'
import type { OptimisticResourceResult, SaveOutcome } from './types'
import { useLatest, useMountedSignal } from './useLatest'
import { useBroadcastRefetch } from './useBroadcastRefetch'
import { useEditSession } from './useEditSession'
import { useResourceRequests } from './useResourceRequests'

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
    signal: AbortSignal
  }) => Promise<Response | VersionedValue<T>>
  /** Where the version lives. Defaults to `'etag'`. */
  version?: VersionSource
  /** Method of the default write. Defaults to `'PUT'`. */
  method?: 'PUT' | 'PATCH' | 'POST'
  /** Extra headers for the default load and write. Defaults to none. */
  headers?: HeadersInit
  /** How values are merged: text fields, array item ids, server-owned fields. Defaults to `mergeValues`' defaults. */
  merge?: ConflictMergeOptions
  /** `'save'` stores a clean auto-merge at once; `'review'` shows it first. Defaults to `'review'`. */
  autoMerge?: 'review' | 'save'
  /** Keep the draft across reloads (`true`, or your own store). Defaults to `true` (localStorage). */
  persistDraft?: boolean | DraftStore
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

/**
 * Loads a resource with its version, keeps the person's draft, saves it optimistically and
 * turns a stale write into a three-way merge the person can finish.
 */
export function useOptimisticResource<T>(
  options: UseOptimisticResourceOptions<T>,
): OptimisticResourceResult<T> {
  const client = useQueryClient()
  const latest = useLatest(options)
  const { queryKey } = options
  const key = draftKey(queryKey)
  const { isMounted, signal } = useMountedSignal()
  const { load, write } = useResourceRequests<T>(latest, signal)

  const store = useMemo<DraftStore | null>(() => {
    const persist = options.persistDraft ?? true
    return persist === false ? null : persist === true ? createDraftStore() : persist
  }, [options.persistDraft])
  const edit = useEditSession<T>(store, key, isMounted)
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
    mutationFn: write,
    onMutate: async (optimistic: VersionedValue<T>) => {
      await client.cancelQueries({ queryKey })
      const previous = client.getQueryData<VersionedValue<T>>(queryKey)
      client.setQueryData(queryKey, optimistic)
      return { previous }
    },
    onError: (_error, _vars, context) => {
      // Roll the cache back to the server's truth; the draft lives in the session and stays.
      if (context?.previous) client.setQueryData(queryKey, context.previous)
    },
    onSuccess: (saved) => client.setQueryData(queryKey, saved),
    retry: (count, error) => shouldRetry(count, error, { maxBusyRetries: options.maxBusyRetries }),
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
  const run = useCallback(
    async (value: T, base: T, baseVersion: string | null): Promise<SaveOutcome> => {
      inFlight.current = true
      try {
        const o = latest.current
        const result = await saveWithMerge<T>({
          value,
          base,
          baseVersion,
          write: (v, version) => mutateAsync({ value: v, version }),
          loadFresh: () => load(signal(), true),
          getMine: () => (edit.ref.current.phase === 'viewing' ? value : edit.ref.current.draft),
          onTheirs: (theirs) => client.setQueryData(queryKey, theirs),
          onRebase: (v, onto) => act({ type: 'rebase', value: v, onto }),
          version: o.version,
          merge: o.merge,
          autoMerge: o.autoMerge,
        })
        if (result.type === 'saved') {
          act({ type: 'save-success', saved: result.saved })
          announce(result.saved.version)
          if (isMounted()) o.onSaved?.(result.saved)
          return { status: 'saved', version: result.saved.version }
        }
        if (result.type === 'conflict') {
          act({ type: 'conflict', conflict: result.conflict })
          if (isMounted()) o.onConflict?.(result.conflict)
          return { status: 'conflict' }
        }
        act({ type: 'save-failure', problem: result.problem })
        if (isMounted()) o.onError?.(result.problem)
        return { status: 'error', problem: result.problem }
      } finally {
        inFlight.current = false
      }
    },
    [act, announce, client, edit.ref, isMounted, latest, load, mutateAsync, queryKey, signal],
  )

  const save = useCallback(async (): Promise<SaveOutcome> => {
    if (inFlight.current) return { status: 'skipped', reason: 'in-flight' }
    const s = edit.ref.current
    if (s.phase === 'viewing' || s.phase === 'conflict')
      return { status: 'skipped', reason: 'not-dirty' }
    act({ type: 'save-start' })
    return run(s.draft, s.base, s.baseVersion)
  }, [act, edit.ref, run])

  const resolve = useCallback(
    async (value: T): Promise<SaveOutcome> => {
      if (inFlight.current) return { status: 'skipped', reason: 'in-flight' }
      const s = edit.ref.current
      if (s.phase !== 'conflict') return { status: 'skipped', reason: 'not-dirty' }
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

  const discard = useCallback(() => {
    act({ type: 'discard' })
    void client.invalidateQueries({ queryKey })
  }, [act, client, queryKey])

  const loadProblem = query.error ? toProblem(query.error) : null
  const view = deriveResourceState(edit.session, query.data, loadProblem)
  return {
    ...view,
    setDraft,
    save,
    resolve,
    discard,
    isSaving: view.status === 'saving',
    restoredDraft: edit.restored,
    restoreDraft: () => edit.settleOffer(true),
    dismissRestoredDraft: () => edit.settleOffer(false),
    refetch,
  } as OptimisticResourceResult<T>
}
