import { isRecord } from '../json'
import type { MergePath } from './types'

/** A path as an array of steps, or a dotted field name such as `meta.version` or `@odata.etag`. */
export type PathLike = MergePath | string

function step(at: unknown, segment: string | number): unknown {
  if (Array.isArray(at)) {
    const index = typeof segment === 'number' ? segment : arrayIndex(segment)
    return index === null ? undefined : at[index]
  }
  if (isRecord(at)) {
    const key = String(segment)
    return Object.hasOwn(at, key) ? at[key] : undefined
  }
  return undefined
}

function arrayIndex(segment: string): number | null {
  return /^(0|[1-9]\d*)$/.test(segment) ? Number(segment) : null
}

/**
 * The steps a dotted field name takes inside `value`. A key that itself holds dots
 * (`@odata.etag`) wins over descending, at every level, so a read and a write of the same
 * field always reach the same place. Where the value has nothing yet, the rest is split on
 * dots (a write then creates `{ meta: { version } }`). Iterative: the depth of `value` and the
 * length of `field` never grow the stack.
 */
export function fieldPath(value: unknown, field: string): MergePath {
  const path: MergePath = []
  let at = value
  let rest = field
  for (;;) {
    if (isRecord(at) && Object.hasOwn(at, rest)) {
      path.push(rest)
      return path
    }
    let descended = false
    for (let i = rest.indexOf('.'); i > 0; i = rest.indexOf('.', i + 1)) {
      const head = rest.slice(0, i)
      const index = Array.isArray(at) ? arrayIndex(head) : null
      const next =
        index !== null
          ? (at as unknown[])[index]
          : isRecord(at) && Object.hasOwn(at, head)
            ? at[head]
            : undefined
      if (next !== undefined && next !== null && typeof next === 'object') {
        path.push(index ?? head)
        at = next
        rest = rest.slice(i + 1)
        descended = true
        break
      }
    }
    if (!descended) {
      for (const part of rest.split('.')) {
        const index = Array.isArray(at) ? arrayIndex(part) : null
        path.push(index ?? part)
        at = index !== null ? undefined : step(at, part)
      }
      return path
    }
  }
}

/** The steps of `path` inside `value`: arrays are used as they are, dotted names resolved. */
export function toSteps(value: unknown, path: PathLike): MergePath {
  return typeof path === 'string' ? fieldPath(value, path) : path
}

/**
 * The value at `path` inside `value`, or `undefined` when the path leads nowhere. Numbers
 * index arrays (for id-matched arrays too: the index in `merged`), strings name object keys;
 * a dotted string is resolved as {@link fieldPath} does. Never reads inherited properties.
 */
export function getAtPath(value: unknown, path: PathLike): unknown {
  let at: unknown = value
  for (const segment of toSteps(value, path)) {
    if (Array.isArray(at) && typeof segment === 'number') at = at[segment]
    else if (isRecord(at)) {
      at = Object.hasOwn(at, segment) ? at[segment] : undefined
    } else return undefined
  }
  return at
}
