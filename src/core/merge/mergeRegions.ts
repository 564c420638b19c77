import type { LineChange } from '../diff/lineChanges'

/**
 * A region of a three-way merge: a change from one side only, or a conflict. Positions are
 * 0-based line indexes into base, mine and theirs; outside regions mine equals base (or
 * both sides made the same change there).
 */
export interface MergeRegion {
  kind: 'mine' | 'theirs' | 'conflict'
  base: number
  baseCount: number
  mine: number
  mineCount: number
  theirs: number
  theirsCount: number
}

/** Line counts of the three texts, needed to map positions past the last change. */
export interface MergeSizes {
  base: number
  mine: number
  theirs: number
}

/**
 * Combines the changes base->mine and base->theirs into merge regions, with git's rules:
 * changes from the two sides that overlap or merely touch (abut, or insert at the edge of
 * the other's change) form a conflict, and so do insertions at the same place, unless both
 * sides made exactly the same change (same base lines, same new lines), which is taken once.
 * `sameLines` tells whether the new lines of two changes are equal.
 */
export function mergeRegions(
  mineChanges: readonly LineChange[],
  theirsChanges: readonly LineChange[],
  sizes: MergeSizes,
  sameLines: (m: LineChange, t: LineChange) => boolean,
): MergeRegion[] {
  const regions: MergeRegion[] = []
  let p = 0
  let q = 0
  while (p < mineChanges.length && q < theirsChanges.length) {
    const m = mineChanges[p] as LineChange
    const t = theirsChanges[q] as LineChange
    const mEnd = m.a + m.aCount
    const tEnd = t.a + t.aCount
    if (mEnd < t.a) {
      // Theirs is unchanged from base here; its offset is the one before its next change.
      add(regions, 'mine', m.a, m.aCount, m.b, m.bCount, t.b - t.a + m.a, m.aCount)
      p++
      continue
    }
    if (tEnd < m.a) {
      add(regions, 'theirs', t.a, t.aCount, m.b - m.a + t.a, t.aCount, t.b, t.bCount)
      q++
      continue
    }
    const identical =
      m.a === t.a && m.aCount === t.aCount && m.bCount === t.bCount && sameLines(m, t)
    if (!identical) {
      // The union of both changes, in each text's own coordinates.
      const start = Math.min(m.a, t.a)
      const end = Math.max(mEnd, tEnd)
      const mine = m.b - (m.a - start)
      const theirs = t.b - (t.a - start)
      const mineEnd = m.b + m.bCount + (end - mEnd)
      const theirsEnd = t.b + t.bCount + (end - tEnd)
      add(regions, 'conflict', start, end - start, mine, mineEnd - mine, theirs, theirsEnd - theirs)
    }
    if (mEnd >= tEnd) q++
    if (tEnd >= mEnd) p++
  }
  for (; p < mineChanges.length; p++) {
    const m = mineChanges[p] as LineChange
    add(regions, 'mine', m.a, m.aCount, m.b, m.bCount, m.a + sizes.theirs - sizes.base, m.aCount)
  }
  for (; q < theirsChanges.length; q++) {
    const t = theirsChanges[q] as LineChange
    add(regions, 'theirs', t.a, t.aCount, t.a + sizes.mine - sizes.base, t.aCount, t.b, t.bCount)
  }
  return regions
}

/**
 * Appends a region, absorbing it into the previous one when they overlap or touch in mine
 * or in theirs; absorbing a region of another kind makes the whole a conflict.
 */
function add(
  regions: MergeRegion[],
  kind: MergeRegion['kind'],
  base: number,
  baseCount: number,
  mine: number,
  mineCount: number,
  theirs: number,
  theirsCount: number,
): void {
  const last = regions[regions.length - 1]
  if (last && (mine <= last.mine + last.mineCount || theirs <= last.theirs + last.theirsCount)) {
    if (kind !== last.kind) last.kind = 'conflict'
    last.baseCount = base + baseCount - last.base
    last.mineCount = mine + mineCount - last.mine
    last.theirsCount = theirs + theirsCount - last.theirs
    return
  }
  regions.push({ kind, base, baseCount, mine, mineCount, theirs, theirsCount })
}
