import { useInsertionEffect, useRef } from 'react'

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
