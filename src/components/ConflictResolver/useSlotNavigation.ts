import { useEffect, useRef } from 'react'
import type { ConflictResolution } from '../../hooks/useConflictResolution'
import { slotId } from './resolverContext'

/**
 * Moves to the next or previous undecided slot and focuses its first choice, once that slot
 * is in the DOM (a windowed list renders it on the next pass). Returns the navigate function.
 */
export function useSlotNavigation(
  resolution: ConflictResolution<unknown>,
  idPrefix: string,
  onMove?: () => void,
): (direction: 1 | -1) => void {
  const pending = useRef<number | null>(null)
  const focusSlot = (slot: number) => {
    const first = document.getElementById(`${slotId(idPrefix, slot)}-first`)
    if (!first) return false
    first.closest('fieldset')?.scrollIntoView?.({ block: 'start' })
    first.focus({ preventScroll: true })
    return true
  }
  useEffect(() => {
    const slot = pending.current
    if (slot !== null && focusSlot(slot)) pending.current = null
  })
  return (direction) => {
    const slot = direction === 1 ? resolution.next() : resolution.previous()
    if (slot === null) return
    onMove?.()
    if (!focusSlot(slot)) pending.current = slot
  }
}
