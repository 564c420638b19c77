// Debian's Apache httpd with mod_dav + dav_fs, started with a private config on 127.0.0.1 and
// stopped by the suite. `/dav/` serves files as they are; `/gz/` compresses answers with
// mod_deflate, which appends `-gzip` to their ETags.
import { execFile } from 'node:child_process'
import { existsSync } from 'node:fs'
import { chmod, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { createServer } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { promisify } from 'node:util'

const run = promisify(execFile)
const APACHE = '/usr/sbin/apache2'
const MODULES = '/usr/lib/apache2/modules'

/** A running Apache: its base URL and a way to stop it. */
export interface ApacheServer {
  origin: string
  root: string
  stop: () => Promise<void>
}

/** True when Debian's apache2 binary and its dav modules are installed. */
export function hasApache(): boolean {
  return existsSync(APACHE) && existsSync(join(MODULES, 'mod_dav_fs.so'))
}

async function isFree(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const probe = createServer()
    probe.once('error', () => resolve(false))
    probe.listen(port, '127.0.0.1', () => probe.close(() => resolve(true)))
  })
}

async function freePort(from: number, to: number): Promise<number> {
  for (let port = from; port <= to; port++) if (await isFree(port)) return port
  throw new Error(`no free port in ${from}-${to}`)
}

function config(root: string, port: number): string {
  const mod = (name: string, file: string) => `LoadModule ${name} ${MODULES}/${file}`
  return [
    `ServerRoot ${root}`,
    `Listen 127.0.0.1:${port}`,
    'ServerName 127.0.0.1',
    `PidFile ${root}/httpd.pid`,
    `ErrorLog ${root}/error.log`,
    'LogFormat "%r %>s" short',
    `CustomLog ${root}/access.log short`,
    mod('mpm_event_module', 'mod_mpm_event.so'),
    mod('authz_core_module', 'mod_authz_core.so'),
    mod('mime_module', 'mod_mime.so'),
    mod('dav_module', 'mod_dav.so'),
    mod('dav_fs_module', 'mod_dav_fs.so'),
    mod('filter_module', 'mod_filter.so'),
    mod('deflate_module', 'mod_deflate.so'),
    `DAVLockDB ${root}/davlock`,
    `DocumentRoot ${root}/docs`,
    'TypesConfig /dev/null',
    'AddType application/json .json',
    'AddType text/plain .txt',
    'StartServers 1',
    'ServerLimit 2',
    'ThreadsPerChild 16',
    `<Directory ${root}/docs>`,
    '  Dav On',
    '  Require all granted',
    '</Directory>',
    `<Directory ${root}/docs/gz>`,
    '  SetOutputFilter DEFLATE',
    '</Directory>',
    '',
  ].join('\n')
}

/** Starts Apache on a free port of 18100-18199 with an empty `/dav/` and `/gz/`. */
export async function startApache(): Promise<ApacheServer> {
  const root = await mkdtemp(join(tmpdir(), 'ck-apache-'))
  await mkdir(join(root, 'docs', 'dav'), { recursive: true })
  await mkdir(join(root, 'docs', 'gz'), { recursive: true })
  // The server's worker processes may run as another user: let them write the documents.
  for (const dir of ['docs', 'docs/dav', 'docs/gz', '.']) await chmod(join(root, dir), 0o777)
  const port = await freePort(18110, 18199)
  const conf = join(root, 'httpd.conf')
  await writeFile(conf, config(root, port))
  await run(APACHE, ['-f', conf, '-k', 'start'])
  const origin = `http://127.0.0.1:${port}`
  for (let i = 0; ; i++) {
    try {
      await fetch(`${origin}/dav/`, { method: 'OPTIONS' })
      break
    } catch (error) {
      if (i > 50) throw error
      await new Promise((r) => setTimeout(r, 100))
    }
  }
  return {
    origin,
    root,
    async stop() {
      const pidFile = join(root, 'httpd.pid')
      const pid = existsSync(pidFile) ? Number((await readFile(pidFile, 'utf8')).trim()) : null
      await run(APACHE, ['-f', conf, '-k', 'stop']).catch(() => undefined)
      for (let i = 0; pid !== null && i < 100; i++) {
        try {
          process.kill(pid, 0)
        } catch {
          break
        }
        await new Promise((r) => setTimeout(r, 50))
      }
      await rm(root, { recursive: true, force: true })
    },
  }
}
