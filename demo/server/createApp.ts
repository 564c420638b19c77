import { serveStatic } from '@hono/node-server/serve-static'
import { Hono, type MiddlewareHandler } from 'hono'
import { accountsRoutes } from './accountsRoutes'
import type { AppEnv } from './AppEnv'
import type { Db } from './Db'
import { docsRoutes } from './docsRoutes'
import { methodNotAllowed } from './methodNotAllowed'
import { ordersRoutes } from './ordersRoutes'
import { notFound, problemResponse, problemTypes } from './problem'
import { payloadTooLarge } from './readJsonObject'
import { resetData } from './schema'

/** Options of `createApp`. */
export interface AppOptions {
  /**
   * Answer every valid signup with the same 202, registered email or not. Requests may
   * override it with `X-Enumeration-Safe: 1` / `0`. Defaults to `false`.
   */
  enumerationSafe?: boolean
  /** Enable `POST /api/reset` (re-seed everything), for tests and the demo. Defaults to `true`. */
  allowReset?: boolean
  /**
   * A folder with the built front end, served at `/` with `index.html` for client-side routes.
   * Defaults to `undefined` (API only).
   */
  staticDir?: string
  /** Largest request body accepted; larger is 413. Defaults to `2 * 1024 * 1024` (2 MB). */
  maxBodyBytes?: number
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
  const {
    enumerationSafe = false,
    allowReset = true,
    staticDir,
    maxBodyBytes = 2 * 1024 * 1024,
  } = options
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
    await next()
  })
  api.route('/docs', docsRoutes(db))
  api.route('/orders', ordersRoutes(db))
  api.route('/', accountsRoutes(db, { enumerationSafe }))
  if (allowReset) {
    api.post('/reset', async () => {
      await resetData(db)
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
