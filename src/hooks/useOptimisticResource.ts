import { onlineManager, useMutation, useQuery, useQueryClient } from '@tanstack/react-query'
import { useEffect, useInsertionEffect, useMemo, useState, useSyncExternalStore } from 'react'
import { openDraftSlot } from '../core/draft/draftSlot'
import { draftKey } from '../core/draft/draftStore'
import { problemFromError } from '../core/http/problemError'
import { retryDelay, shouldRetry } from '../core/http/retry'
import {
  createResourceController,
  resourceControllerView,
  type ResourceControllerOptions,
} from '../core/resource/resourceController'
import { requestWrite } from '../core/resource/resourceRequests'
import type { VersionedValue } from '../core/resource/types'
import type { UseOptimisticResourceOptions } from './options'
import type { OptimisticResourceResult } from './types'

export type { UseOptimisticResourceOptions } from './options'
import { statusFlags } from './statusFlags'
import { useBroadcastRefetch } from './useBroadcastRefetch'
import { useLatest, useMountedSignal } from './useLatest'
import { useUnloadGuard } from './useUnloadGuard'

type Write<T> = VersionedValue<T> & { base: T }

/**
 * Loads a resource with its version, keeps the person's draft, saves it optimistically and
 * turns a stale write into a three-way merge the person can finish. A React adapter over
 * `createResourceController`: TanStack's query cache holds the server's value, its mutation
 * runs the writes, and the controller decides everything else.
 */
export function useOptimisticResource<T>(
  options: UseOptimisticResourceOptions<T>,
): OptimisticResourceResult<T> {
  const client = useQueryClient()
  const latest = useLatest(options)
  const key = draftKey(options.queryKey)
  // Apps write the key inline (a new array each render); what is handed out must stay the
  // same while the key means the same, as TanStack's own functions do.
  const [keyed, setKeyed] = useState({ key, queryKey: options.queryKey })
  if (keyed.key !== key) setKeyed({ key, queryKey: options.queryKey })
  const queryKey = keyed.key === key ? keyed.queryKey : options.queryKey
  const { isMounted } = useMountedSignal()

  const mutation = useMutation({
    // Offline, TanStack would pause the write and the person would wait on "Saving…" with no
    // word; the write fails instead, the draft stays, and the failure says it was not saved.
    networkMode: 'always',
    // A save the person started finishes even if the page moves on: its result reaches the
    // server, the cache and the draft store; only the app's callbacks are left out.
    mutationFn: (variables: Write<T>) => requestWrite(latest.current, variables),
    onMutate: async ({ value, version }: Write<T>) => {
      await client.cancelQueries({ queryKey })
      const previous = client.getQueryData<VersionedValue<T>>(queryKey)
      client.setQueryData(queryKey, { value, version })
      return { previous }
    },
    onError: (_error, _vars, context) => {
      // Roll the cache back to the server's truth; the draft lives in the session and stays.
      if (context?.previous) client.setQueryData(queryKey, context.previous)
    },
    onSuccess: ({ value, version }) => client.setQueryData(queryKey, { value, version }),
    // Offline, a retry cannot succeed; saying "not saved" now beats a spinner for seconds.
    retry: (count, error) =>
      onlineManager.isOnline() &&
      shouldRetry(count, error, { maxBusyRetries: options.maxBusyRetries }),
    retryDelay: (count, error) => retryDelay(count, error),
  })
  const { mutateAsync } = mutation

  // One controller per person and resource: a new scope or key starts a new edit, and the old
  // one's draft stays stored under its owner.
  const { persistDraft = true, draftScope } = options
  const controller = useMemo(() => {
    const draft = openDraftSlot(persistDraft, draftScope, key)
    return createResourceController<T>({ draft })
  }, [persistDraft, draftScope, key])
  const announce = useBroadcastRefetch(options.broadcast, key, () => void controller.refetch())
  const bound: ResourceControllerOptions<T> = {
    ...options,
    cache: {
      get: () => client.getQueryData<VersionedValue<T>>(queryKey),
      set: (value) => client.setQueryData(queryKey, value),
      invalidate: () => void client.invalidateQueries({ queryKey }),
    },
    write: mutateAsync,
    announce,
    onSaved: (saved) => isMounted() && latest.current.onSaved?.(saved),
    onConflict: (conflict) => isMounted() && latest.current.onConflict?.(conflict),
    onError: (problem) => isMounted() && latest.current.onError?.(problem),
  }
  useInsertionEffect(() => controller.setOptions(bound))
  useEffect(() => controller.connect(), [controller])
  useEffect(
    () => onlineManager.subscribe((isOnline) => void (isOnline && controller.online())),
    [controller],
  )

  const query = useQuery({
    queryKey,
    queryFn: ({ signal: querySignal }) => controller.fetch(querySignal, false),
    enabled: options.enabled ?? true,
    refetchInterval: options.refetchInterval ?? false,
    refetchOnWindowFocus: options.refetchOnWindowFocus ?? true,
    retry: (count, error) => shouldRetry(count, error),
    retryDelay: (count, error) => retryDelay(count, error),
  })

  const state = useSyncExternalStore(controller.subscribe, controller.getState, controller.getState)
  const loadProblem = query.error ? problemFromError(query.error) : null
  const view = resourceControllerView(state, query.data, loadProblem)
  useUnloadGuard((options.guardUnload ?? true) && view.hasUnsavedWork)
  return {
    ...view,
    setDraft: controller.setDraft,
    save: controller.save,
    resolve: controller.resolve,
    discard: controller.discard,
    undoDiscard: controller.undoDiscard,
    ...statusFlags(view.status, ['pending', 'error', 'success'] as const),
    ...statusFlags(view.phase, ['saving', 'conflict', 'failed'] as const),
    restoreDraft: controller.restoreDraft,
    dismissRestoredDraft: controller.dismissRestoredDraft,
    refetch: controller.refetch,
    undoAutoMerge: controller.undoAutoMerge,
    dismissAutoMerged: controller.dismissAutoMerged,
    keepResolution: controller.keepResolution,
  }
}
