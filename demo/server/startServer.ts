import { createServer, type IncomingMessage, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import { getRequestListener } from '@hono/node-server'
import type { Hono } from 'hono'
import { allowedHostsFor, isAllowedHost, unknownHost } from './allowedHosts'
import { createApp, type AppOptions } from './createApp'
import { createPgDb } from './createPgDb'
import { createPgliteDb } from './createPgliteDb'
import type { Db } from './Db'
import { problemResponse, problemTypes } from './problem'
import { prepareDatabase } from './schema'

/** Connect-style Node middleware, e.g. `vite.middlewares` of a Vite dev server in middleware mode. */
export type NodeMiddleware = (
  req: IncomingMessage,
  res: ServerResponse,
  next: (error?: unknown) => void,
) => void

/** Options of `startServer`. */
export interface ServerOptions extends AppOptions {
  /** Port to listen on; `0` picks a free one. Defaults to `0`. */
  port?: number
  /** Interface to listen on. Defaults to `'127.0.0.1'`. */
  host?: string
  /**
   * `Host` header values answered besides the loopback names with the listening port (and the
   * hosts of `allowedOrigins`), as `name` or `name:port`. Every other `Host` is refused with
   * 421 before anything is read, so a page on a name rebound to this machine gets nothing.
   * Defaults to `[]`.
   */
  allowedHosts?: readonly string[]
  /** Keep the embedded database in this folder instead of memory. Defaults to `undefined` (memory). */
  dataDir?: string
  /**
   * Use a PostgreSQL server (`postgres://...`) through `pg` instead of embedded PGlite; wins
   * over `dataDir`. Defaults to `undefined`.
   */
  databaseUrl?: string
  /** Use this database as it is (schema and seed are still ensured); `close()` leaves it open. Defaults to `undefined`. */
  db?: Db
  /**
   * Sees every request outside `/api` first (e.g. Vite's `middlewares`); whatever it passes on
   * with `next()` reaches the app (static files, then 404). Defaults to `undefined`.
   */
  frontend?: NodeMiddleware
}

/** A listening demo server. */
export interface RunningServer {
  /** `http://127.0.0.1:<port>`, no trailing slash. */
  url: string
  port: number
  app: Hono
  db: Db
  /** Stops accepting requests, drops open connections and closes the database it opened. */
  close(): Promise<void>
}

/**
 * Reads `PORT`, `DEMO_DATA_DIR`, `DATABASE_URL`, `DEMO_ENUMERATION_SAFE`, `DEMO_STATIC_DIR`,
 * `DEMO_SCRYPT_COST` and `DEMO_RESET_TOKEN`.
 */
export function serverOptionsFromEnv(env: NodeJS.ProcessEnv = process.env): ServerOptions {
  const options: ServerOptions = {}
  if (env.PORT) options.port = Number(env.PORT)
  if (env.DEMO_DATA_DIR) options.dataDir = env.DEMO_DATA_DIR
  if (env.DATABASE_URL) options.databaseUrl = env.DATABASE_URL
  if (env.DEMO_ENUMERATION_SAFE)
    options.enumerationSafe = ['1', 'true'].includes(env.DEMO_ENUMERATION_SAFE)
  if (env.DEMO_STATIC_DIR) options.staticDir = env.DEMO_STATIC_DIR
  if (env.DEMO_SCRYPT_COST) options.scryptCost = Number(env.DEMO_SCRYPT_COST)
  if (env.DEMO_RESET_TOKEN) options.resetToken = env.DEMO_RESET_TOKEN
  return options
}

/** Writes a fetch `Response` (a problem) to a Node response. */
function send(res: ServerResponse, response: Response): void {
  res.writeHead(response.status, {
    ...Object.fromEntries(response.headers),
    'x-content-type-options': 'nosniff',
  })
  void response.text().then((body) => res.end(body))
}

const isApiUrl = (url = '/') => url === '/api' || url.startsWith('/api/') || url.startsWith('/api?')

/** Opens the database, ensures schema and seed data, and serves the app over HTTP. */
export async function startServer(options: ServerOptions = {}): Promise<RunningServer> {
  const ownsDb = options.db === undefined
  const db =
    options.db ??
    (options.databaseUrl
      ? await createPgDb(options.databaseUrl)
      : await createPgliteDb(options.dataDir))
  try {
    // createApp checks the options first, so a bad scrypt cost fails before any hashing.
    const app = createApp(db, options)
    await prepareDatabase(db, { scryptCost: options.scryptCost })
    return await listen(app, db, ownsDb, options)
  } catch (error) {
    if (ownsDb) await db.close()
    throw error
  }
}

async function listen(
  app: Hono,
  db: Db,
  ownsDb: boolean,
  options: ServerOptions,
): Promise<RunningServer> {
  const { port = 0, host = '127.0.0.1', frontend } = options
  // Leave the global Request/Response alone: the server may share a process with tests or Vite.
  const listener = getRequestListener(app.fetch, { overrideGlobalObjects: false })
  // Filled in once the port is known, before any request can arrive.
  let hosts = new Set<string>()
  const server = createServer((req, res) => {
    if (!isAllowedHost(req.headers.host, hosts)) {
      return void send(res, unknownHost((req.url ?? '/').split('?')[0] ?? '/'))
    }
    if (!frontend || isApiUrl(req.url)) return void listener(req, res)
    frontend(req, res, (error) => {
      if (error === undefined) return void listener(req, res)
      console.error(`${req.method} ${req.url} failed in the front-end middleware:`, error)
      send(
        res,
        problemResponse({
          type: problemTypes.internal,
          title: 'Something went wrong on the server',
          status: 500,
          detail: 'The page could not be served.',
        }),
      )
    })
  })
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject)
    server.listen(port, host, () => {
      hosts = allowedHostsFor({
        port: (server.address() as AddressInfo).port,
        listenHost: host,
        allowedOrigins: options.allowedOrigins,
        allowedHosts: options.allowedHosts,
      })
      resolve()
    })
  })
  const actualPort = (server.address() as AddressInfo).port
  let closing: Promise<void> | undefined
  return {
    url: `http://${host}:${actualPort}`,
    port: actualPort,
    app,
    db,
    close() {
      closing ??= (async () => {
        await new Promise<void>((resolve) => {
          server.close(() => resolve())
          server.closeAllConnections()
        })
        if (ownsDb) await db.close()
      })()
      return closing
    },
  }
}
