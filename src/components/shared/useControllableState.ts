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
