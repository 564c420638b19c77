import { humanize } from '../shared/text'

/** Every text `SignupConflictPrompt` shows; pass some or all through `labels` to translate. */
export interface SignupConflictPromptLabels {
  /** The duplicate message, e.g. "An account with a@b.com already exists." */
  duplicate: (identifier: string | null, field: string | null) => string
  /** Follows the duplicate message. */
  question: string
  logIn: string
  differentIdentifier: (field: string | null) => string
  resetPassword: string
  /** Enumeration-safe outcome when no `message` is given: says nothing about existing accounts. */
  neutral: string
}

/** English defaults for `SignupConflictPrompt`. */
export const defaultSignupConflictPromptLabels: SignupConflictPromptLabels = {
  duplicate: (identifier, field) =>
    identifier
      ? `An account with ${identifier} already exists.`
      : `An account with this ${field ? humanize(field) : 'email'} already exists.`,
  question: 'Log in instead?',
  logIn: 'Log in',
  differentIdentifier: (field) => `Use a different ${field ? humanize(field) : 'email'}`,
  resetPassword: 'Forgot password?',
  neutral: 'If this address can be used, you will get an email with the next step.',
}
