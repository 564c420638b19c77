/**
 * True for links that stay on this origin over http(s): relative paths and same-origin URLs.
 * `javascript:`, `data:`, protocol-relative (`//evil.example`) and foreign origins are refused,
 * so a href that came from a server or a prop cannot run script or send the person elsewhere.
 */
export function isSafeHref(href: string | null | undefined): href is string {
  if (!href) return false
  const base = typeof window === 'undefined' ? 'http://localhost/' : window.location.href
  let url: URL
  try {
    url = new URL(href, base)
  } catch {
    return false
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return false
  return url.origin === new URL(base).origin
}
