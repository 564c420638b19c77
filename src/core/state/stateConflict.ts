import type { HttpProblem } from '../http/types'

/** What a state-transition conflict says about the resource now. */
export interface StateConflictDetails {
  currentState: string | null
  allowedActions: string[]
  current: unknown
}

function record(value: unknown): Record<string, unknown> | null {
  return value && typeof value === 'object' && !Array.isArray(value)
    ? (value as Record<string, unknown>)
    : null
}

const STATE_KEYS = ['currentState', 'current_state', 'state', 'status'] as const
const ACTION_KEYS = ['allowedActions', 'allowed_actions', 'availableActions', 'actions'] as const

/** Reads a resource's state from its representation (`state` or `status` by default). */
export function readState(
  resource: unknown,
  keys: readonly string[] = ['state', 'status'],
): string | null {
  const r = record(resource)
  if (!r) return null
  for (const key of keys) {
    const value = r[key]
    if (typeof value === 'string' && value.length <= 200) return value
  }
  return null
}

/** Pulls the current state, the still-allowed actions and the representation from a problem. */
export function stateConflictDetails(problem: HttpProblem): StateConflictDetails {
  const body = record(problem.raw)
  const nested = record(body?.error)
  const current = problem.current ?? body?.current ?? undefined
  let currentState: string | null = null
  for (const source of [body, nested]) {
    currentState ??= readState(source, STATE_KEYS)
  }
  // `status` in a problem body is the HTTP status, never the resource's state.
  if (currentState !== null && /^\d{3}$/.test(currentState)) currentState = null
  currentState ??= readState(current)
  let allowedActions: string[] = []
  for (const source of [body, nested, record(current)]) {
    for (const key of ACTION_KEYS) {
      const value = source?.[key]
      if (allowedActions.length === 0 && Array.isArray(value)) {
        allowedActions = value.filter((a): a is string => typeof a === 'string').slice(0, 50)
      }
    }
  }
  return { currentState, allowedActions, current }
}
