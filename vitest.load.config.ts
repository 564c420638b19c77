import { defineConfig } from 'vitest/config'

// Load suite (`npm run test:load`): the demo server in process and 20 simulated editors.
// Kept out of `npm test`; bounded to well under 3 minutes on 2 cores.
export default defineConfig({
  test: {
    globals: true,
    environment: 'node',
    include: ['test/load/**/*.test.ts'],
    testTimeout: 170_000,
    hookTimeout: 60_000,
    fileParallelism: false,
  },
})
