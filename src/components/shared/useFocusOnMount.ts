import { useCallback } from 'react'

/**
 * A ref callback that focuses its element when it mounts, if `enabled`: a prompt that
 * appears after a submit can take the person's attention on request.
 */
export function useFocusOnMount<E extends HTMLElement>(enabled: boolean) {
  return useCallback(
    (element: E | null) => {
      if (element && enabled) element.focus()
    },
    [enabled],
  )
}
