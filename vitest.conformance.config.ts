import { fileURLToPath } from 'node:url'
import { defineConfig } from 'vitest/config'

// Conformance suite (`npm run test:conformance`): the kit against real servers (Debian's
// Apache httpd with mod_dav, a CouchDB-compatible server), started and stopped by the tests.
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
