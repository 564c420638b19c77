import { useState } from 'react'
import { takeHandedOffIdentifier } from 'react-conflict-kit'
import { classifyResponse } from 'react-conflict-kit/core'
import { postJson } from '../api'

/** Login that picks up the email handed over by the signup page (never through the URL). */
export function LoginPage() {
  const [handed] = useState(() => takeHandedOffIdentifier())
  const [email, setEmail] = useState(handed?.field === 'email' ? handed.value : '')
  const [password, setPassword] = useState('')
  const [message, setMessage] = useState<string | null>(null)
  const reset = new URLSearchParams(window.location.search).has('reset')

  async function submit() {
    const res = await (reset
      ? postJson('/api/password-reset', { email })
      : postJson('/api/login', { email, password }))
    const problem = await classifyResponse(res, { method: 'POST' })
    // A 429 is "busy": say so (with the wait), not that the password was wrong.
    if (problem?.kind === 'busy') {
      const seconds = problem.retryAfterMs ? Math.ceil(problem.retryAfterMs / 1000) : null
      setMessage(
        seconds
          ? `Too many attempts. Try again in ${seconds} seconds.`
          : 'Too many attempts. Try again in a while.',
      )
    } else if (reset) {
      setMessage('If an account exists for this address, we sent a link to reset the password.')
    } else {
      setMessage(res.ok ? `Welcome back, ${email}.` : 'That email and password do not match.')
    }
  }

  return (
    <section className="demo-card demo-narrow" aria-labelledby="login-heading">
      <h1 id="login-heading">{reset ? 'Reset your password' : 'Log in'}</h1>
      {handed && (
        <output className="demo-notice">
          You already have an account with <bdi>{handed.value}</bdi>. Log in to continue.
        </output>
      )}
      <form
        className="demo-form"
        onSubmit={(event) => {
          event.preventDefault()
          void submit()
        }}
      >
        <label>
          Email
          <input
            type="email"
            name="email"
            autoComplete="email"
            value={email}
            onChange={(e) => setEmail(e.target.value)}
          />
        </label>
        {!reset && (
          <label>
            Password
            <input
              type="password"
              name="password"
              autoComplete="current-password"
              value={password}
              onChange={(e) => setPassword(e.target.value)}
            />
          </label>
        )}
        <button type="submit">{reset ? 'Send reset link' : 'Log in'}</button>
      </form>
      {message && <output dir="auto">{message}</output>}
    </section>
  )
}
