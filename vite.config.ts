import { existsSync, readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import react from '@vitejs/plugin-react'
import type { Plugin } from 'vite'
import { defineConfig } from 'vitest/config'

const here = (p: string) => fileURLToPath(new URL(p, import.meta.url))

/** Ships src/components/styles.css as dist/styles.css without importing it from JS. */
function copyStyles(): Plugin {
  return {
    name: 'ck-copy-styles',
    apply: 'build',
    generateBundle() {
      this.emitFile({
        type: 'asset',
        fileName: 'styles.css',
        source: readFileSync(here('./src/components/styles.css'), 'utf8'),
      })
    },
  }
}

// `CK_REACT=18` runs the tests against the React 18.3 installed in test/package/react18
// (`npm run test:react18`): react and react-dom resolve there, and the libraries that import
// React are bundled into the tests so that they resolve it the same way.
const react18 =
  process.env.CK_REACT === '18' ? here('./test/package/react18/node_modules/') : undefined
if (react18 && !existsSync(`${react18}react-dom/package.json`)) {
  throw new Error('CK_REACT=18 needs React 18: run `npm ci --prefix test/package/react18` first')
}
const reactAliases = react18
  ? [
      { find: /^react(\/.*)?$/, replacement: `${react18}react$1` },
      { find: /^react-dom(\/.*)?$/, replacement: `${react18}react-dom$1` },
      // Its CommonJS build would require() React past the aliases.
      {
        find: /^@testing-library\/react$/,
        replacement: here(
          './node_modules/@testing-library/react/dist/@testing-library/react.esm.js',
        ),
      },
    ]
  : []

/**
 * Opens every output module of the React layer (the entry, src/hooks, src/components) with
 * `"use client"`, so that a React Server Component can render the components: the boundary
 * is each module, as the build keeps one file per module. The core (src/core, the
 * `react-conflict-kit/core` entry) stays without it and runs on the server.
 */
function clientDirective(): Plugin {
  const src = here('./src/')
  const isReactLayer = (id: string) => id.startsWith(src) && !id.startsWith(`${src}core/`)
  return {
    name: 'ck-use-client',
    apply: 'build',
    renderChunk(code, chunk) {
      const id = chunk.facadeModuleId ?? chunk.moduleIds[0]
      if (!id || !isReactLayer(id)) return null
      return { code: `"use client";\n${code}`, map: null }
    },
  }
}

const peers = [
  'react',
  'react-dom',
  'react/jsx-runtime',
  'react/jsx-dev-runtime',
  '@tanstack/react-query',
  'diff-match-patch',
]

export default defineConfig({
  plugins: [react(), copyStyles(), clientDirective()],
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    // No source maps: the output is unminified ES2022 that reads like the source, and maps would
    // point at src/ files the package does not ship.
    sourcemap: false,
    minify: false,
    target: 'es2022',
    lib: {
      entry: { index: here('./src/index.ts'), core: here('./src/core/index.ts') },
      formats: ['es'],
      fileName: (_format, name) => `${name}.js`,
    },
    rollupOptions: {
      external: (id) => peers.some((p) => id === p || id.startsWith(`${p}/`)),
      // One file per module: an app that imports one function loads only the modules it
      // needs (package.json marks them side-effect free), and none of diff-match-patch
      // unless it uses word-level diffs.
      output: { preserveModules: true, preserveModulesRoot: 'src' },
    },
  },
  test: {
    globals: true,
    ...(react18 && {
      server: {
        deps: { inline: ['@testing-library/react', '@tanstack/react-query', '@storybook/react'] },
      },
    }),
    // Tests that use the package as users do (README snippets) import its public entry points.
    alias: [
      ...reactAliases,
      {
        find: /^react-conflict-kit\/styles\.css$/,
        replacement: here('./src/components/styles.css'),
      },
      { find: /^react-conflict-kit\/core$/, replacement: here('./src/core/index.ts') },
      { find: /^react-conflict-kit$/, replacement: here('./src/index.ts') },
    ],
    projects: [
      {
        extends: true,
        test: {
          name: 'core',
          environment: 'node',
          include: [
            'test/core/**/*.test.ts',
            'test/exports.test.ts',
            'test/declarations.test.ts',
            'test/surfaceNouns.test.ts',
          ],
        },
      },
      {
        extends: true,
        test: {
          name: 'server',
          environment: 'node',
          include: ['test/server/**/*.test.ts'],
          testTimeout: 30_000,
          hookTimeout: 60_000,
        },
      },
      {
        extends: true,
        test: {
          name: 'dom',
          environment: 'jsdom',
          include: ['test/{hooks,components,stories,readme}/**/*.test.{ts,tsx}'],
          setupFiles: ['./test/setup.ts'],
          // axe over a whole resolver or story in jsdom takes seconds on a loaded 2-core machine
          testTimeout: 20_000,
        },
      },
      {
        extends: true,
        test: {
          // Security suite: every attack tried, with its result (test-results/security/*.md).
          name: 'security',
          environment: 'node',
          include: ['test/security/**/*.test.{ts,tsx}'],
          setupFiles: ['./test/setup.ts'],
          testTimeout: 30_000,
          hookTimeout: 60_000,
        },
      },
      {
        extends: true,
        test: {
          // Fault suite: hooks in jsdom (per-file environment) and the demo server in node.
          name: 'faults',
          environment: 'node',
          include: ['test/faults/**/*.test.{ts,tsx}'],
          globalSetup: ['./test/faults/globalSetup.ts'],
          testTimeout: 30_000,
          hookTimeout: 60_000,
        },
      },
    ],
  },
})
