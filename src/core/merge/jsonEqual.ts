import { CyclicValueError } from './CyclicValueError'
import { isRecord } from '../json'

// Pushed below an object's children: popped once they are done, it closes that object.
const CLOSE = Symbol('close')

/**
 * Deep equality of JSON values. Object keys holding `undefined` count as absent, as they
 * do once serialised; key order does not matter, array order does. Iterative, so values
 * nested any number of levels deep compare without running out of stack. Throws a
 * `CyclicValueError` when the walk meets an object of `a` inside itself: the only way the walk
 * could go on without end (a cycle in `b` alone ends where `a` does, in a difference).
 */
export function jsonEqual(a: unknown, b: unknown): boolean {
  if (a === b) return true
  // Two different scalars, or a scalar and an object: no walk needed.
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false
  const pending: unknown[] = [a, b]
  // The objects of `a` being compared above the current pair: one met again is a cycle.
  const open = new Set<unknown>()
  const enter = (x: unknown) => {
    if (open.has(x)) throw new CyclicValueError('jsonEqual')
    open.add(x)
    pending.push(x, CLOSE)
  }
  while (pending.length > 0) {
    const y = pending.pop()
    const x = pending.pop()
    if (x === y) continue
    if (y === CLOSE) open.delete(x)
    else if (Array.isArray(x)) {
      if (!Array.isArray(y) || x.length !== y.length) return false
      enter(x)
      for (let i = x.length - 1; i >= 0; i--) pending.push(x[i], y[i])
    } else {
      if (!isRecord(x) || !isRecord(y)) return false
      enter(x)
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
