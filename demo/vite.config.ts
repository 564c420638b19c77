import { fileURLToPath } from 'node:url'
import react from '@vitejs/plugin-react'
import { defineConfig } from 'vite'

const here = (p: string) => fileURLToPath(new URL(p, import.meta.url))

// The demo imports only the package's public entry points; they resolve to the sources so
// the demo always shows the kit as it is in this checkout.
export default defineConfig({
  root: here('.'),
  plugins: [react()],
  resolve: {
    alias: [
      {
        find: /^react-conflict-kit\/styles\.css$/,
        replacement: here('../src/components/styles.css'),
      },
      { find: /^react-conflict-kit\/core$/, replacement: here('../src/core/index.ts') },
      { find: /^react-conflict-kit$/, replacement: here('../src/index.ts') },
    ],
  },
  build: { outDir: here('./dist'), emptyOutDir: true, target: 'es2022' },
  server: { host: '127.0.0.1' },
})
