// Debian's Radicale 3 (CardDAV), private config on 127.0.0.1, stopped by PID. One address book,
// `/user/book/`, with anonymous access.
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

const RADICALE = '/usr/bin/radicale'

/** True when Debian's radicale is installed. */
export const hasRadicale = () => installed(RADICALE)

/** Starts Radicale on a free port of 18300-18349 with an empty address book. */
export async function startRadicale(): Promise<Daemon> {
  const root = await mkdtemp(join(tmpdir(), 'ck-radicale-'))
  const book = join(root, 'collections', 'collection-root', 'user', 'book')
  await mkdir(book, { recursive: true })
  await writeFile(join(book, '.Radicale.props'), JSON.stringify({ tag: 'VADDRESSBOOK' }))
  const port = await freePort(18300, 18349)
  const conf = join(root, 'config')
  await writeFile(
    conf,
    [
      '[server]',
      `hosts = 127.0.0.1:${port}`,
      '[auth]',
      'type = none',
      '[rights]',
      'type = authenticated',
      '[storage]',
      `filesystem_folder = ${join(root, 'collections')}`,
      '[logging]',
      'level = warning',
      '',
    ].join('\n'),
  )
  const { child, output } = spawnServer('/usr/bin/python3', ['-m', 'radicale', '--config', conf])
  const origin = `http://127.0.0.1:${port}`
  await waitReady(child, output, answers(`${origin}/.web/`), 'radicale')
  return {
    origin,
    async stop() {
      await stopChild(child)
      await rm(root, { recursive: true, force: true })
    },
  }
}
