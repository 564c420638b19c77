/** A value that tells its listeners when it changes (`useSyncExternalStore`-shaped). */
export interface Observable<T> {
  get: () => T
  set: (next: T) => void
  subscribe: (listener: () => void) => () => void
}

/**
 * Holds a mock server's state so a story can show "what the server has now" next to what the
 * page believes, which is the whole point of a conflict demo.
 */
export function observable<T>(initial: T): Observable<T> {
  let value = initial
  const listeners = new Set<() => void>()
  return {
    get: () => value,
    set(next) {
      value = next
      for (const listener of listeners) listener()
    },
    subscribe(listener) {
      listeners.add(listener)
      return () => void listeners.delete(listener)
    },
  }
}
