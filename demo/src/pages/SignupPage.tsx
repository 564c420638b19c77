import { useQuery } from '@tanstack/react-query'
import { useEffect, useRef, useState } from 'react'
import { SignupConflictPrompt, useSignupConflict, type HttpProblem } from 'react-conflict-kit'
import { getJson, postJson, type Settings } from '../api'
import { Link } from '../Link'
import { navigate } from '../router'
import { useIsOnline } from '../useIsOnline'
import { waitText } from '../waitText'

interface Values {
  email: string
  username: string
  password: string
}

/** Signup where "already registered" leads to the login page instead of a dead end. */
export function SignupPage() {
  const [values, setValues] = useState<Values>({ email: '', username: '', password: '' })
  // Enumeration-safe mode is the server's configuration; the page only follows it.
  const settings = useQuery({
    queryKey: ['settings'],
    queryFn: () => getJson<Settings>('/api/settings'),
    staleTime: Infinity,
  })
  const safeMode = settings.data?.enumerationSafe ?? false
  const signup = useSignupConflict<Values>({
    submit: (v) => postJson('/api/signup', { ...v, username: v.username || undefined }),
    loginHref: '/login',
    resetPasswordHref: '/login?reset=1',
    enumerationSafe: safeMode,
    navigate,
    onChooseAnother: (field) => setValues((v) => ({ ...v, [field]: '' })),
  })
  const errors = signup.fieldErrors
  const online = useIsOnline()
  const busy = signup.status === 'pending' || !settings.data
  // After each answer with errors (invalid fields or a failure), focus goes to the first field
  // to fix, or to the message, not to the page body. A duplicate's prompt takes focus itself.
  const formRef = useRef<HTMLFormElement>(null)
  const errorRef = useRef<HTMLParagraphElement>(null)
  const [answered, setAnswered] = useState(0)
  useEffect(() => {
    // Runs once per answer (not when typing changes the status afterwards).
    if (answered === 0) return
    const invalid = formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]')
    ;(invalid ?? errorRef.current)?.focus()
  }, [answered])
  const field = (name: keyof Values) => ({
    name,
    value: values[name],
    onChange: (e: { target: { value: string } }) =>
      setValues((v) => ({ ...v, [name]: e.target.value })),
    'aria-invalid': errors[name] ? true : undefined,
    'aria-describedby': errors[name] ? `${name}-error` : undefined,
  })

  return (
    <section className="demo-card demo-narrow" aria-labelledby="signup-heading">
      <h1 id="signup-heading">Create your account</h1>
      <form
        ref={formRef}
        className="demo-form"
        noValidate
        onSubmit={(event) => {
          event.preventDefault()
          if (busy) return
          void signup.submit(values).then((outcome) => {
            if (outcome.status === 'error') setAnswered((n) => n + 1)
          })
        }}
      >
        <label>
          Email
          <input
            type="email"
            autoComplete="email"
            {...signup.getIdentifierProps()}
            {...field('email')}
          />
        </label>
        {errors.email && (
          <p id="email-error" className="demo-field-error" dir="auto">
            {errors.email}
          </p>
        )}
        <label>
          Username <span className="demo-muted">(optional)</span>
          <input autoComplete="username" {...field('username')} />
        </label>
        {errors.username && (
          <p id="username-error" className="demo-field-error" dir="auto">
            {errors.username}
          </p>
        )}
        <label>
          Password
          <input type="password" autoComplete="new-password" {...field('password')} />
        </label>
        {errors.password && (
          <p id="password-error" className="demo-field-error" dir="auto">
            {errors.password}
          </p>
        )}
        {errors.root && (
          <p ref={errorRef} tabIndex={-1} className="demo-field-error" dir="auto">
            {errors.root}
          </p>
        )}
        {/* aria-disabled, not disabled: the button keeps its focus while the answer comes. */}
        <button type="submit" aria-disabled={busy || undefined}>
          {signup.status === 'pending' ? 'Creating…' : 'Create account'}
        </button>
      </form>
      <output className={signup.status === 'pending' && !online ? 'demo-notice' : undefined}>
        {signup.status === 'pending' &&
          !online &&
          'You are offline. Your signup is sent when the connection returns.'}
      </output>
      <SignupConflictPrompt signup={signup} focusOnShow />
      {signup.status === 'success' && signup.isEnumerationSafe && settings.data?.demoMailbox && (
        <p className="demo-muted">
          This demo sends no real email: <Link href="/mailbox">open the demo mailbox</Link>.
        </p>
      )}
      {signup.status === 'success' && !signup.isEnumerationSafe && (
        <output className="demo-success">Welcome aboard! Your account is ready.</output>
      )}
      {signup.status === 'error' && (
        <p ref={errorRef} tabIndex={-1} role="alert" className="demo-error" dir="auto">
          {errorMessage(signup.problem, signup.message)}
        </p>
      )}
    </section>
  )
}

/**
 * A failed signup in people's words: a wait in minutes, not the server's seconds; a network
 * failure by the kit's title alone, without the browser's "Failed to fetch".
 */
function errorMessage(problem: HttpProblem | null, message: string | null): string | null {
  if (problem?.kind === 'busy' && problem.retryAfterMs) {
    return `Too many attempts. Try again in ${waitText(problem.retryAfterMs)}. Nothing was changed.`
  }
  if (problem?.status === 0) return problem.title
  return message
}
