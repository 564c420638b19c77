/** Options for `safeSameOriginHref`. */
export interface SafeHrefOptions {
  /** The page's origin. Defaults to `location.origin` in a browser, else `'http://localhost'`. */
  origin?: string
}

function currentOrigin(): string {
  try {
    const origin = (globalThis as { location?: { origin?: string } }).location?.origin
    return origin && origin !== 'null' ? origin : 'http://localhost'
  } catch {
    return 'http://localhost'
  }
}

// Control characters and whitespace inside a URL are how `java\tscript:` slips past filters.
// eslint-disable-next-line no-control-regex
const UNSAFE_CHARS = /[\u0000-\u001f\u007f\s\\]/

/**
 * Returns `href` as a normalised same-origin path (`/login?x=1#y`) or null when it could leave
 * the origin: absolute URLs elsewhere, protocol-relative `//host`, backslash tricks,
 * `javascript:`, `data:` and any other scheme. The path returned resolves to the same URL as
 * `href` from any page of the origin, and never starts with `//` or `/\`.
 */
export function safeSameOriginHref(href: string, options: SafeHrefOptions = {}): string | null {
  if (typeof href !== 'string' || href.length === 0 || href.length > 2048) return null
  if (UNSAFE_CHARS.test(href)) return null
  if (href.startsWith('//')) return null
  const origin = options.origin ?? currentOrigin()
  let url: URL
  try {
    url = new URL(href, origin)
  } catch {
    return null
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return null
  if (url.origin !== new URL(origin).origin) return null
  if (url.username || url.password) return null
  // Dot segments can leave a path that starts with two slashes (`/.//evil.example`,
  // `/%2e%2e//evil.example` resolve to the path `//evil.example`). Written back as a string,
  // that is a protocol-relative link to another host, so such a path is refused.
  if (/^\/[/\\]/.test(url.pathname)) return null
  // Everything after the origin, so an empty `?` or `#` is kept as written.
  return url.href.slice(url.origin.length)
}

/** Adds `name=value` to a same-origin href's query string (for apps that opt in). */
export function withQueryParam(href: string, name: string, value: string): string {
  const url = new URL(href, 'http://placeholder.invalid')
  url.searchParams.set(name, value)
  return `${url.pathname}${url.search}${url.hash}`
}
