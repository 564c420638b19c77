/**
 * Thrown by `mergeValues`, `jsonEqual` and `resolveValues` when a value contains itself (an
 * object reachable from its own fields). JSON has no such values, and walking one would never
 * end, so the walk stops at the first object met again below itself. Shared objects that are
 * not their own ancestors (the same object in two places) are fine.
 */
export class CyclicValueError extends TypeError {
  override readonly name = 'CyclicValueError'

  constructor(where: string) {
    super(`${where}: the value contains itself (a cycle); JSON values cannot`)
  }
}

// Pushed below an object's children, after the object itself: popped, it closes that object.
const CLOSE = Symbol('close')

/** Throws a `CyclicValueError` naming `where` when `value` contains itself. Iterative. */
export function assertAcyclic(value: unknown, where: string): void {
  if (typeof value !== 'object' || value === null) return
  const open = new Set<object>()
  const pending: unknown[] = [value]
  while (pending.length > 0) {
    const node = pending.pop()
    if (node === CLOSE) open.delete(pending.pop() as object)
    else if (typeof node === 'object' && node !== null) {
      if (open.has(node)) throw new CyclicValueError(where)
      open.add(node)
      pending.push(node, CLOSE)
      for (const key in node) {
        if (Object.hasOwn(node, key)) pending.push((node as Record<string, unknown>)[key])
      }
    }
  }
}
