/*
 * Where a block of changed lines could sit at several places (a repeated line at its
 * edges), every diff must pick the same place, or a three-way merge sees edits touch in one
 * tool and not in another. Git's rule: slide each block as far down as it goes, merging
 * blocks it bumps into, unless it can line up with a block of changes on the other side,
 * in which case it goes to the last such position.
 */

/** A run of changed lines `[start, end)` on one side; flags use index `line + 1`. */
interface Group {
  start: number
  end: number
}

function first(flags: Uint8Array): Group {
  const g = { start: 0, end: 0 }
  while (flags[g.end + 1]) g.end++
  return g
}

function next(flags: Uint8Array, n: number, g: Group): boolean {
  if (g.end === n) return false
  g.start = g.end + 1
  g.end = g.start
  while (flags[g.end + 1]) g.end++
  return true
}

function previous(flags: Uint8Array, g: Group): boolean {
  if (g.start === 0) return false
  g.end = g.start - 1
  g.start = g.end
  while (flags[g.start]) g.start--
  return true
}

function slideDown(flags: Uint8Array, codes: Int32Array, g: Group): boolean {
  if (g.end >= codes.length || codes[g.start] !== codes[g.end]) return false
  flags[g.start + 1] = 0
  g.start++
  flags[g.end + 1] = 1
  g.end++
  while (flags[g.end + 1]) g.end++
  return true
}

function slideUp(flags: Uint8Array, codes: Int32Array, g: Group): boolean {
  if (g.start === 0 || codes[g.start - 1] !== codes[g.end - 1]) return false
  g.start--
  flags[g.start + 1] = 1
  g.end--
  flags[g.end + 1] = 0
  while (flags[g.start]) g.start--
  return true
}

/**
 * Moves the changed-line blocks of one side (`flags`, over `codes`) to their canonical
 * places, keeping `otherFlags` (the other side) in step. Call once per side.
 */
export function compactChanges(
  flags: Uint8Array,
  codes: Int32Array,
  otherFlags: Uint8Array,
  otherLength: number,
): void {
  const n = codes.length
  const g = first(flags)
  const go = first(otherFlags)
  for (;;) {
    if (g.end !== g.start) {
      let size: number
      let earliestEnd: number
      let endMatchingOther: number
      do {
        size = g.end - g.start
        endMatchingOther = -1
        while (slideUp(flags, codes, g)) previous(otherFlags, go)
        earliestEnd = g.end
        if (go.end > go.start) endMatchingOther = g.end
        while (slideDown(flags, codes, g)) {
          next(otherFlags, otherLength, go)
          if (go.end > go.start) endMatchingOther = g.end
        }
      } while (size !== g.end - g.start)
      if (g.end !== earliestEnd && endMatchingOther !== -1) {
        while (go.end === go.start) {
          slideUp(flags, codes, g)
          previous(otherFlags, go)
        }
      }
    }
    if (!next(flags, n, g)) break
    next(otherFlags, otherLength, go)
  }
}
