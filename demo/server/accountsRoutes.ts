import { createHash, randomBytes } from 'node:crypto'
import type { IncomingMessage } from 'node:http'
import { Hono, type Context } from 'hono'
import type { AppEnv } from './AppEnv'
import { isUniqueViolation, type Db } from './Db'
import type { KdfQueue } from './kdfQueue'
import type { LoginThrottle } from './loginThrottle'
import type { Mailer } from './mailbox'
import { methodNotAllowed } from './methodNotAllowed'
import { hashPassword, verifyPassword } from './password'
import { problemResponse, problemTypes, validationProblem, type FieldError } from './problem'
import { tooManyAttempts, type RateLimiter } from './rateLimiter'
import { readJsonObject } from './readJsonObject'

/**
 * The limiters of the account routes: attempts per client address, signups per account
 * (email), and failed logins per (account, client) with backoff.
 */
export interface AccountLimiters {
  loginThrottle: LoginThrottle
  loginAddress: RateLimiter
  signupAccount: RateLimiter
  signupAddress: RateLimiter
}

/** Options of the account routes. */
export interface AccountsOptions {
  /**
   * Answer every valid signup with the same 202, new or taken email or username (OWASP account
   * enumeration advice); a new account is created only once its address is confirmed. Server
   * configuration only: nothing in a request changes it.
   */
  enumerationSafe: boolean
  /** scrypt cost (log2 N) for new password hashes. */
  scryptCost: number
  /** Rate limiters, or `false` for none. */
  limiters: AccountLimiters | false
  /** Where password hashing waits its turn, or `false` to hash at once. */
  kdf: KdfQueue | false
  /** Where confirmation and notice emails go. */
  mailer: Mailer
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
const confirmationHours = 24

function checkEmail(email: unknown, errors: FieldError[]): email is string {
  const ok = typeof email === 'string' && email.length <= 254 && emailPattern.test(email.trim())
  if (!ok) errors.push({ field: 'email', message: 'Enter a valid email address.' })
  return ok
}

/** The client's address from the socket (no proxy headers are trusted), or `'unknown'`. */
function clientAddress(c: Context<AppEnv>): string {
  const env = c.env as { incoming?: IncomingMessage } | undefined
  return env?.incoming?.socket?.remoteAddress ?? 'unknown'
}

/** A 429 answer when `key` is over `limiter`'s limit (the attempt is counted either way). */
function limited(limiter: RateLimiter | undefined, key: string, instance: string) {
  const decision = limiter?.hit(key)
  return decision && !decision.ok ? tooManyAttempts(instance, decision.retryAfterSeconds) : null
}

/** 429 when the password-hashing queue has no room for this client now. */
function hashingBusy(instance: string, retryAfterSeconds: number): Response {
  return problemResponse(
    {
      type: problemTypes.busy,
      title: 'Too many password checks at once',
      status: 429,
      detail: `The server is busy checking passwords. Wait ${retryAfterSeconds} seconds, then try again. Nothing was changed.`,
      instance,
      code: 'hashing_busy',
    },
    { 'retry-after': String(retryAfterSeconds) },
  )
}

const sha256 = (text: string) => createHash('sha256').update(text).digest('base64url')

function alreadyRegistered(field: 'email' | 'username', value: string | null, instance: string) {
  return field === 'email'
    ? problemResponse({
        type: problemTypes.alreadyRegistered,
        title: 'An account with this email already exists',
        status: 409,
        detail: 'Log in instead, or reset your password if you forgot it.',
        instance,
        code: 'user_exists',
        field: 'email',
        value,
      })
    : problemResponse({
        type: problemTypes.alreadyRegistered,
        title: 'This username is already taken',
        status: 409,
        detail: 'Choose another username.',
        instance,
        code: 'username_taken',
        field: 'username',
        value,
      })
}

interface NewAccount {
  email: string
  username: string | null
  passwordHash: string
}

/**
 * Enumeration-safe signup: whatever the case, only the mailbox owner learns it. A taken email
 * or username gets a notice by email; a new one a confirmation link (the account is created
 * when it is followed, so nobody can sign up someone else's address and use it).
 */
async function startConfirmation(db: Db, mailer: Mailer, account: NewAccount): Promise<void> {
  const { rows } = await db.query<{ email_taken: boolean }>(
    `SELECT lower(email) = lower($1) AS email_taken FROM users
     WHERE lower(email) = lower($1) OR lower(username) = lower($2::text)`,
    [account.email, account.username],
  )
  if (rows.some((row) => row.email_taken)) {
    return mailer.send({
      to: account.email,
      subject: 'You already have an account',
      text: 'Someone, maybe you, tried to sign up with this address. You already have an account: log in, or reset your password if you forgot it.',
      link: '/login',
    })
  }
  if (rows.length > 0) {
    return mailer.send({
      to: account.email,
      subject: 'That username is taken',
      text: `The username ${account.username} is already taken. Sign up again with another one.`,
      link: '/signup',
    })
  }
  const token = randomBytes(32).toString('base64url')
  // Expired signups are dropped as new ones arrive, so the table cannot grow without bound.
  await db.query('DELETE FROM pending_signups WHERE expires_at <= now()')
  await db.query(
    `INSERT INTO pending_signups (token_hash, email, username, password_hash, expires_at)
     VALUES ($1, $2, $3, $4, now() + make_interval(hours => $5))`,
    [sha256(token), account.email, account.username, account.passwordHash, confirmationHours],
  )
  return mailer.send({
    to: account.email,
    subject: 'Confirm your address',
    text: `Confirm this address within ${confirmationHours} hours to finish creating your account.`,
    link: `/confirm?token=${token}`,
  })
}

const dummyHashes = new Map<number, Promise<string>>()

/** Routes under `/api`: signup (and its confirmation), login, password reset. */
export function accountsRoutes(db: Db, options: AccountsOptions): Hono<AppEnv> {
  const accounts = new Hono<AppEnv>()
  const limits = options.limiters || undefined
  const cost = options.scryptCost
  // Password work for `client`, through the queue when there is one.
  const hashWork = <T>(client: string, work: () => Promise<T>) =>
    options.kdf ? options.kdf.run(client, work) : { ok: true as const, result: work() }

  accounts.post('/signup', async (c) => {
    const instance = c.req.path
    const client = clientAddress(c)
    const byAddress = limited(limits?.signupAddress, client, instance)
    if (byAddress) return byAddress
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

    const cleanEmail = String(email).trim()
    const cleanUsername = hasUsername ? String(username) : null
    const byAccount = limited(limits?.signupAccount, cleanEmail.toLowerCase(), instance)
    if (byAccount) return byAccount
    // Hash before anything else in every case, so no outcome is answered faster.
    const hashing = hashWork(client, () => hashPassword(String(password), { cost }))
    if (!hashing.ok) return hashingBusy(instance, hashing.retryAfterSeconds)
    const passwordHash = await hashing.result
    const account = { email: cleanEmail, username: cleanUsername, passwordHash }
    if (options.enumerationSafe) {
      await startConfirmation(db, options.mailer, account)
      return c.json(pendingSignup, 202)
    }
    try {
      const { rows } = await db.query(
        `INSERT INTO users (email, username, password_hash) VALUES ($1, $2, $3)
         RETURNING id, email, username`,
        [cleanEmail, cleanUsername, passwordHash],
      )
      const user = rows[0] ?? {}
      return c.json({ id: user.id, email: user.email, username: user.username ?? null }, 201)
    } catch (error) {
      // The database decides uniqueness (no check-then-insert race); map the index to a field.
      if (!isUniqueViolation(error)) throw error
      const field = uniqueFields[error.constraint ?? ''] ?? 'email'
      return alreadyRegistered(field, field === 'email' ? cleanEmail : cleanUsername, instance)
    }
  })
  accounts.all('/signup', methodNotAllowed(['POST']))

  accounts.post('/signup/confirm', async (c) => {
    const instance = c.req.path
    const parsed = await readJsonObject(c)
    if (!parsed.ok) return parsed.response
    const { token } = parsed.value
    if (typeof token !== 'string' || token.length === 0 || token.length > 200) {
      return validationProblem(instance, [{ field: 'token', message: 'The token is missing.' }])
    }
    const tokenHash = sha256(token)
    const { rows } = await db.query<{
      email: string
      username: string | null
      password_hash: string
    }>(
      `SELECT email, username, password_hash FROM pending_signups
       WHERE token_hash = $1 AND expires_at > now()`,
      [tokenHash],
    )
    const pending = rows[0]
    if (!pending) {
      return problemResponse({
        type: problemTypes.confirmationInvalid,
        title: 'This confirmation link is not valid',
        status: 400,
        detail: 'It was used already or has expired. Sign up again to get a new one.',
        instance,
        code: 'confirmation_invalid',
      })
    }
    try {
      const user = await db.transaction(async (tx) => {
        const created = await tx.query(
          `INSERT INTO users (email, username, password_hash) VALUES ($1, $2, $3)
           RETURNING id, email, username`,
          [pending.email, pending.username, pending.password_hash],
        )
        // Every other pending signup for this address is void now.
        await tx.query('DELETE FROM pending_signups WHERE lower(email) = lower($1)', [
          pending.email,
        ])
        return created.rows[0] ?? {}
      })
      return c.json({ id: user.id, email: user.email, username: user.username ?? null }, 201)
    } catch (error) {
      if (!isUniqueViolation(error)) throw error
      await db.query('DELETE FROM pending_signups WHERE token_hash = $1', [tokenHash])
      // Only the mailbox owner gets here, so naming what is taken reveals nothing new.
      const field = uniqueFields[error.constraint ?? ''] ?? 'email'
      return alreadyRegistered(
        field,
        field === 'email' ? pending.email : pending.username,
        instance,
      )
    }
  })
  accounts.all('/signup/confirm', methodNotAllowed(['POST']))

  accounts.post('/login', async (c) => {
    const instance = c.req.path
    const client = clientAddress(c)
    const byAddress = limited(limits?.loginAddress, client, instance)
    if (byAddress) return byAddress
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
    const cleanEmail = String(email).trim()
    const account = cleanEmail.toLowerCase()
    const throttle = limits?.loginThrottle
    const turn = throttle?.begin(account, client)
    if (turn && !turn.ok) return tooManyAttempts(instance, turn.retryAfterSeconds)
    // Whether the password was right; null while it was not checked (refused, failed).
    let verdict: boolean | null = null
    try {
      // Only confirmed accounts are in `users`: a pending signup cannot log in.
      const { rows } = await db.query(
        'SELECT id, email, username, password_hash FROM users WHERE lower(email) = lower($1)',
        [cleanEmail],
      )
      const user = rows[0]
      // Verify against a throwaway hash for unknown emails so both paths cost the same.
      if (!dummyHashes.has(cost)) {
        dummyHashes.set(cost, hashPassword('no account has this', { cost }))
      }
      const stored = user ? String(user.password_hash) : await dummyHashes.get(cost)!
      const checking = hashWork(client, () => verifyPassword(String(password), stored))
      if (!checking.ok) return hashingBusy(instance, checking.retryAfterSeconds)
      const matches = await checking.result
      verdict = Boolean(user) && matches
      if (!user || !verdict) {
        return problemResponse({
          type: problemTypes.invalidCredentials,
          title: 'Email or password is incorrect',
          status: 401,
          detail: options.enumerationSafe
            ? 'Check both and try again, or reset your password. A new account can be used once its address is confirmed.'
            : 'Check both and try again, or reset your password.',
          instance,
          code: 'invalid_credentials',
        })
      }
      return c.json({ id: user.id, email: user.email, username: user.username ?? null })
    } finally {
      if (verdict === null) throttle?.cancel(account, client)
      else throttle?.end(account, client, verdict)
    }
  })
  accounts.all('/login', methodNotAllowed(['POST']))

  accounts.post('/password-reset', async (c) => {
    const instance = c.req.path
    const byAddress = limited(limits?.signupAddress, clientAddress(c), instance)
    if (byAddress) return byAddress
    const parsed = await readJsonObject(c)
    if (!parsed.ok) return parsed.response
    const errors: FieldError[] = []
    if (!checkEmail(parsed.value.email, errors)) return validationProblem(instance, errors)
    // The demo sends no reset email; the answer never says whether the account exists.
    return c.json(pendingReset, 202)
  })
  accounts.all('/password-reset', methodNotAllowed(['POST']))

  return accounts
}
