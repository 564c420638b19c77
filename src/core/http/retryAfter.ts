/**
 * Milliseconds to wait from a `Retry-After` value: delta-seconds (`120`; fractions such as
 * Shopify's `2.0` are tolerated) or an HTTP-date, measured from `now` (the response's `Date`
 * header is the best `now`: it cancels clock skew). Past dates give 0; nonsense gives undefined.
 */
export function parseRetryAfter(value: string | null | undefined, now: number): number | undefined {
  if (value === null || value === undefined) return undefined
  const v = value.trim()
  if (v === '') return undefined
  if (/^\d+(?:\.\d+)?$/.test(v)) return Math.round(Number(v) * 1000)
  // Only accept things that look like dates, not bare numbers with signs or words.
  if (!/[a-z]/i.test(v) || !/\d/.test(v)) return undefined
  const at = Date.parse(v)
  if (Number.isNaN(at)) return undefined
  return Math.max(0, at - now)
}
