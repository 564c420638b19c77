import { useId } from 'react'
import {
  SignupConflictPrompt,
  type SignupConflictPromptProps,
} from '../src/components/SignupConflictPrompt/SignupConflictPrompt'
import type { SignupConflictResult } from '../src/hooks/types'

/** The parts of a `useSignupConflict` result this demo form reads. */
export type SignupState = NonNullable<SignupConflictPromptProps['signup']> &
  Pick<SignupConflictResult<unknown>, 'fieldErrors'>

/** A signup form as an app would build it around the hook's state, with the prompt below. */
export function SignupFormDemo({ signup }: { signup: SignupState }) {
  const id = useId()
  const emailError = signup.fieldErrors.email
  const passwordError = signup.fieldErrors.password
  return (
    <form
      style={{ display: 'grid', gap: '0.75rem', maxWidth: '28rem' }}
      onSubmit={(e) => e.preventDefault()}
    >
      <h2 style={{ margin: 0 }}>Create your account</h2>
      <label htmlFor={`${id}-email`}>Email</label>
      <input
        id={`${id}-email`}
        type="email"
        defaultValue={signup.identifier ?? ''}
        aria-invalid={emailError ? true : undefined}
        aria-describedby={emailError ? `${id}-email-error` : undefined}
      />
      {emailError && <p id={`${id}-email-error`}>{emailError}</p>}
      <label htmlFor={`${id}-password`}>Password</label>
      <input
        id={`${id}-password`}
        type="password"
        aria-invalid={passwordError ? true : undefined}
        aria-describedby={passwordError ? `${id}-password-error` : undefined}
      />
      {passwordError && <p id={`${id}-password-error`}>{passwordError}</p>}
      {signup.status === 'invalid' && signup.message && <p role="alert">{signup.message}</p>}
      <button type="submit">Sign up</button>
      <SignupConflictPrompt signup={signup} />
    </form>
  )
}
