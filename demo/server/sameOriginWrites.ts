import type { MiddlewareHandler } from 'hono'
import { problemResponse, problemTypes } from './problem'

const safeMethods = new Set(['GET', 'HEAD', 'OPTIONS'])

/**
 * CSRF defence for state-changing requests (every method but GET, HEAD, OPTIONS): a browser
 * sends `Origin` with them, and it must be this server's own origin or one of `allowedOrigins`;
 * without `Origin`, a `Sec-Fetch-Site` other than `same-origin` / `none` is refused too.
 * Requests from non-browser clients (no such headers) pass. The JSON media type that
 * `readJsonObject` requires is the second half: a cross-site form cannot send it.
 */
export function sameOriginWrites(allowedOrigins: readonly string[] = []): MiddlewareHandler {
  return async (c, next) => {
    if (safeMethods.has(c.req.method)) return next()
    const origin = c.req.header('origin')
    const own = new URL(c.req.url).origin
    const site = c.req.header('sec-fetch-site')
    const allowed =
      origin !== undefined
        ? origin === own || allowedOrigins.includes(origin)
        : site === undefined || site === 'same-origin' || site === 'none'
    if (allowed) return next()
    return problemResponse({
      type: problemTypes.crossOrigin,
      title: 'Cross-origin request refused',
      status: 403,
      detail: 'Changes are accepted only from this site itself. Nothing was changed.',
      instance: c.req.path,
      code: 'cross_origin',
    })
  }
}
