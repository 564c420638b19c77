import type { MergePath } from './types'

/**
 * The value at `path` inside `value`, or `undefined` when the path leads nowhere. Numbers
 * index arrays (for id-matched arrays too: the index in `merged`), strings name object keys.
 */
export function getAtPath(value: unknown, path: MergePath): unknown {
  let at: unknown = value
  for (const segment of path) {
    if (Array.isArray(at) && typeof segment === 'number') at = at[segment]
    else if (typeof at === 'object' && at !== null && !Array.isArray(at)) {
      at = Object.hasOwn(at, segment) ? (at as Record<string, unknown>)[segment] : undefined
    } else return undefined
  }
  return at
}
