import { isRecord } from './isRecord'

/**
 * Deep equality of JSON values. Object keys holding `undefined` count as absent, as they
 * do once serialised; key order does not matter, array order does. Iterative, so values
 * nested any number of levels deep compare without running out of stack.
 */
export function jsonEqual(a: unknown, b: unknown): boolean {
  if (a === b) return true
  // Two different scalars, or a scalar and an object: no walk needed.
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false
  const pending: unknown[] = [a, b]
  while (pending.length > 0) {
    const y = pending.pop()
    const x = pending.pop()
    if (x === y) continue
    if (Array.isArray(x)) {
      if (!Array.isArray(y) || x.length !== y.length) return false
      for (let i = x.length - 1; i >= 0; i--) pending.push(x[i], y[i])
      continue
    }
    if (!isRecord(x) || !isRecord(y)) return false
    let count = 0
    for (const key in x) {
      if (!Object.hasOwn(x, key) || x[key] === undefined) continue
      count++
      if (!Object.hasOwn(y, key)) return false
      pending.push(x[key], y[key])
    }
    for (const key in y) if (Object.hasOwn(y, key) && y[key] !== undefined) count--
    if (count !== 0) return false
  }
  return true
}
