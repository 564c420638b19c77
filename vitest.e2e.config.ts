import { defineConfig } from 'vitest/config'

// End-to-end suite: the real demo server (PGlite) and Debian's Chromium through playwright-core.
export default defineConfig({
  test: {
    globals: true,
    environment: 'node',
    include: ['test/e2e/**/*.e2e.ts'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    fileParallelism: false,
  },
})
