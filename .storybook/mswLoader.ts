import type { Loader } from '@storybook/react-vite'
import { handlers } from '../stories/mocks/handlers'

let started: Promise<void> | undefined

/**
 * Starts msw's service worker once, before the first story renders, so the live stories'
 * requests reach the mock API. Outside a browser (jsdom tests) it does nothing: the story
 * tests install the same handlers with `setupServer`.
 */
export const mswLoader: Loader = async () => {
  if (typeof navigator === 'undefined' || !('serviceWorker' in navigator)) return
  started ??= import('msw/browser')
    .then(({ setupWorker }) =>
      setupWorker(...handlers).start({
        onUnhandledRequest: 'bypass',
        quiet: true,
        // Relative to iframe.html, so a Storybook published under a sub-path still finds it.
        serviceWorker: { url: './mockServiceWorker.js' },
      }),
    )
    .then(
      () => undefined,
      // Only the live stories need it; the others must still render (e.g. on plain http).
      (error: unknown) => console.warn('The mock API could not start:', error),
    )
  await started
}
