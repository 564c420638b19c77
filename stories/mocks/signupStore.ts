import { observable } from './observable'
import { jsonResponse, notJsonObject, problemResponse, readJsonObject } from './responses'

/** Accounts by email, answering signups the way a careful API does. */
export interface SignupStore {
  /**
   * POST a signup `{ email, password }`: 201 when new, 409 `user_exists` for a registered
   * email, 422 with `errors: [{ field, message }]` for invalid input. With the request header
   * `X-Enumeration-Safe: 1` new and registered emails both get the same 202.
   */
  signup: (request: Request) => Promise<Response>
  /** Registered emails now (lower case); `subscribe` to hear about changes. */
  emails: () => readonly string[]
  subscribe: (listener: () => void) => () => void
  /** Back to the preset accounts. */
  reset: () => void
}

/** The one body of every enumeration-safe answer, new or registered email alike. */
export const pendingSignup = {
  status: 'pending',
  message: 'If this address can be used, we sent an email with the next step.',
} as const

const emailPattern = /^[^\s@]+@[^\s@]+\.[^\s@]+$/

/** Creates a signup store with some emails registered already. */
export function createSignupStore(registered: readonly string[]): SignupStore {
  const preset = registered.map((e) => e.toLowerCase())
  const accounts = observable<readonly string[]>(preset)

  return {
    async signup(request) {
      const body = await readJsonObject(request)
      if (body === null) return notJsonObject()
      const { email, password } = body
      const errors: { field: string; message: string }[] = []
      if (typeof email !== 'string' || !emailPattern.test(email.trim())) {
        errors.push({ field: 'email', message: 'Enter a valid email address.' })
      }
      if (typeof password !== 'string' || password.length < 8) {
        errors.push({ field: 'password', message: 'Use at least 8 characters.' })
      }
      if (errors.length > 0) {
        return problemResponse({ title: 'Check the highlighted fields', status: 422, errors })
      }
      const clean = String(email).trim().toLowerCase()
      const exists = accounts.get().includes(clean)
      if (!exists) accounts.set([...accounts.get(), clean])
      // OWASP: the same answer whether or not the account existed, so nobody can probe emails.
      if (request.headers.get('x-enumeration-safe') === '1') return jsonResponse(pendingSignup, 202)
      if (exists) {
        return problemResponse({
          type: 'https://example.com/problems/already-registered',
          title: 'An account with this email already exists',
          status: 409,
          detail: 'Log in instead, or reset your password if you forgot it.',
          code: 'user_exists',
          field: 'email',
        })
      }
      return jsonResponse({ email: clean }, 201)
    },
    emails: accounts.get,
    subscribe: accounts.subscribe,
    reset: () => accounts.set(preset),
  }
}
