import type { FormEvent } from 'react'
import { SignupConflictPrompt, useSignupConflict } from 'react-conflict-kit'

type Signup = { email: string; password: string }

// A JSON API wants a JSON content type: without it many answer 415.
const postSignup = (values: Signup) =>
  fetch('/api/signup', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(values),
  })

export function SignupForm() {
  const signup = useSignupConflict({
    submit: postSignup,
    loginHref: '/login', // same-origin only; `javascript:` or other origins are dropped
    resetPasswordHref: '/forgot',
    enumerationSafe: false, // true: the same neutral answer for new and existing accounts
  })

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault()
    const form = new FormData(event.currentTarget)
    void signup.submit({ email: String(form.get('email')), password: String(form.get('password')) })
  }

  return (
    <form onSubmit={onSubmit}>
      <label>
        Email
        {/* chooseAnother() ("use another email") clears and focuses this input */}
        <input name="email" type="email" {...signup.getIdentifierProps()} />
      </label>
      {signup.fieldErrors.email && <p>{signup.fieldErrors.email}</p>}
      <label>
        Password
        <input name="password" type="password" />
      </label>
      {signup.fieldErrors.password && <p>{signup.fieldErrors.password}</p>}
      <button disabled={signup.isPending}>Sign up</button>
      {signup.isSuccess && <output>{signup.message ?? 'Welcome aboard.'}</output>}
      {signup.isError && <p role="alert">{signup.message}</p>}
      <SignupConflictPrompt signup={signup} />
    </form>
  )
}
