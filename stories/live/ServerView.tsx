import { useSyncExternalStore } from 'react'

/** Props of `ServerView`. */
export interface ServerViewProps<T> {
  /** Heading text, e.g. "On the mock server". */
  label: (value: T) => string
  /** A mock store's `subscribe` and getter. */
  subscribe: (listener: () => void) => () => void
  get: () => T
  /** The part worth showing. Defaults to the whole value. */
  select?: (value: T) => unknown
}

/** What the mock server holds right now, next to what the page believes. */
export function ServerView<T>({ label, subscribe, get, select }: ServerViewProps<T>) {
  const value = useSyncExternalStore(subscribe, get)
  return (
    <details open style={{ fontSize: '0.875rem' }}>
      <summary>{label(value)}</summary>
      <pre style={{ whiteSpace: 'pre-wrap', margin: '0.5rem 0 0' }}>
        {JSON.stringify(select ? select(value) : value, null, 2)}
      </pre>
    </details>
  )
}
