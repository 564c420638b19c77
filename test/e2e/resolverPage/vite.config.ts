import { fileURLToPath } from 'node:url'
import react from '@vitejs/plugin-react'
import { defineConfig } from 'vite'

/**
 * The resolver host page (e2e and benchmark): production React, the kit's styles.css, and
 * @codemirror/merge for the side-by-side timing. `outDir` is set by the caller.
 */
export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  plugins: [react()],
  logLevel: 'warn',
  build: { target: 'es2022', emptyOutDir: true, sourcemap: false },
})
