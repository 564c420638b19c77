import { useMutation, useQueryClient, type QueryKey } from '@tanstack/react-query'
import { useCallback, useMemo, useRef, useState } from 'react'
import type { HttpProblem } from '../core/http/types'
import { readState, stateConflictDetails } from '../core/state/stateConflict'
import { ProblemError, problemFromError } from '../core/http/problemError'
import { settle } from './settle'
import type { ConflictActionResult, ConflictActionStatus, Outcome } from './types'
import { statusFlags } from './statusFlags'
import { useLatest } from './useLatest'

const ACTION_STATUSES = ['idle', 'pending', 'success', 'conflict', 'error'] as const

/** Options of `useConflictAction`. */
export interface UseConflictActionOptions<I, R> {
  /** Performs the action. Returns (or throws) a Response; any other value is the result. */
  action: (input: I) => Promise<unknown>
  /** The resource the action changes: refetched after success and after a conflict. Defaults to none. */
  queryKey?: QueryKey
  /** Reads the state from the refetched resource. Defaults to its `state` or `status` field. */
  getState?: (resource: unknown) => string | null
  /** Called after the action succeeded (and the resource was refetched). Defaults to none. */
  onSuccess?: (data: R | undefined) => void
  /** Called when the resource's state no longer allows the action. Defaults to none. */
  onConflict?: (problem: HttpProblem) => void
}

interface State<R> {
  status: ConflictActionStatus
  data: R | undefined
  problem: HttpProblem | null
  currentState: string | null
  current: unknown
  allowedActions: string[]
}
const idle: State<never> = {
  status: 'idle',
  data: undefined,
  problem: null,
  currentState: null,
  current: undefined,
  allowedActions: [],
}

/** Runs a state-changing action; a "not in this state any more" answer says what state it is in now. */
export function useConflictAction<I = void, R = unknown>(
  options: UseConflictActionOptions<I, R>,
): ConflictActionResult<I, R> {
  const client = useQueryClient()
  const latest = useLatest(options)
  const [state, setState] = useState<State<R>>(idle)
  // A ref, not state: a double click in one event loop turn must see the first run.
  const pending = useRef(false)
  // TanStack's mutation cache records what the hook answers: a refused action is an error
  // carrying its `ProblemError`, for a global `MutationCache({ onError })`, Devtools and
  // `useMutationState`; the hook itself still resolves with an Outcome and never throws.
  const { mutateAsync } = useMutation({
    mutationFn: async (input: I) => {
      const settled = await settle<R>(() => latest.current.action(input), 'POST')
      if (settled.problem) throw new ProblemError(settled.problem)
      return settled.data
    },
    retry: false,
  })

  const perform = useCallback(
    async (input: I): Promise<Outcome<R | undefined>> => {
      const o = latest.current
      setState({ ...idle, status: 'pending' })
      let problem: HttpProblem | null = null
      let data: R | undefined
      try {
        data = await mutateAsync(input)
      } catch (error) {
        problem = problemFromError(error)
      }
      if (problem === null) {
        // Refetch first so "done" never shows next to the old state of the resource.
        if (o.queryKey) await client.invalidateQueries({ queryKey: o.queryKey })
        setState({ ...idle, status: 'success', data })
        o.onSuccess?.(data)
        return { status: 'success', data, problem: null }
      }
      if (problem.kind !== 'state') {
        setState({ ...idle, status: 'error', problem })
        return { status: 'error', data: undefined, problem }
      }
      const details = stateConflictDetails(problem)
      let { currentState, current } = details
      if (o.queryKey) {
        // The page must show the truth now, whether or not the body said what it is.
        await client.invalidateQueries({ queryKey: o.queryKey })
        const fresh = client.getQueryData(o.queryKey)
        if (fresh !== undefined) {
          current ??= fresh
          currentState ??= (o.getState ?? readState)(fresh)
        }
      }
      setState({
        ...idle,
        status: 'conflict',
        problem,
        currentState,
        current,
        allowedActions: details.allowedActions,
      })
      o.onConflict?.(problem)
      return { status: 'conflict', data: undefined, problem }
    },
    [client, latest, mutateAsync],
  )

  const run = useCallback(
    async (input: I): Promise<Outcome<R | undefined>> => {
      if (pending.current) {
        return { status: 'skipped', reason: 'in-flight', data: undefined, problem: null }
      }
      pending.current = true
      try {
        return await perform(input)
      } finally {
        pending.current = false
      }
    },
    [perform],
  )
  const reset = useCallback(() => setState(idle), [])

  return useMemo(
    () => ({
      ...state,
      ...statusFlags(state.status, ACTION_STATUSES),
      run,
      reset,
    }),
    [state, run, reset],
  )
}
