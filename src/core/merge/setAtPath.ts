import { toSteps, type PathLike } from './getAtPath'
import { isRecord, setOwn } from '../json'

type Write = 'set' | 'insert'

// Iterative on purpose: a path as deep as the value (10,000 levels of JSON) must not overflow
// the stack. Walk down copying each container, then link the copies back up.
function write(value: unknown, pathLike: PathLike, next: unknown, mode: Write): unknown {
  const path = toSteps(value, pathLike)
  if (path.length === 0) return next
  const copies: (unknown[] | Record<string, unknown>)[] = []
  let at = value
  for (let depth = 0; depth < path.length; depth++) {
    const segment = path[depth] as string | number
    const last = depth === path.length - 1
    if (Array.isArray(at)) {
      if (typeof segment !== 'number' || segment < 0 || segment > at.length) {
        throw new RangeError(`setAtPath: no array index ${String(segment)} at depth ${depth}`)
      }
      const copy = at.slice()
      copies.push(copy)
      if (last) {
        if (mode === 'insert') {
          if (next !== undefined) copy.splice(segment, 0, next)
        } else if (next === undefined) copy.splice(segment, 1)
        else copy[segment] = next
      }
      at = at[segment]
    } else if (isRecord(at) || at === undefined) {
      const copy: Record<string, unknown> = { ...at }
      copies.push(copy)
      const key = String(segment)
      if (last) {
        if (next === undefined) delete copy[key]
        else setOwn(copy, key, next)
      }
      at = Object.hasOwn(copy, key) ? copy[key] : undefined
    } else {
      throw new TypeError(
        `setAtPath: cannot step into a ${at === null ? 'null' : typeof at} at depth ${depth}`,
      )
    }
  }
  for (let depth = copies.length - 2; depth >= 0; depth--) {
    const parent = copies[depth] as unknown[] | Record<string, unknown>
    const child = copies[depth + 1]
    const segment = path[depth] as string | number
    if (Array.isArray(parent)) parent[segment as number] = child
    else setOwn(parent, String(segment), child)
  }
  return copies[0]
}

/**
 * A copy of `value` with `next` at `path` (inputs are never changed; untouched branches
 * are shared). `next === undefined` removes: the key from an object, the element from an
 * array. Missing objects along the way are created; a bad array index throws. A dotted string
 * path reaches the same place {@link getAtPath} reads (an existing `@odata.etag` key wins).
 */
export function setAtPath<T>(value: T, path: PathLike, next: unknown): T {
  return write(value, path, next, 'set') as T
}

/**
 * Like `setAtPath`, but when the last step is an array index it inserts `next` there
 * instead of replacing the element (for restoring an item the merged value lacks).
 */
export function insertAtPath<T>(value: T, path: PathLike, next: unknown): T {
  return write(value, path, next, 'insert') as T
}
