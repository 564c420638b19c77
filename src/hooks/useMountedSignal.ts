import { useCallback, useEffect, useRef } from 'react'

/** Tracks mount state and aborts the component's requests when it unmounts. */
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
