import { getAtPath } from '../../core/merge/getAtPath'
import { jsonEqual } from '../../core/merge/jsonEqual'
import type { MergeChange } from '../../core/merge/types'

/** Your value and the merged value at one automatically merged change. */
export interface ChangeSides {
  mine: unknown
  merged: unknown
}

/**
 * What a merged change looks like against your draft: the value at the change in `mine` and
 * in `merged`, or null when there is nothing to show (both equal). The merge says where the
 * place is on each side (`minePath` where an id-matched item sits at another index in mine,
 * `removed` where merged lacks it), whatever `itemId` matched the items, so no item is
 * looked up again here and none can be taken for another.
 */
export function changeSides(
  mine: unknown,
  merged: unknown,
  change: MergeChange,
): ChangeSides | null {
  const m = change.minePath === null ? undefined : getAtPath(mine, change.minePath ?? change.path)
  const g = change.removed ? undefined : getAtPath(merged, change.path)
  return jsonEqual(m, g) ? null : { mine: m, merged: g }
}
