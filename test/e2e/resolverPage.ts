import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { build } from 'vite'
import { serveStatic } from '../../bench/staticServer'

/** Builds the resolver host page into a temporary folder and serves it on 127.0.0.1. */
export async function serveResolverPage(): Promise<{ url: string; close: () => Promise<void> }> {
  const outDir = mkdtempSync(join(tmpdir(), 'ck-resolver-page-'))
  const configFile = fileURLToPath(new URL('./resolverPage/vite.config.ts', import.meta.url))
  await build({ configFile, build: { outDir } })
  const server = await serveStatic(outDir)
  return {
    url: server.url,
    async close() {
      await server.close()
      rmSync(outDir, { recursive: true, force: true })
    },
  }
}
