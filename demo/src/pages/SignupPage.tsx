import { useQuery } from '@tanstack/react-query'
import { useState } from 'react'
import { SignupConflictPrompt, useSignupConflict } from 'react-conflict-kit'
import { getJson, postJson, type Settings } from '../api'
import { Link } from '../Link'
import { navigate } from '../router'

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
        className="demo-form"
        noValidate
        onSubmit={(event) => {
          event.preventDefault()
          void signup.submit(values)
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
          <p className="demo-field-error" dir="auto">
            {errors.root}
          </p>
        )}
        <button type="submit" disabled={signup.status === 'pending' || !settings.data}>
          {signup.status === 'pending' ? 'Creating…' : 'Create account'}
        </button>
      </form>
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
        <p role="alert" className="demo-error" dir="auto">
          {signup.message}
        </p>
      )}
    </section>
  )
}
