import type { MouseEvent } from 'react'

/** A click meant to follow the link here; modified clicks (new tab, download) keep their default. */
export function isPlainLeftClick(event: MouseEvent): boolean {
  return event.button === 0 && !event.metaKey && !event.ctrlKey && !event.shiftKey && !event.altKey
}
