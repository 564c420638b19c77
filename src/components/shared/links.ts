// When a component renders a link and when it lets the browser follow it.
import type { MouseEvent } from 'react'
import { safeSameOriginHref } from '../../core/links/safeHref'

/**
 * True for links that stay on this origin over http(s). The rules live in core's
 * `safeSameOriginHref` (protocol-relative, backslash, `javascript:`, foreign origins refused).
 */
export function isSafeHref(href: string | null | undefined): href is string {
  return typeof href === 'string' && safeSameOriginHref(href) !== null
}

/** A click meant to follow the link here; modified clicks (new tab, download) keep their default. */
export function isPlainLeftClick(event: MouseEvent): boolean {
  return event.button === 0 && !event.metaKey && !event.ctrlKey && !event.shiftKey && !event.altKey
}
