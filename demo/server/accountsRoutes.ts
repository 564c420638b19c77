import { Hono, type Context } from 'hono'
import type { AppEnv } from './AppEnv'
import { isUniqueViolation, type Db } from './Db'
import { methodNotAllowed } from './methodNotAllowed'
import { hashPassword, verifyPassword } from './password'
import { problemResponse, problemTypes, validationProblem, type FieldError } from './problem'
import { readJsonObject } from './readJsonObject'

/** Options of the account routes. */
export interface AccountsOptions {
  /**
   * Answer signups the same way whether or not the email is registered (OWASP account
   * enumeration advice). A request may override it with `X-Enumeration-Safe: 1` or `0`.
   */
  enumerationSafe: boolean
}

/** The body of every enumeration-safe signup answer (202), new or existing email alike. */
export const pendingSignup = {
  status: 'pending',
  message: 'If this address can be used, we sent an email with the next step.',
} as const

/** The body of every password-reset answer (202). */
export const pendingReset = {
  status: 'pending',
  message: 'If an account exists for this address, we sent a link to reset the password.',
} as const

// The unique index names from schema.ts, mapped back to the field they protect.
const uniqueFields: Record<string, 'email' | 'username'> = {
  users_email_key: 'email',
  users_username_key: 'username',
}

const emailPattern = /^[^\s@]+@[^\s@]+\.[^\s@]+$/
const usernamePattern = /^[a-z0-9_]{3,30}$/i

function checkEmail(email: unknown, errors: FieldError[]): email is string {
  const ok = typeof email === 'string' && email.length <= 254 && emailPattern.test(email.trim())
  if (!ok) errors.push({ field: 'email', message: 'Enter a valid email address.' })
  return ok
}

function isEnumerationSafe(c: Context<AppEnv>, byDefault: boolean): boolean {
  const header = c.req.header('x-enumeration-safe')?.trim().toLowerCase()
  if (header === '1' || header === 'true') return true
  if (header === '0' || header === 'false') return false
  return byDefault
}

let dummyHash: Promise<string> | undefined

/** Routes under `/api`: signup, login, password reset. */
export function accountsRoutes(db: Db, options: AccountsOptions): Hono<AppEnv> {
  const accounts = new Hono<AppEnv>()

  accounts.post('/signup', async (c) => {
    const instance = c.req.path
    const parsed = await readJsonObject(c)
    if (!parsed.ok) return parsed.response
    const { email, password, username } = parsed.value
    const errors: FieldError[] = []
    checkEmail(email, errors)
    if (typeof password !== 'string' || password.length < 8) {
      errors.push({ field: 'password', message: 'Password must be at least 8 characters.' })
    } else if (password.length > 1024) {
      errors.push({ field: 'password', message: 'Password must be at most 1024 characters.' })
    }
    const hasUsername = username !== undefined && username !== null && username !== ''
    if (hasUsername && !(typeof username === 'string' && usernamePattern.test(username))) {
      errors.push({
        field: 'username',
        message: 'Username must be 3 to 30 letters, digits or underscores.',
      })
    }
    if (errors.length > 0) return validationProblem(instance, errors)

    const safe = isEnumerationSafe(c, options.enumerationSafe)
    const cleanEmail = String(email).trim()
    const cleanUsername = hasUsername ? String(username) : null
    // Hash before the insert in every case, so a duplicate is not answered faster.
    const passwordHash = await hashPassword(String(password))
    try {
      const { rows } = await db.query(
        `INSERT INTO users (email, username, password_hash) VALUES ($1, $2, $3)
         RETURNING id, email, username`,
        [cleanEmail, cleanUsername, passwordHash],
      )
      if (safe) return c.json(pendingSignup, 202)
      const user = rows[0] ?? {}
      return c.json({ id: user.id, email: user.email, username: user.username ?? null }, 201)
    } catch (error) {
      // The database decides uniqueness (no check-then-insert race); map the index to a field.
      if (!isUniqueViolation(error)) throw error
      const field = uniqueFields[error.constraint ?? ''] ?? 'email'
      if (safe && field === 'email') return c.json(pendingSignup, 202)
      if (safe) {
        // A taken username is public, but must not reveal that the email is registered too.
        const { rows } = await db.query('SELECT 1 FROM users WHERE lower(email) = lower($1)', [
          cleanEmail,
        ])
        if (rows.length > 0) return c.json(pendingSignup, 202)
      }
      return field === 'email'
        ? problemResponse({
            type: problemTypes.alreadyRegistered,
            title: 'An account with this email already exists',
            status: 409,
            detail: 'Log in instead, or reset your password if you forgot it.',
            instance,
            code: 'user_exists',
            field: 'email',
            value: cleanEmail,
          })
        : problemResponse({
            type: problemTypes.alreadyRegistered,
            title: 'This username is already taken',
            status: 409,
            detail: 'Choose another username.',
            instance,
            code: 'username_taken',
            field: 'username',
            value: cleanUsername,
          })
    }
  })
  accounts.all('/signup', methodNotAllowed(['POST']))

  accounts.post('/login', async (c) => {
    const instance = c.req.path
    const parsed = await readJsonObject(c)
    if (!parsed.ok) return parsed.response
    const { email, password } = parsed.value
    const errors: FieldError[] = []
    if (typeof email !== 'string' || email.trim() === '') {
      errors.push({ field: 'email', message: 'Enter your email address.' })
    }
    if (typeof password !== 'string' || password === '') {
      errors.push({ field: 'password', message: 'Enter your password.' })
    }
    if (errors.length > 0) return validationProblem(instance, errors)
    const { rows } = await db.query(
      'SELECT id, email, username, password_hash FROM users WHERE lower(email) = lower($1)',
      [String(email).trim()],
    )
    const user = rows[0]
    // Verify against a throwaway hash for unknown emails so both paths cost the same.
    dummyHash ??= hashPassword('no account has this password')
    const ok = await verifyPassword(
      String(password),
      user ? String(user.password_hash) : await dummyHash,
    )
    if (!user || !ok) {
      return problemResponse({
        type: problemTypes.invalidCredentials,
        title: 'Email or password is incorrect',
        status: 401,
        detail: 'Check both and try again, or reset your password.',
        instance,
        code: 'invalid_credentials',
      })
    }
    return c.json({ id: user.id, email: user.email, username: user.username ?? null })
  })
  accounts.all('/login', methodNotAllowed(['POST']))

  accounts.post('/password-reset', async (c) => {
    const parsed = await readJsonObject(c)
    if (!parsed.ok) return parsed.response
    const errors: FieldError[] = []
    if (!checkEmail(parsed.value.email, errors)) return validationProblem(c.req.path, errors)
    // The demo sends no email; the answer never says whether the account exists.
    return c.json(pendingReset, 202)
  })
  accounts.all('/password-reset', methodNotAllowed(['POST']))

  return accounts
}
