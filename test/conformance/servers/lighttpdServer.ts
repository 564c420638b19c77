// Debian's lighttpd 1.4 with mod_webdav, private config on 127.0.0.1, stopped by PID.
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import {
  answers,
  freePort,
  installed,
  spawnServer,
  stopChild,
  waitReady,
  type Daemon,
} from './daemon'

const LIGHTTPD = '/usr/sbin/lighttpd'

/** True when Debian's lighttpd and its webdav module are installed. */
export const hasLighttpd = () => installed(LIGHTTPD, '/usr/lib/lighttpd/mod_webdav.so')

function config(root: string, port: number): string {
  return `server.modules = ("mod_webdav")
server.document-root = "${root}/docs"
server.bind = "127.0.0.1"
server.port = ${port}
server.errorlog = "${root}/error.log"
server.upload-dirs = ("${root}/tmp")
mimetype.assign = (".json" => "application/json", ".txt" => "text/plain")
webdav.activate = "enable"
`
}

/** Starts lighttpd on a free port of 18250-18299 with an empty `/dav/`. */
export async function startLighttpd(): Promise<Daemon> {
  const root = await mkdtemp(join(tmpdir(), 'ck-lighttpd-'))
  for (const dir of ['docs/dav', 'tmp']) await mkdir(join(root, dir), { recursive: true })
  const port = await freePort(18250, 18299)
  await writeFile(join(root, 'lighttpd.conf'), config(root, port))
  const { child, output } = spawnServer(LIGHTTPD, ['-D', '-f', join(root, 'lighttpd.conf')])
  const origin = `http://127.0.0.1:${port}`
  await waitReady(child, output, answers(`${origin}/dav/`), 'lighttpd')
  return {
    origin,
    async stop() {
      await stopChild(child)
      await rm(root, { recursive: true, force: true })
    },
  }
}
