import { useMutation, useQueryClient, type QueryKey } from '@tanstack/react-query'
import { useCallback, useState } from 'react'
import type { HttpProblem } from '../core/http/types'
import { readState, stateConflictDetails } from '../core/state/stateConflict'
import { useLatest } from './useLatest'
import { settle } from './responseProblem'
import type { ConflictActionResult, ConflictActionStatus } from './types'

/** Options of `useConflictAction`. */
export interface UseConflictActionOptions<I, R> {
  /** Performs the action. Returns (or throws) a Response; any other value is the result. */
  action: (input: I) => Promise<unknown>
  /** The resource the action changes: refetched after success and after a conflict. Defaults to none. */
  queryKey?: QueryKey
  /** Reads the state from the refetched resource. Defaults to its `state` or `status` field. */
  getState?: (resource: unknown) => string | null
  onSuccess?: (data: R | undefined) => void
  onStateConflict?: (problem: HttpProblem) => void
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
export function useConflictAction<I, R = unknown>(
  options: UseConflictActionOptions<I, R>,
): ConflictActionResult<I, R> {
  const client = useQueryClient()
  const latest = useLatest(options)
  const [state, setState] = useState<State<R>>(idle)
  const { mutateAsync } = useMutation({
    mutationFn: (input: I) => settle<R>(() => latest.current.action(input), 'POST'),
    retry: false,
  })

  const run = useCallback(
    async (input: I): Promise<ConflictActionStatus> => {
      const o = latest.current
      setState({ ...idle, status: 'pending' })
      const { problem, data } = await mutateAsync(input)
      if (problem === null) {
        // Refetch first so "done" never shows next to the old state of the resource.
        if (o.queryKey) await client.invalidateQueries({ queryKey: o.queryKey })
        setState({ ...idle, status: 'success', data })
        o.onSuccess?.(data)
        return 'success'
      }
      if (problem.kind !== 'state') {
        setState({ ...idle, status: 'error', problem })
        return 'error'
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
        status: 'state-conflict',
        problem,
        currentState,
        current,
        allowedActions: details.allowedActions,
      })
      o.onStateConflict?.(problem)
      return 'state-conflict'
    },
    [client, latest, mutateAsync],
  )

  return { ...state, run, reset: () => setState(idle) }
}
