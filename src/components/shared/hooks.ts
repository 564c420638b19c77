// The two pieces of component state every component family here needs.
import { useCallback, useState } from 'react'

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
