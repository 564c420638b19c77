import { safeSameOriginHref } from '../../core/links/safeHref'

/**
 * True for links that stay on this origin over http(s). The rules live in core's
 * `safeSameOriginHref` (protocol-relative, backslash, `javascript:`, foreign origins refused).
 */
export function isSafeHref(href: string | null | undefined): href is string {
  return typeof href === 'string' && safeSameOriginHref(href) !== null
}
