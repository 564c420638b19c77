import { getAtPath } from '../../core/merge/getAtPath'
import { isRecord } from '../../core/merge/isRecord'
import { jsonEqual } from '../../core/merge/jsonEqual'
import type { MergePath } from '../../core/merge/types'

/** Your value and the merged value at one automatically merged change. */
export interface ChangeSides {
  mine: unknown
  merged: unknown
}

function itemId(item: unknown): string | number | undefined {
  const id = isRecord(item) ? item.id : undefined
  return typeof id === 'string' || typeof id === 'number' ? id : undefined
}

/**
 * What a merged change looks like against your draft: the value at `path` in `mine` and in
 * `merged`, or null when there is nothing to show (both equal) or mine's counterpart cannot
 * be told. Number segments only come from id-matched arrays and index `merged`, so mine's
 * item is found by its `id` (the merge's default item id). A change to a whole item is an
 * addition or a deletion (edits of identified items are reported inside them); when both
 * sides hold the item found at the index, the index is where theirs deleted one, which
 * cannot be named here, so the change is listed without a comparison rather than compared
 * with the wrong item. Items without an `id` are treated the same way.
 */
export function changeSides(mine: unknown, merged: unknown, path: MergePath): ChangeSides | null {
  let m = mine
  let g = merged
  for (const [i, segment] of path.entries()) {
    if (typeof segment === 'number') {
      if (!Array.isArray(g)) return null
      const item: unknown = g[segment]
      const id = itemId(item)
      if (id === undefined) return null
      m = Array.isArray(m) ? m.find((x) => itemId(x) === id) : undefined
      g = item
      if (i === path.length - 1 && m !== undefined) return null
    } else {
      m = getAtPath(m, [segment])
      g = getAtPath(g, [segment])
    }
  }
  return jsonEqual(m, g) ? null : { mine: m, merged: g }
}
