import { useMutation } from '@tanstack/react-query'
import { useCallback, useMemo, useRef, useState } from 'react'
import { handOffIdentifier } from '../core/links/identifierHandoff'
import { safeSameOriginHref, withQueryParam } from '../core/links/safeHref'
import type { HttpProblem } from '../core/http/types'
import { signupOutcome, type SignupOutcome } from '../core/signup/signupOutcome'
import { useLatest } from './useLatest'
import { settle } from './responseProblem'
import type { SignupConflictResult, SignupStatus } from './types'
import { clearInput } from './clearInput'

/** Options of `useSignupConflict`. */
export interface UseSignupConflictOptions<V> {
  /** Sends the signup. Returns (or throws) a Response; any other value counts as success. */
  submit: (values: V) => Promise<unknown>
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
  /** Called by `useDifferent()` for controlled forms that own the value. Defaults to none. */
  onUseDifferent?: (field: string) => void
  onSuccess?: (data: unknown) => void
  onDuplicate?: (problem: HttpProblem) => void
}

type State = Omit<SignupOutcome, 'status'> & { status: SignupStatus; problem: HttpProblem | null }
const idle: State = {
  status: 'idle',
  problem: null,
  field: null,
  identifier: null,
  fieldErrors: {},
  message: null,
}

const defaultNavigate = (href: string) => globalThis.location?.assign(href)

/** Runs a signup and turns "already registered" into a way forward, apart from real validation errors. */
export function useSignupConflict<V>(
  options: UseSignupConflictOptions<V>,
): SignupConflictResult<V> {
  const latest = useLatest(options)
  const [state, setState] = useState<State>(idle)
  const input = useRef<HTMLInputElement | null>(null)
  const mutation = useMutation({
    mutationFn: (values: V) => settle(() => latest.current.submit(values), 'POST'),
    retry: false,
  })
  const { mutateAsync } = mutation

  const submit = useCallback(
    async (values: V): Promise<SignupStatus> => {
      const o = latest.current
      setState({ ...idle, status: 'submitting' })
      const { problem, data } = await mutateAsync(values)
      const outcome = signupOutcome(problem, values, o)
      setState({ ...outcome, problem })
      if (outcome.status === 'success') o.onSuccess?.(data)
      if (outcome.status === 'duplicate' && problem) o.onDuplicate?.(problem)
      return outcome.status
    },
    [latest, mutateAsync],
  )

  const { identifier, field } = state
  const param = options.identifierParam ?? false
  const loginHref = useMemo(() => {
    const safe = options.loginHref ? safeSameOriginHref(options.loginHref) : null
    const href = safe && param && identifier ? withQueryParam(safe, param, identifier) : safe
    return href ? safeSameOriginHref(href) : null
  }, [options.loginHref, param, identifier])
  const resetPasswordHref = useMemo(
    () => (options.resetPasswordHref ? safeSameOriginHref(options.resetPasswordHref) : null),
    [options.resetPasswordHref],
  )

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

  const register = useCallback((element: HTMLInputElement | null) => {
    input.current = element
  }, [])

  const useDifferent = useCallback(() => {
    if (field) latest.current.onUseDifferent?.(field)
    if (input.current) {
      clearInput(input.current)
      input.current.focus()
    }
    setState(idle)
  }, [field, latest])

  return {
    ...state,
    submit,
    loginHref,
    login: () => go(loginHref),
    useDifferent,
    resetPasswordHref,
    resetPassword: () => go(resetPasswordHref),
    reset: () => setState(idle),
    isEnumerationSafe: options.enumerationSafe ?? false,
    getIdentifierProps: useCallback(() => ({ ref: register }), [register]),
  }
}
