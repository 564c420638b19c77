import { isRecord } from './isRecord'

/**
 * Deep equality of JSON values. Object keys holding `undefined` count as absent, as they
 * do once serialised; key order does not matter, array order does.
 */
export function jsonEqual(a: unknown, b: unknown): boolean {
  if (a === b) return true
  if (Array.isArray(a)) {
    if (!Array.isArray(b) || a.length !== b.length) return false
    for (let i = 0; i < a.length; i++) if (!jsonEqual(a[i], b[i])) return false
    return true
  }
  if (!isRecord(a) || !isRecord(b)) return false
  let count = 0
  for (const key in a) {
    if (!Object.hasOwn(a, key) || a[key] === undefined) continue
    count++
    if (!Object.hasOwn(b, key) || !jsonEqual(a[key], b[key])) return false
  }
  for (const key in b) if (Object.hasOwn(b, key) && b[key] !== undefined) count--
  return count === 0
}
