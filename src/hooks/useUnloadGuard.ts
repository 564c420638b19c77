import { useEffect } from 'react'

/**
 * Asks the browser's "Leave page?" question while `active`: closing or reloading the tab
 * with unsaved work is then a choice, not an accident.
 */
export function useUnloadGuard(active: boolean): void {
  useEffect(() => {
    if (!active || typeof window === 'undefined') return
    const onBeforeUnload = (event: BeforeUnloadEvent) => {
      event.preventDefault()
      // Older Chromium and Safari still ask only when returnValue is set.
      event.returnValue = ''
    }
    window.addEventListener('beforeunload', onBeforeUnload)
    return () => window.removeEventListener('beforeunload', onBeforeUnload)
  }, [active])
}
