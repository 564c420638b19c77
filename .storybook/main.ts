import type { StorybookConfig } from '@storybook/react-vite'

/** Storybook for react-conflict-kit: every component in every state, offline. */
const config: StorybookConfig = {
  framework: { name: '@storybook/react-vite', options: {} },
  stories: ['../stories/**/*.stories.@(ts|tsx)'],
  core: { disableTelemetry: true },
  // msw's service worker, served from the installed package so it always matches msw's version.
  staticDirs: [
    { from: '../node_modules/msw/lib/mockServiceWorker.js', to: '/mockServiceWorker.js' },
  ],
  // react-docgen-typescript needs the TypeScript compiler API, which TS 7 does not have.
  typescript: { reactDocgen: 'react-docgen' },
  // The package's vite.config.ts builds a library; a Storybook build must not inherit that.
  viteFinal(viteConfig) {
    if (viteConfig.build) {
      delete viteConfig.build.lib
      delete viteConfig.build.rollupOptions
    }
    viteConfig.plugins = (viteConfig.plugins ?? []).filter(
      (p) => !(p && typeof p === 'object' && 'name' in p && p.name === 'ck-copy-styles'),
    )
    return viteConfig
  },
}

export default config
