import { useId, useState } from 'react'
// In an app: `from 'react-conflict-kit'`.
import { SignupConflictPrompt, useSignupConflict } from '../../src'
import { MOCK_API, mockApi } from '../mocks/mockApi'
import { ServerView } from './ServerView'

/** Props of `LiveSignup`. */
export interface LiveSignupProps {
  /** Same neutral answer for new and registered emails (OWASP). Defaults to `false`. */
  enumerationSafe?: boolean
}

interface SignupValues {
  email: string
  password: string
}

/**
 * A signup form wired to `useSignupConflict`: a 409 `user_exists` becomes "Log in instead?",
 * a 422 becomes field errors, and in enumeration-safe mode every answer reads the same.
 */
export function LiveSignup({ enumerationSafe = false }: LiveSignupProps) {
  const id = useId()
  const [openedPage, setOpenedPage] = useState<string | null>(null)
  const signup = useSignupConflict<SignupValues>({
    submit: (values) =>
      fetch(`${MOCK_API}/signup`, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          // The mock server's switch; a real server decides this on its own.
          ...(enumerationSafe ? { 'x-enumeration-safe': '1' } : {}),
        },
        body: JSON.stringify(values),
      }),
    enumerationSafe,
    loginHref: '/login',
    resetPasswordHref: '/reset-password',
    // A router's navigate in an app; here the story only says where it would go.
    navigate: setOpenedPage,
  })
  const errors = signup.fieldErrors
  const describedBy = (field: string) => (errors[field] ? `${id}-${field}-error` : undefined)

  return (
    <div style={{ display: 'grid', gap: '1rem', maxWidth: '28rem' }}>
      <form
        noValidate
        aria-labelledby={`${id}-heading`}
        style={{ display: 'grid', gap: '0.5rem' }}
        onSubmit={(e) => {
          e.preventDefault()
          const data = new FormData(e.currentTarget)
          setOpenedPage(null)
          void signup.submit({
            email: String(data.get('email') ?? ''),
            password: String(data.get('password') ?? ''),
          })
        }}
      >
        <h2 id={`${id}-heading`} style={{ margin: 0 }}>
          Create your account
        </h2>
        <label htmlFor={`${id}-email`}>Email</label>
        <input
          id={`${id}-email`}
          name="email"
          type="email"
          autoComplete="email"
          aria-invalid={errors.email ? true : undefined}
          aria-describedby={describedBy('email')}
          {...signup.getIdentifierProps()}
        />
        {errors.email && <p id={describedBy('email')}>{errors.email}</p>}
        <label htmlFor={`${id}-password`}>Password</label>
        <input
          id={`${id}-password`}
          name="password"
          type="password"
          autoComplete="new-password"
          aria-invalid={errors.password ? true : undefined}
          aria-describedby={describedBy('password')}
        />
        {errors.password && <p id={describedBy('password')}>{errors.password}</p>}
        <button type="submit" disabled={signup.status === 'pending'}>
          {signup.status === 'pending' ? 'Creating…' : 'Sign up'}
        </button>
      </form>
      <SignupConflictPrompt signup={signup} focusOnShow />
      {signup.status === 'success' && !signup.isEnumerationSafe && (
        <output style={{ display: 'block' }}>Welcome aboard: your account is ready.</output>
      )}
      {signup.status === 'error' && <p role="alert">{signup.message}</p>}
      {openedPage && (
        <output style={{ display: 'block' }}>The app would now open {openedPage}.</output>
      )}
      <ServerView
        label={(emails) => `Registered on the mock server: ${emails.length}`}
        subscribe={mockApi.signups.subscribe}
        get={mockApi.signups.emails}
      />
    </div>
  )
}
