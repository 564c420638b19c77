import { useEffect, useRef, useState } from 'react'
import { takeHandedOffIdentifier } from 'react-conflict-kit'
import { classifyResponse, problemFromError } from 'react-conflict-kit/core'
import { postJson } from '../api'
import { waitText } from '../waitText'

/**
 * Login, or the password reset (`reset`), picking up the email handed over by the signup page
 * (never through the URL).
 */
export function LoginPage({ reset }: { reset: boolean }) {
  const [handed] = useState(() => takeHandedOffIdentifier())
  const [email, setEmail] = useState(handed?.field === 'email' ? handed.value : '')
  const [password, setPassword] = useState('')
  const [message, setMessage] = useState<string | null>(null)
  const [pending, setPending] = useState(false)
  // Handed over from signup, the email is filled in: focus goes where typing goes on, not to
  // the page body the navigation left it on.
  const nextField = useRef<HTMLInputElement>(null)
  useEffect(() => {
    if (handed) nextField.current?.focus()
  }, [handed])

  async function submit() {
    if (pending) return
    setPending(true)
    setMessage(null)
    try {
      setMessage(await attempt())
    } finally {
      setPending(false)
    }
  }

  async function attempt(): Promise<string> {
    let res: Response
    try {
      res = await (reset
        ? postJson('/api/password-reset', { email })
        : postJson('/api/login', { email, password }))
    } catch (error) {
      // Offline or unreachable: the kit's title for it, not the browser's "Failed to fetch".
      return problemFromError(error).title
    }
    const problem = await classifyResponse(res, { method: 'POST' })
    // A 429 is "busy": say so (with the wait), not that the password was wrong.
    if (problem?.kind === 'busy') {
      return problem.retryAfterMs
        ? `Too many attempts. Try again in ${waitText(problem.retryAfterMs)}.`
        : 'Too many attempts. Try again in a while.'
    }
    if (reset) return 'If an account exists for this address, we sent a link to reset the password.'
    return res.ok ? `Welcome back, ${email}.` : 'That email and password do not match.'
  }

  return (
    <section className="demo-card demo-narrow" aria-labelledby="login-heading">
      <h1 id="login-heading">{reset ? 'Reset your password' : 'Log in'}</h1>
      {handed && (
        <output className="demo-notice">
          {reset ? (
            <>
              We will send a link to reset the password of <bdi>{handed.value}</bdi>.
            </>
          ) : (
            <>
              You already have an account with <bdi>{handed.value}</bdi>. Log in to continue.
            </>
          )}
        </output>
      )}
      <form
        className="demo-form"
        aria-busy={pending || undefined}
        onSubmit={(event) => {
          event.preventDefault()
          void submit()
        }}
      >
        <label>
          Email
          <input
            ref={reset ? nextField : undefined}
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
              ref={nextField}
              type="password"
              name="password"
              autoComplete="current-password"
              value={password}
              onChange={(e) => setPassword(e.target.value)}
            />
          </label>
        )}
        {/* aria-disabled, not disabled: the focused button keeps its focus while it waits. */}
        <button type="submit" aria-disabled={pending || undefined}>
          {pending ? (reset ? 'Sending…' : 'Logging in…') : reset ? 'Send reset link' : 'Log in'}
        </button>
      </form>
      <output dir="auto" className={message ? 'demo-message' : undefined}>
        {message}
      </output>
    </section>
  )
}
