import { useMutation } from '@tanstack/react-query'
import { useCallback, useMemo, useRef, useState } from 'react'
import { handOffIdentifier } from '../core/links/identifierHandoff'
import { safeSameOriginHref } from '../core/links/safeHref'
import { signupLinks } from '../core/signup/signupLinks'
import { ProblemError, problemFromError } from '../core/http/problemError'
import type { HttpProblem } from '../core/http/types'
import { signupOutcome, type SignupOutcome } from '../core/signup/signupOutcome'
import type { UseSignupConflictOptions } from './options'
import { SIGNUP_STATUSES, clearInput, defaultNavigate } from './signupDom'
import { settle } from './settle'

export type { UseSignupConflictOptions } from './options'
import type { Outcome, SignupConflictResult, SignupStatus } from './types'
import { statusFlags } from './statusFlags'
import { useLatest } from './useLatest'

type State = Omit<SignupOutcome, 'status'> & { status: SignupStatus; problem: HttpProblem | null }
const idle: State = {
  status: 'idle',
  problem: null,
  field: null,
  identifier: null,
  fieldErrors: {},
  message: null,
}

/** Runs a signup and turns "already registered" into a way forward, apart from real validation errors. */
export function useSignupConflict<V>(
  options: UseSignupConflictOptions<V>,
): SignupConflictResult<V> {
  const latest = useLatest(options)
  const [state, setState] = useState<State>(idle)
  const input = useRef<HTMLInputElement | null>(null)
  // A ref, not state: a double click in one event loop turn must see the first submit.
  const pending = useRef(false)
  // TanStack's mutation cache records what the hook answers: a refused signup is an error
  // carrying its `ProblemError` (for a global `MutationCache({ onError })`, Devtools and
  // `useMutationState`), except where enumeration-safe mode answers a duplicate as a success.
  const { mutateAsync } = useMutation({
    mutationFn: async (values: V) => {
      const settled = await settle(
        () => latest.current.submit(values),
        'POST',
        latest.current.rules,
      )
      const outcome = signupOutcome(settled.problem, values, latest.current)
      if (settled.problem && outcome.status !== 'success') {
        throw new ProblemError(settled.problem)
      }
      return settled
    },
    retry: false,
  })

  const submit = useCallback(
    async (values: V): Promise<Outcome<unknown>> => {
      if (pending.current) {
        return { status: 'skipped', reason: 'in-flight', data: undefined, problem: null }
      }
      pending.current = true
      const o = latest.current
      setState({ ...idle, status: 'pending' })
      try {
        let settled: Awaited<ReturnType<typeof mutateAsync>>
        try {
          settled = await mutateAsync(values)
        } catch (error) {
          settled = { problem: problemFromError(error) }
        }
        const { problem, data } = settled
        const outcome = signupOutcome(problem, values, o)
        setState({ ...outcome, problem })
        if (outcome.status === 'success') o.onSuccess?.(data)
        if (outcome.status === 'duplicate' && problem) o.onDuplicate?.(problem)
        // Follows the hook's status, so enumeration-safe mode answers a duplicate as a success
        // here too and app code cannot tell new and existing accounts apart by accident.
        if (outcome.status === 'success' || problem === null) {
          return { status: 'success', data, problem: null }
        }
        const status = outcome.status === 'duplicate' ? 'conflict' : 'error'
        return { status, data: undefined, problem }
      } finally {
        pending.current = false
      }
    },
    [latest, mutateAsync],
  )

  const { identifier, field } = state
  const { loginHref, resetPasswordHref } = signupLinks(options, identifier)

  const go = useCallback(
    (href: string | null) => {
      // Checked again as it is used: the query parameter is added after the first check.
      const target = href ? safeSameOriginHref(href) : null
      if (!target) return
      if (identifier) handOffIdentifier(identifier, field ?? 'email')
      ;(latest.current.navigate ?? defaultNavigate)(target)
    },
    [identifier, field, latest],
  )
  const login = useCallback(() => go(loginHref), [go, loginHref])
  const resetPassword = useCallback(() => go(resetPasswordHref), [go, resetPasswordHref])
  const reset = useCallback(() => setState(idle), [])

  const register = useCallback((element: HTMLInputElement | null) => {
    input.current = element
  }, [])
  const getIdentifierProps = useCallback(() => ({ ref: register }), [register])

  const chooseAnother = useCallback(() => {
    if (field) latest.current.onChooseAnother?.(field)
    if (input.current) {
      clearInput(input.current)
      input.current.focus()
    }
    setState(idle)
  }, [field, latest])

  const isEnumerationSafe = options.enumerationSafe ?? false
  return useMemo(
    () => ({
      ...state,
      ...statusFlags(state.status, SIGNUP_STATUSES),
      submit,
      loginHref,
      login,
      chooseAnother,
      resetPasswordHref,
      resetPassword,
      reset,
      isEnumerationSafe,
      getIdentifierProps,
    }),
    [
      state,
      submit,
      loginHref,
      login,
      chooseAnother,
      resetPasswordHref,
      resetPassword,
      reset,
      isEnumerationSafe,
      getIdentifierProps,
    ],
  )
}
