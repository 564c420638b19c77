import { useState } from 'react'
import { SignupConflictPrompt, useSignupConflict } from 'react-conflict-kit'
import { navigate } from '../router'

interface Values {
  email: string
  username: string
  password: string
}

/** Signup where "already registered" leads to the login page instead of a dead end. */
export function SignupPage() {
  const [values, setValues] = useState<Values>({ email: '', username: '', password: '' })
  const [safeMode, setSafeMode] = useState(false)
  const signup = useSignupConflict<Values>({
    submit: (v) =>
      fetch('/api/signup', {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          ...(safeMode ? { 'x-enumeration-safe': '1' } : {}),
        },
        body: JSON.stringify({ ...v, username: v.username || undefined }),
      }),
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
          <p id="email-error" className="demo-field-error">
            {errors.email}
          </p>
        )}
        <label>
          Username <span className="demo-muted">(optional)</span>
          <input autoComplete="username" {...field('username')} />
        </label>
        {errors.username && (
          <p id="username-error" className="demo-field-error">
            {errors.username}
          </p>
        )}
        <label>
          Password
          <input type="password" autoComplete="new-password" {...field('password')} />
        </label>
        {errors.password && (
          <p id="password-error" className="demo-field-error">
            {errors.password}
          </p>
        )}
        {errors.root && <p className="demo-field-error">{errors.root}</p>}
        <label className="demo-check">
          <input
            type="checkbox"
            checked={safeMode}
            onChange={(e) => setSafeMode(e.target.checked)}
          />
          Enumeration-safe mode (never reveal whether an account exists)
        </label>
        <button type="submit" disabled={signup.status === 'pending'}>
          {signup.status === 'pending' ? 'Creating…' : 'Create account'}
        </button>
      </form>
      <SignupConflictPrompt signup={signup} focusOnShow />
      {signup.status === 'success' && !signup.isEnumerationSafe && (
        <output className="demo-success">Welcome aboard! Your account is ready.</output>
      )}
      {signup.status === 'error' && (
        <p role="alert" className="demo-error">
          {signup.message}
        </p>
      )}
    </section>
  )
}
