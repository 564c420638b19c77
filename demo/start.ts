/**
 * `npm run demo`: the demo API and its front end on one origin, 127.0.0.1 only.
 *
 *   npx tsx demo/start.ts [--port 3000] [--build] [--data-dir DIR] [--enumeration-safe]
 *
 * The port is `--port`, else `PORT`, else 3000 (`--port 0` picks a free one); hot reload uses a
 * free port of its own.
 *
 * Default: Vite serves the front end from source (middleware mode, hot reload).
 * `--build`: builds the front end once and serves the static files (what the e2e suite uses).
 * The database is embedded Postgres (PGlite) in memory unless `--data-dir` or `DATABASE_URL`.
 * `--enumeration-safe` (or `DEMO_ENUMERATION_SAFE=1`): neutral signups confirmed by email; the
 * demo mailbox page (`/mailbox`) shows what would have been mailed.
 * Ctrl-C stops the server, Vite and the database.
 */
import { createServer as createNetServer, type AddressInfo } from 'node:net'
import { fileURLToPath } from 'node:url'
import { parseArgs } from 'node:util'
import { build, createServer as createViteServer, type ViteDevServer } from 'vite'
import { serverOptionsFromEnv, startServer, type ServerOptions } from './server/startServer'

/** A port nothing listens on now, as the system hands it out for port 0. */
function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createNetServer()
    probe.once('error', reject)
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as AddressInfo
      probe.close(() => resolve(port))
    })
  })
}

const configFile = fileURLToPath(new URL('./vite.config.ts', import.meta.url))
const distDir = fileURLToPath(new URL('./dist', import.meta.url))

/** Starts the demo; resolves to its URL and a `close()` for tests and scripts. */
export async function startDemo(
  options: ServerOptions & { build?: boolean; quiet?: boolean } = {},
) {
  let vite: ViteDevServer | undefined
  // The demo app has a mailbox page standing in for email; a copied server would not.
  const server: ServerOptions = { demoMailbox: true, ...serverOptionsFromEnv(), ...options }
  if (options.build) {
    // A production bundle even when started from a test runner that sets NODE_ENV=test:
    // Vite and the React plugin both read it.
    const nodeEnv = process.env.NODE_ENV
    process.env.NODE_ENV = 'production'
    try {
      await build({ configFile, mode: 'production', logLevel: options.quiet ? 'silent' : 'warn' })
    } finally {
      process.env.NODE_ENV = nodeEnv
    }
    server.staticDir = distDir
  } else {
    vite = await createViteServer({
      configFile,
      appType: 'spa',
      logLevel: options.quiet ? 'silent' : 'info',
      // Hot reload on a free port of its own: Vite's default (24678) is the same for every
      // Vite server on the machine, so a second one would fail to start its updates.
      server: {
        middlewareMode: true,
        host: '127.0.0.1',
        ws: { host: '127.0.0.1', port: await freePort() },
      },
    })
    server.frontend = vite.middlewares
  }
  const running = await startServer(server)
  return {
    url: running.url,
    async close() {
      await vite?.close()
      await running.close()
    },
  }
}

const isMain = process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]
if (isMain) {
  const { values } = parseArgs({
    options: {
      port: { type: 'string' },
      build: { type: 'boolean' },
      'data-dir': { type: 'string' },
      'enumeration-safe': { type: 'boolean' },
    },
  })
  const demo = await startDemo({
    port: values.port ? Number(values.port) : Number(process.env.PORT ?? 3000),
    build: values.build,
    ...(values['data-dir'] ? { dataDir: values['data-dir'] } : {}),
    ...(values['enumeration-safe'] ? { enumerationSafe: true } : {}),
  })
  console.log(`\n  react-conflict-kit demo: ${demo.url}\n  (Ctrl-C to stop)\n`)
  let closing = false
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.once(signal, () => {
      if (closing) return
      closing = true
      demo.close().then(
        () => process.exit(0),
        (error: unknown) => {
          console.error('Shutdown failed:', error)
          process.exit(1)
        },
      )
    })
  }
}
