// Pieces of component state and focus handling the component families here share.
import { useCallback, useEffect, useState, type RefObject } from 'react'

/**
 * `value` / `defaultValue` / `onChange` in one place: controlled when `value` is defined,
 * otherwise the component keeps its own state and still reports changes.
 */
export function useControllableState<T>(
  value: T | undefined,
  defaultValue: T,
  onChange?: (next: T) => void,
): [T, (next: T) => void] {
  const [own, setOwn] = useState(defaultValue)
  const isControlled = value !== undefined
  const set = useCallback(
    (next: T) => {
      if (!isControlled) setOwn(next)
      onChange?.(next)
    },
    [isControlled, onChange],
  )
  return [isControlled ? value : own, set]
}

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

/**
 * For a notice that takes no focus when it appears: when it goes away with focus inside (or
 * lost), focus goes back to where it was when the notice appeared, never to `<body>`.
 */
export function useReturnFocus(ref: RefObject<HTMLElement | null>) {
  useEffect(() => {
    const before = document.activeElement instanceof HTMLElement ? document.activeElement : null
    const root = ref.current
    return () => {
      const active = document.activeElement
      const lost = !active || active === document.body || root?.contains(active)
      if (lost && before?.isConnected && before !== document.body) before.focus()
    }
  }, [ref])
}
