import type { MergePath } from './types'

/**
 * Where the merge is, as a chain of steps up to the root (`null`). Each step costs one
 * small object, and the path array is only built for the places a change or conflict is
 * recorded at, rather than copied at every key of every object.
 */
export type MergePlace = { up: MergePlace; key: string | number; depth: number } | null

/** The place one step below `at`. */
export const below = (at: MergePlace, key: string | number): MergePlace => ({
  up: at,
  key,
  depth: at === null ? 1 : at.depth + 1,
})

/** How many steps `at` is below the root. */
export const depthOf = (at: MergePlace): number => (at === null ? 0 : at.depth)

/** The path from the root to `at`. */
export function pathOf(at: MergePlace): MergePath {
  const path: MergePath = []
  for (let step = at; step !== null; step = step.up) path.push(step.key)
  return path.reverse()
}
