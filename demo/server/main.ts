/**
 * Demo HTTP server of react-conflict-kit: a small "real world" JSON API on embedded Postgres.
 *
 * Run: `npx tsx demo/server/main.ts [--port 3000] [--data-dir DIR] [--database-url URL]
 * [--static-dir DIR] [--enumeration-safe]`. Environment: `PORT`, `DEMO_DATA_DIR`,
 * `DATABASE_URL`, `DEMO_ENUMERATION_SAFE=1`, `DEMO_STATIC_DIR`, `DEMO_SCRYPT_COST` (log2 N,
 * default 17), `DEMO_RESET_TOKEN` (enables `POST /api/reset`) (flags win). It listens on
 * 127.0.0.1 only, prints its URL, and on SIGINT/SIGTERM closes the HTTP server and the database.
 *
 * Security rules (see createApp's and startServer's options): a `Host` other than the loopback
 * names with this port (or `allowedOrigins` / `allowedHosts`) is 421; state-changing requests
 * must be `application/json` and come from this origin (or `allowedOrigins`), else 415 / 403;
 * login, signup and password reset are rate-limited per address, signup also per account, and
 * failed logins per (account, address) with backoff (429 + Retry-After); password hashing
 * waits in a bounded queue with a per-address share (429 `hashing_busy` when full); text with
 * NUL or lone surrogates, or bytes that are not UTF-8, is 400 `unstorable_text`.
 *
 * Database: PGlite (Postgres in WASM) in memory, or in `--data-dir`; with `DATABASE_URL` a real
 * PostgreSQL server through `pg`. Same SQL either way (`Db` in Db.ts). The schema is created with
 * `CREATE TABLE IF NOT EXISTS` and the seed is idempotent (missing rows only).
 *
 * In-process use (tests, e2e, launcher): `startServer(options)` from startServer.ts resolves to
 * `{ url, port, app, db, close() }`; `createApp(db, options)` gives the bare hono app.
 * Front end: `staticDir` serves a built app (index.html for extensionless paths); in
 * development pass Vite's connect middleware as `frontend`:
 *   const vite = await createViteServer({ server: { middlewareMode: true }, appType: 'spa' })
 *   await startServer({ port: 5173, frontend: vite.middlewares })
 * Requests under /api never reach `frontend`.
 *
 * Routes (JSON in and out; every error is application/problem+json, RFC 9457, with `type`,
 * `title`, `status`, `detail`, `instance`, and often `code`):
 *   GET  /api/docs                     [{ id, title, tags, version, updatedAt }]
 *   GET  /api/docs/:id                 { id, title, tags, body, version, updatedAt, updatedBy },
 *                                      strong
 *                                      ETag `"v<version>-<hash>"`, Cache-Control: no-cache;
 *                                      If-None-Match -> 304
 *   PUT  /api/docs/:id                 { title, tags, body, version? } with If-Match (wins) or
 *                                      body `version`, `X-Demo-Editor: <name>` (-> updatedBy):
 *                                      200 + new ETag | 428 neither | 412 stale
 *                                      If-Match | 409 stale version | 422 | 404. 412/409 carry
 *                                      `current`, `currentVersion` (its ETag) and an ETag header.
 *                                      `If-Match: *` writes over whatever is current.
 *   POST /api/docs/:id/simulate-edit   { field?: title|body|tags, line?, text? } a colleague's edit
 *   POST /api/signup                   { email, password, username? } -> 201 { id, email, username }
 *                                      | 409 { code: user_exists, field: email, value } or
 *                                      { code: username_taken, field: username, value } | 422.
 *                                      Enumeration-safe (server option or env only): 202
 *                                      { status: "pending", message } for every valid signup;
 *                                      the account is created by the mailed link
 *   POST /api/signup/confirm           { token } -> 201 { id, email, username } | 400 | 409
 *   GET  /api/settings                 { enumerationSafe, demoMailbox }
 *   GET  /api/demo/mailbox?address=    { messages } what was mailed (option demoMailbox)
 *   POST /api/login                    { email, password } -> 200 { id, email, username } | 401
 *   POST /api/password-reset           { email } -> 202 { status: "pending", message }
 *   GET  /api/orders, /api/orders/:id  { id, customer, items, totalCents, state, allowedActions, ... }
 *   POST /api/orders/:id/transitions   { action: ship|deliver|cancel } -> 200 order | 409
 *                                      { code: invalid_transition, action, currentState,
 *                                      allowedActions, current }
 *   POST /api/orders/:id/simulate      { action? } the warehouse moves the order on
 *   POST /api/reset                    re-seed everything -> 204; only with option resetToken,
 *                                      and `Authorization: Bearer <resetToken>`
 * Validation (422): { code: "validation_failed", errors: [{ field, message }] }.
 * Other: 400 malformed JSON or not an object, 415 not JSON, 413 body over 2 MB, 421 unknown
 * host, 429 too many,
 * 404, 405 + Allow, 500 without internals.
 */
import { parseArgs } from 'node:util'
import { serverOptionsFromEnv, startServer, type ServerOptions } from './startServer'

const { values } = parseArgs({
  options: {
    port: { type: 'string' },
    'data-dir': { type: 'string' },
    'database-url': { type: 'string' },
    'static-dir': { type: 'string' },
    'enumeration-safe': { type: 'boolean' },
  },
})

const options: ServerOptions = { port: 3000, ...serverOptionsFromEnv() }
if (values.port !== undefined) options.port = Number(values.port)
if (values['data-dir'] !== undefined) options.dataDir = values['data-dir']
if (values['database-url'] !== undefined) options.databaseUrl = values['database-url']
if (values['static-dir'] !== undefined) options.staticDir = values['static-dir']
if (values['enumeration-safe']) options.enumerationSafe = true

const server = await startServer(options)
const store = options.databaseUrl
  ? 'PostgreSQL'
  : options.dataDir
    ? `PGlite in ${options.dataDir}`
    : 'PGlite in memory'
console.log(`Demo server listening on ${server.url} (${store})`)

for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => {
    console.log(`${signal}: shutting down`)
    server.close().then(
      () => process.exit(0),
      (error: unknown) => {
        console.error('Shutdown failed:', error)
        process.exit(1)
      },
    )
  })
}
