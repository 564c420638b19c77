import type { HttpProblem } from '../http/types'

/** What a signup attempt came to, decided from the server's answer. */
export interface SignupOutcome {
  status: 'success' | 'duplicate' | 'invalid' | 'error'
  field: string | null
  identifier: string | null
  fieldErrors: Record<string, string>
  message: string | null
}

/** Options for `signupOutcome`. */
export interface SignupOutcomeOptions {
  /** Fields that identify an account. Defaults to `['email', 'username', 'phone']`. */
  identifierFields?: readonly string[]
  /** Report duplicates exactly like successes (OWASP). Defaults to `false`. */
  enumerationSafe?: boolean
  /** The neutral text of enumeration-safe mode. */
  neutralMessage?: string
}

/** The neutral message shown in enumeration-safe mode for new and existing accounts alike. */
export const NEUTRAL_SIGNUP_MESSAGE =
  'If this address can be used, you will get an email with the next step.'

const DEFAULT_IDENTIFIERS = ['email', 'username', 'phone'] as const

function stringAt(values: unknown, field: string): string | null {
  if (!values || typeof values !== 'object') return null
  const value = (values as Record<string, unknown>)[field]
  return typeof value === 'string' || typeof value === 'number' ? String(value) : null
}

/**
 * Turns a signup response's problem (null for success) into what the form shows: a duplicate
 * identifier with its field and value, validation errors per field, or a readable failure.
 */
export function signupOutcome(
  problem: HttpProblem | null,
  values: unknown,
  options: SignupOutcomeOptions = {},
): SignupOutcome {
  const identifiers = options.identifierFields ?? DEFAULT_IDENTIFIERS
  const neutral = options.neutralMessage ?? NEUTRAL_SIGNUP_MESSAGE
  const none = { field: null, identifier: null, fieldErrors: {} }
  if (problem === null) {
    return { status: 'success', ...none, message: options.enumerationSafe ? neutral : null }
  }
  if (problem.kind === 'duplicate') {
    if (options.enumerationSafe) return { status: 'success', ...none, message: neutral }
    // The server's field name wins when it is an identifier; else the first identifier sent.
    const named = problem.field && identifiers.includes(problem.field) ? problem.field : null
    const field =
      named ?? identifiers.find((f) => stringAt(values, f) !== null) ?? problem.field ?? null
    const echoed = typeof problem.value === 'string' ? problem.value : null
    const identifier = (field ? stringAt(values, field) : null) ?? echoed
    const others = { ...problem.fieldErrors }
    if (field) delete others[field]
    return { status: 'duplicate', field, identifier, fieldErrors: others, message: problem.title }
  }
  if (problem.kind === 'validation') {
    const fieldErrors =
      problem.fieldErrors && Object.keys(problem.fieldErrors).length > 0
        ? { ...problem.fieldErrors }
        : { root: problem.detail ?? problem.title }
    return { status: 'invalid', field: null, identifier: null, fieldErrors, message: problem.title }
  }
  const message =
    problem.detail && problem.detail !== problem.title
      ? `${problem.title}. ${problem.detail}`
      : problem.title
  return { status: 'error', ...none, message }
}
