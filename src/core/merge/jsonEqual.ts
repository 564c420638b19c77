import { CyclicValueError } from './CyclicValueError'
import { isRecord } from './isRecord'

// Pushed below an object's children: popped once they are done, it closes that object.
const CLOSE_A = Symbol('closeA')
const CLOSE_B = Symbol('closeB')

/**
 * Deep equality of JSON values. Object keys holding `undefined` count as absent, as they
 * do once serialised; key order does not matter, array order does. Iterative, so values
 * nested any number of levels deep compare without running out of stack. Throws a
 * `CyclicValueError` when the walk meets an object inside itself (on either side).
 */
export function jsonEqual(a: unknown, b: unknown): boolean {
  if (a === b) return true
  // Two different scalars, or a scalar and an object: no walk needed.
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false
  const pending: unknown[] = [a, b]
  // The objects being compared above the current pair, per side: one met again is a cycle.
  const openA = new Set<unknown>()
  const openB = new Set<unknown>()
  const open = (x: unknown, y: unknown) => {
    if (openA.has(x) || openB.has(y)) throw new CyclicValueError('jsonEqual')
    openA.add(x)
    openB.add(y)
    pending.push(x, CLOSE_A, y, CLOSE_B)
  }
  while (pending.length > 0) {
    const y = pending.pop()
    const x = pending.pop()
    if (x === y) continue
    if (y === CLOSE_A) openA.delete(x)
    else if (y === CLOSE_B) openB.delete(x)
    else if (Array.isArray(x)) {
      if (!Array.isArray(y) || x.length !== y.length) return false
      open(x, y)
      for (let i = x.length - 1; i >= 0; i--) pending.push(x[i], y[i])
    } else {
      if (!isRecord(x) || !isRecord(y)) return false
      open(x, y)
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
  }
  return true
}
