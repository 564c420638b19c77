import { fileURLToPath } from 'node:url'
import react from '@vitejs/plugin-react'
import { defineConfig } from 'vite'

/**
 * The DiffView benchmark page: ours and react-diff-viewer-continued in one production
 * bundle, so both run with production React in the same page. `outDir` is set by the caller.
 */
export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  plugins: [react()],
  logLevel: 'warn',
  build: { target: 'es2022', emptyOutDir: true, sourcemap: false },
})
