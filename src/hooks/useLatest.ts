import { useCallback, useEffect, useInsertionEffect, useRef } from 'react'

/**
 * A ref that always holds the latest value, updated after render (never during it), for
 * callbacks that must see current options without being recreated.
 */
export function useLatest<T>(value: T) {
  const ref = useRef(value)
  useInsertionEffect(() => {
    ref.current = value
  })
  return ref
}

/**
 * Tracks mount state and aborts the component's requests when it unmounts, so a late answer
 * neither calls the app's callbacks nor keeps a request alive for a page that is gone.
 */
export function useMountedSignal() {
  const mounted = useRef(false)
  const controller = useRef<AbortController | null>(null)
  useEffect(() => {
    mounted.current = true
    const current = new AbortController()
    controller.current = current
    return () => {
      mounted.current = false
      current.abort()
    }
  }, [])
  const isMounted = useCallback(() => mounted.current, [])
  const signal = useCallback(() => {
    controller.current ??= new AbortController()
    return controller.current.signal
  }, [])
  return { isMounted, signal }
}
