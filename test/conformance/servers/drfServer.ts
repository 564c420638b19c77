// A small Django REST Framework app (servers/drf/app.py) on a throwaway PostgreSQL cluster,
// both from Debian's packages, both stopped by PID. PostgreSQL listens on a Unix socket only,
// the app on 127.0.0.1.
import { chown, mkdir, mkdtemp, rm } from 'node:fs/promises'
import { execFile } from 'node:child_process'
import { readdirSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { promisify } from 'node:util'
import {
  answers,
  freePort,
  installed,
  spawnServer,
  stopChild,
  userIds,
  waitReady,
  type Daemon,
} from './daemon'

const run = promisify(execFile)
const APP = join(import.meta.dirname, 'drf', 'app.py')

function pgBin(): string | null {
  try {
    const versions = readdirSync('/usr/lib/postgresql').sort()
    const last = versions.at(-1)
    return last ? `/usr/lib/postgresql/${last}/bin` : null
  } catch {
    return null
  }
}

/** True when PostgreSQL, Django and Django REST Framework are installed from Debian. */
export const hasDrf = () =>
  pgBin() !== null &&
  installed(
    '/usr/bin/python3',
    '/usr/lib/python3/dist-packages/rest_framework',
    '/usr/lib/python3/dist-packages/django',
    '/usr/lib/python3/dist-packages/psycopg2',
  )

/** Starts PostgreSQL and the app on a free port of 18350-18399. */
export async function startDrf(): Promise<Daemon> {
  const bin = pgBin()
  if (bin === null) throw new Error('postgresql is not installed')
  const root = await mkdtemp(join(tmpdir(), 'ck-drf-'))
  const data = join(root, 'pg')
  await mkdir(data)
  // PostgreSQL will not run as root: the cluster belongs to Debian's postgres user.
  const pg = process.getuid?.() === 0 ? userIds('postgres') : undefined
  if (pg) {
    await chown(root, pg.uid, pg.gid)
    await chown(data, pg.uid, pg.gid)
  }
  const asPg = pg ? { uid: pg.uid, gid: pg.gid } : {}
  await run(`${bin}/initdb`, ['-D', data, '-U', 'ck', '--auth=trust', '-E', 'UTF8', '--no-sync'], {
    ...asPg,
  })
  const pgPort = await freePort(18400, 18449)
  const postgres = spawnServer(
    `${bin}/postgres`,
    ['-D', data, '-p', String(pgPort), '-k', root, '-c', 'listen_addresses=', '-c', 'fsync=off'],
    asPg,
  )
  const pgReady = async () => {
    await run(`${bin}/pg_isready`, ['-h', root, '-p', String(pgPort)])
    return true
  }
  await waitReady(postgres.child, postgres.output, pgReady, 'postgres')
  const port = await freePort(18350, 18399)
  const app = spawnServer('/usr/bin/python3', [APP, String(port), root, String(pgPort)])
  const origin = `http://127.0.0.1:${port}`
  try {
    await waitReady(app.child, app.output, answers(`${origin}/v/none`), 'the DRF app')
  } catch (error) {
    await stopChild(postgres.child)
    throw error
  }
  return {
    origin,
    async stop() {
      await stopChild(app.child)
      await stopChild(postgres.child)
      await rm(root, { recursive: true, force: true })
    },
  }
}
