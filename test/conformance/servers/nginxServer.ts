// Debian's nginx with its dav module, private config on 127.0.0.1, stopped by PID. `/dav/`
// serves files as they are; `/gz/` has `gzip on`. The dav module writes whatever precondition
// a PUT carries: the suite shows what the kit reports there.
import { chmod, mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises'
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

const NGINX = '/usr/sbin/nginx'

/** True when Debian's nginx is installed. */
export const hasNginx = () => installed(NGINX)

function config(root: string, port: number): string {
  const temp = ['client_body', 'proxy', 'fastcgi', 'uwsgi', 'scgi']
    .map((name) => `  ${name}_temp_path ${root}/tmp;`)
    .join('\n')
  const dav = 'dav_methods PUT DELETE; create_full_put_path on; dav_access user:rw group:rw all:rw;'
  return `user www-data;
worker_processes 1;
daemon off;
pid ${root}/nginx.pid;
error_log ${root}/error.log warn;
events { worker_connections 256; }
http {
  access_log off;
${temp}
  types { application/json json; text/plain txt; }
  server {
    listen 127.0.0.1:${port};
    root ${root}/docs;
    location /dav/ { ${dav} }
    location /gz/ { ${dav} gzip on; gzip_types application/json text/plain; gzip_min_length 20; }
  }
}
`
}

/** Starts nginx on a free port of 18200-18249 with an empty `/dav/` and `/gz/`. */
export async function startNginx(): Promise<Daemon> {
  const root = await mkdtemp(join(tmpdir(), 'ck-nginx-'))
  for (const dir of ['docs/dav', 'docs/gz', 'tmp'])
    await mkdir(join(root, dir), { recursive: true })
  // Its workers run as www-data: let them write the documents.
  for (const dir of ['docs', 'docs/dav', 'docs/gz', 'tmp', '.']) await chmod(join(root, dir), 0o777)
  const port = await freePort(18200, 18249)
  await writeFile(join(root, 'nginx.conf'), config(root, port))
  const { child, output } = spawnServer(NGINX, ['-c', join(root, 'nginx.conf'), '-p', root])
  const origin = `http://127.0.0.1:${port}`
  await waitReady(child, output, answers(`${origin}/dav/`), 'nginx')
  return {
    origin,
    async stop() {
      await stopChild(child)
      await rm(root, { recursive: true, force: true })
    },
  }
}
