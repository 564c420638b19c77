import type { MergeChange, MergePath } from './types'

/**
 * Where the merge is, as a chain of steps up to the root (`null`). Each step costs one
 * small object, and the path array is only built for the places a change or conflict is
 * recorded at, rather than copied at every key of every object.
 */
export type MergePlace = {
  up: MergePlace
  key: string | number
  depth: number
  /** For an item of an id-matched array: its index in mine (-1: mine lacks it). */
  mine: number | undefined
} | null

/** The place one step below `at`; `mine` is the item's index in mine, for id-matched arrays. */
export const below = (at: MergePlace, key: string | number, mine?: number): MergePlace => ({
  up: at,
  key,
  depth: at === null ? 1 : at.depth + 1,
  mine,
})

/** How many steps `at` is below the root. */
export const depthOf = (at: MergePlace): number => (at === null ? 0 : at.depth)

/** The path from the root to `at`. */
export function pathOf(at: MergePlace): MergePath {
  const path: MergePath = []
  for (let step = at; step !== null; step = step.up) path.push(step.key)
  return path.reverse()
}

/**
 * The same place in mine where that differs from `pathOf(at)` (an id-matched item sits at
 * another index in mine), null where mine lacks it, `undefined` where the path reads mine too.
 */
function minePathOf(at: MergePlace): MergePath | null | undefined {
  let differs = false
  for (let step = at; step !== null; step = step.up) {
    if (step.mine === undefined || step.mine === step.key) continue
    if (step.mine < 0) return null
    differs = true
  }
  if (!differs) return undefined
  const path: MergePath = []
  for (let step = at; step !== null; step = step.up) path.unshift(step.mine ?? step.key)
  return path
}

/**
 * The change recorded at `at`. `isRemoved`: merged holds nothing there; on an item of an
 * id-matched array the path's index then names where the item would be, so it is marked.
 */
export function changeAt(
  at: MergePlace,
  from: MergeChange['from'],
  isRemoved: boolean,
): MergeChange {
  const change: MergeChange = { path: pathOf(at), from }
  const minePath = minePathOf(at)
  if (minePath !== undefined) change.minePath = minePath
  if (isRemoved && at?.mine !== undefined) change.removed = true
  return change
}
