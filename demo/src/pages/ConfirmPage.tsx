import { useEffect, useState } from 'react'
import { classifyResponse, problemFromError } from 'react-conflict-kit/core'
import { postJson } from '../api'
import { Link } from '../Link'

type Confirmation =
  { status: 'pending' } | { status: 'done' } | { status: 'failed'; message: string }

/** Follows the link of a confirmation email: the account exists from this moment on. */
export function ConfirmPage() {
  const [state, setState] = useState<Confirmation>({ status: 'pending' })
  useEffect(() => {
    const token = new URLSearchParams(window.location.search).get('token') ?? ''
    let live = true
    void (async () => {
      // Unreachable server: the kit's words for it, not a page stuck on "Confirming…".
      const problem = await postJson('/api/signup/confirm', { token }).then(
        (res) => classifyResponse(res, { method: 'POST' }),
        (error: unknown) => problemFromError(error),
      )
      if (!live) return
      setState(problem ? { status: 'failed', message: problem.title } : { status: 'done' })
    })()
    return () => {
      live = false
    }
  }, [])
  return (
    <section className="demo-card demo-narrow" aria-labelledby="confirm-heading">
      <h1 id="confirm-heading">Confirm your address</h1>
      {state.status === 'pending' && <p>Confirming…</p>}
      {state.status === 'done' && (
        <output className="demo-success">
          Your address is confirmed and your account is ready. <Link href="/login">Log in</Link>
        </output>
      )}
      {state.status === 'failed' && (
        <p role="alert" className="demo-error" dir="auto">
          {state.message}
        </p>
      )}
    </section>
  )
}
