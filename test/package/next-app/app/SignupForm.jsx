'use client'
// A client form with useSignupConflict: the route handler answers a duplicate with 409.
import { SignupConflictPrompt, useSignupConflict } from 'react-conflict-kit'

export function SignupForm() {
  const signup = useSignupConflict({
    submit: (values) =>
      fetch('/api/signup', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(values),
      }),
    loginHref: '/login',
  })
  return (
    <form
      // Set once React has hydrated the form (refs attach on commit), read by the check.
      ref={(form) => form?.setAttribute('data-hydrated', '')}
      data-status={signup.status}
      onSubmit={(event) => {
        event.preventDefault()
        void signup.submit({ email: new FormData(event.currentTarget).get('email') })
      }}
    >
      <label>
        Email <input name="email" type="email" defaultValue="ada@example.com" />
      </label>
      <button type="submit">Sign up</button>
      <SignupConflictPrompt signup={signup} />
    </form>
  )
}
