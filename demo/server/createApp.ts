import { timingSafeEqual } from 'node:crypto'
import { serveStatic } from '@hono/node-server/serve-static'
import { Hono, type MiddlewareHandler } from 'hono'
import { accountsRoutes, type AccountLimiters } from './accountsRoutes'
import type { AppEnv } from './AppEnv'
import type { Db } from './Db'
import { docsRoutes } from './docsRoutes'
import { KdfQueue, type KdfQueueOptions } from './kdfQueue'
import { LoginThrottle } from './loginThrottle'
import { MemoryMailbox, type Mailer } from './mailbox'
import { methodNotAllowed } from './methodNotAllowed'
import { ordersRoutes } from './ordersRoutes'
import { checkScryptCost, DEFAULT_SCRYPT_COST } from './password'
import { notFound, problemResponse, problemTypes } from './problem'
import { RateLimiter } from './rateLimiter'
import {
  hasUnstorableText,
  payloadTooLarge,
  readJsonObject,
  unstorableTextProblem,
} from './readJsonObject'
import { sameOriginWrites } from './sameOriginWrites'
import { resetData } from './schema'

/**
 * Limits of login and signup (each counts on its own; password reset counts with signup).
 * Logins are slowed per (account, client), never locked for everyone by one client.
 */
export interface RateLimitOptions {
  /**
   * Window length in milliseconds; also the longest login backoff, and how long failed logins
   * are remembered. Defaults to `15 * 60 * 1000` (15 minutes).
   */
  windowMs?: number
  /**
   * Signups per account (email) per window, and failed logins one client may make on one
   * account before each further try waits (1 s, doubling with each failure). Defaults to `10`.
   */
  perAccount?: number
  /** Attempts per client address per window. Defaults to `100`. */
  perAddress?: number
  /**
   * Failed logins on one account from all clients together per window before every client
   * waits: guessing spread over many addresses. Defaults to `10 * perAccount`.
   */
  accountCeiling?: number
}

/** Options of `createApp`. */
export interface AppOptions {
  /**
   * Answer every valid signup with the same 202, whether the email or username is taken or
   * not, and create an account only once its address is confirmed (by the link mailed to it).
   * Server configuration only: no request header changes it. Defaults to `false`.
   */
  enumerationSafe?: boolean
  /**
   * Enables `POST /api/reset` (throw away every row and seed again), for tests: only with
   * `Authorization: Bearer <resetToken>`, a JSON content type and a same-origin (or no)
   * `Origin`. Defaults to `undefined` (the route does not exist).
   */
  resetToken?: string
  /**
   * scrypt cost as log2(N) for password hashes, 10 to 20. Defaults to `17` (OWASP's N = 2^17);
   * tests pass a lower value to stay quick.
   */
  scryptCost?: number
  /** Rate limits of login, signup and password reset; `false` turns them off. Defaults to `{}` (the defaults). */
  rateLimit?: RateLimitOptions | false
  /**
   * Origins besides the server's own that may send state-changing requests (e.g. the public
   * origin behind a TLS proxy). Defaults to `[]`.
   */
  allowedOrigins?: readonly string[]
  /** Where the server sends email (signup confirmations). Defaults to a `MemoryMailbox`. */
  mailer?: Mailer
  /**
   * Serves `GET /api/demo/mailbox?address=` from the `MemoryMailbox`: the demo's stand-in for
   * reading your email. Never on a real server. Defaults to `false`.
   */
  demoMailbox?: boolean
  /**
   * A folder with the built front end, served at `/` with `index.html` for client-side routes.
   * Defaults to `undefined` (API only).
   */
  staticDir?: string
  /** Largest request body accepted; larger is 413. Defaults to `2 * 1024 * 1024` (2 MB). */
  maxBodyBytes?: number
  /**
   * The password-hashing queue (signup hashes, login checks): how many run at once, each
   * client's share, and how many may wait; work beyond that is 429 + `Retry-After`, so one
   * client's flood of signups cannot stall another person's login. `false` hashes at once.
   * Defaults to `{}` (2 at once, 4 per client, 32 waiting).
   */
  kdf?: KdfQueueOptions | false
}

function limiters(options: RateLimitOptions | false): AccountLimiters | false {
  if (options === false) return false
  const windowMs = options.windowMs ?? 15 * 60 * 1000
  const perAccount = options.perAccount ?? 10
  const account = () => new RateLimiter({ limit: perAccount, windowMs })
  const address = () => new RateLimiter({ limit: options.perAddress ?? 100, windowMs })
  return {
    loginThrottle: new LoginThrottle({
      freeFailures: perAccount,
      baseDelayMs: 1000,
      maxDelayMs: windowMs,
      accountCeiling: options.accountCeiling ?? 10 * perAccount,
    }),
    loginAddress: address(),
    signupAccount: account(),
    signupAddress: address(),
  }
}

/** Compares a bearer token in constant time (for equal lengths). */
function hasToken(header: string | undefined, token: string): boolean {
  const given = Buffer.from(header?.replace(/^Bearer\s+/i, '') ?? '')
  const wanted = Buffer.from(token)
  return given.length === wanted.length && timingSafeEqual(given, wanted)
}

const isApiPath = (path: string) => path === '/api' || path.startsWith('/api/')

const nothing = async () => {}

/** Serves files from `root`, and `index.html` for extensionless paths (client-side routes). */
function frontEnd(root: string): MiddlewareHandler {
  const files = serveStatic({ root })
  const index = serveStatic({ root, path: 'index.html' })
  return async (c, next) => {
    if (isApiPath(c.req.path)) return next()
    const file = await files(c, nothing)
    if (file) return file
    // A missing asset (with an extension) stays a 404; any other path is a client-side route.
    const lastSegment = c.req.path.split('/').pop() ?? ''
    const page = lastSegment.includes('.') ? undefined : await index(c, nothing)
    return page ?? next()
  }
}

/**
 * The demo API as a hono app (`app.fetch(request)`), on any `Db`. The schema must exist and be
 * seeded (see `prepareDatabase`). Every error answer is `application/problem+json`.
 */
export function createApp(db: Db, options: AppOptions = {}): Hono {
  const { enumerationSafe = false, resetToken, staticDir, maxBodyBytes = 2 * 1024 * 1024 } = options
  const scryptCost = checkScryptCost(options.scryptCost ?? DEFAULT_SCRYPT_COST)
  const mailer = options.mailer ?? new MemoryMailbox()
  const limits = limiters(options.rateLimit ?? {})
  const kdf = options.kdf === false ? false : new KdfQueue(options.kdf)
  if (resetToken !== undefined && resetToken.length < 16) {
    throw new RangeError('resetToken must be at least 16 characters')
  }
  const app = new Hono()

  app.use('*', async (c, next) => {
    await next()
    c.res.headers.set('x-content-type-options', 'nosniff')
  })

  const api = new Hono<AppEnv>()
  api.use('*', async (c, next) => {
    // Refuse a declared oversize body before reading it; readJsonObject enforces the same
    // limit while reading, for chunked bodies.
    const declared = Number(c.req.header('content-length') ?? 0)
    if (declared > maxBodyBytes) return payloadTooLarge(c.req.path, maxBodyBytes)
    c.set('maxBodyBytes', maxBodyBytes)
    // An id or query with NUL or half a surrogate would reach SQL and fail there (500).
    let target: string
    try {
      target = decodeURIComponent(new URL(c.req.url).pathname + new URL(c.req.url).search)
    } catch {
      return unstorableTextProblem(c.req.path)
    }
    if (hasUnstorableText(target)) return unstorableTextProblem(c.req.path)
    await next()
  })
  api.use('*', sameOriginWrites(options.allowedOrigins))
  api.route('/docs', docsRoutes(db))
  api.route('/orders', ordersRoutes(db))
  api.route('/', accountsRoutes(db, { enumerationSafe, scryptCost, limiters: limits, kdf, mailer }))
  // What the front end must know of the server's configuration (the signup page's wording).
  api.get('/settings', (c) =>
    c.json({ enumerationSafe, demoMailbox: options.demoMailbox === true }),
  )
  if (options.demoMailbox && mailer instanceof MemoryMailbox) {
    api.get('/demo/mailbox', (c) =>
      c.json({ messages: mailer.list(c.req.query('address') ?? '') }, 200, {
        'cache-control': 'no-store',
      }),
    )
  }
  if (resetToken !== undefined) {
    api.post('/reset', async (c) => {
      if (!hasToken(c.req.header('authorization'), resetToken)) {
        return problemResponse(
          {
            type: problemTypes.unauthorized,
            title: 'Not allowed to reset',
            status: 401,
            detail: 'Resetting needs the reset token. Nothing was changed.',
            instance: c.req.path,
          },
          { 'www-authenticate': 'Bearer' },
        )
      }
      const parsed = await readJsonObject(c, { allowEmpty: true })
      if (!parsed.ok) return parsed.response
      await resetData(db, { scryptCost })
      if (limits) for (const limiter of Object.values(limits)) limiter.clear()
      if (mailer instanceof MemoryMailbox) mailer.clear()
      return new Response(null, { status: 204 })
    })
    api.all('/reset', methodNotAllowed(['POST']))
  }
  app.route('/api', api)

  if (staticDir !== undefined) app.use('*', frontEnd(staticDir))

  app.notFound((c) => notFound(c.req.path))
  app.onError((error, c) => {
    // Log on the server; the client gets no stack trace, message or SQL.
    console.error(`${c.req.method} ${c.req.path} failed:`, error)
    return problemResponse({
      type: problemTypes.internal,
      title: 'Something went wrong on the server',
      status: 500,
      detail: 'The request could not be completed. Reload to see what was saved, then try again.',
      instance: c.req.path,
    })
  })
  return app
}
