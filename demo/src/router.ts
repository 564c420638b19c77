import { useSyncExternalStore } from 'react'

const listeners = new Set<() => void>()
const subscribe = (listener: () => void) => {
  listeners.add(listener)
  window.addEventListener('popstate', listener)
  return () => {
    listeners.delete(listener)
    window.removeEventListener('popstate', listener)
  }
}

/** Client-side navigation without a router dependency. */
export function navigate(href: string) {
  window.history.pushState(null, '', href)
  for (const listener of listeners) listener()
  window.scrollTo(0, 0)
}

/** The current path, re-rendering on navigation. */
export function usePath() {
  return useSyncExternalStore(subscribe, () => window.location.pathname)
}

/**
 * The current query string (`?reset=1`), re-rendering on navigation: `/login` and
 * `/login?reset=1` share a path but are different pages.
 */
export function useSearch() {
  return useSyncExternalStore(subscribe, () => window.location.search)
}
