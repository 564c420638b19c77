import { fileURLToPath } from 'node:url'
import { defineConfig } from 'vitest/config'

// Conformance suite (`npm run test:conformance`): the kit against real servers (Debian's
// Apache httpd with mod_dav, nginx's dav module, lighttpd with mod_webdav, Radicale, a Django
// REST Framework app on PostgreSQL, and a CouchDB-compatible server), each on 127.0.0.1 with a
// private config, started and stopped by PID by the tests.
export default defineConfig({
  test: {
    // README snippets import the package by name, as users do.
    alias: {
      'react-conflict-kit/core': fileURLToPath(new URL('./src/core/index.ts', import.meta.url)),
    },
    globals: true,
    environment: 'node',
    include: ['test/conformance/**/*.test.{ts,tsx}'],
    testTimeout: 30_000,
    hookTimeout: 30_000,
    fileParallelism: false,
    globalSetup: ['./test/conformance/matrix.ts'],
  },
})
