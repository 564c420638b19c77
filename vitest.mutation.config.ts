import { defineConfig } from 'vitest/config'

// The tests Stryker runs against each mutant: the core unit tests only (node, no DOM, no
// servers), so a mutant's run is short and nothing outside core can hide or kill it.
export default defineConfig({
  test: {
    globals: true,
    environment: 'node',
    include: ['test/core/**/*.test.ts'],
  },
})
