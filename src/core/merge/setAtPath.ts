import { isRecord, setOwn } from './isRecord'
import type { MergePath } from './types'

type Write = 'set' | 'insert'

function write(
  value: unknown,
  path: MergePath,
  depth: number,
  next: unknown,
  mode: Write,
): unknown {
  if (depth === path.length) return next
  const segment = path[depth] as string | number
  const last = depth === path.length - 1
  if (Array.isArray(value)) {
    if (typeof segment !== 'number' || segment < 0 || segment > value.length) {
      throw new RangeError(`setAtPath: no array index ${String(segment)} at depth ${depth}`)
    }
    const copy = value.slice()
    if (last && mode === 'insert') {
      if (next !== undefined) copy.splice(segment, 0, next)
    } else if (last && next === undefined) {
      copy.splice(segment, 1)
    } else {
      copy[segment] = write(value[segment], path, depth + 1, next, mode)
    }
    return copy
  }
  if (isRecord(value) || value === undefined) {
    const copy: Record<string, unknown> = { ...value }
    const key = String(segment)
    if (last && next === undefined) delete copy[key]
    else
      setOwn(
        copy,
        key,
        write(Object.hasOwn(copy, key) ? copy[key] : undefined, path, depth + 1, next, mode),
      )
    return copy
  }
  throw new TypeError(
    `setAtPath: cannot step into a ${value === null ? 'null' : typeof value} at depth ${depth}`,
  )
}

/**
 * A copy of `value` with `next` at `path` (inputs are never changed; untouched branches
 * are shared). `next === undefined` removes: the key from an object, the element from an
 * array. Missing objects along the way are created; a bad array index throws.
 */
export function setAtPath<T>(value: T, path: MergePath, next: unknown): T {
  return write(value, path, 0, next, 'set') as T
}

/**
 * Like `setAtPath`, but when the last step is an array index it inserts `next` there
 * instead of replacing the element (for restoring an item the merged value lacks).
 */
export function insertAtPath<T>(value: T, path: MergePath, next: unknown): T {
  return write(value, path, 0, next, 'insert') as T
}
