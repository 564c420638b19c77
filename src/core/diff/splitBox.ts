/*
 * The search step of the line diff: where to cut a box of two line ranges (the middle
 * snake of Myers' algorithm, or past git's cost limits a good partial path), using the
 * same tie-breaks as git so that equal-cost diffs come out the same.
 */

/** A snake at least this long makes a diagonal "interesting" to the cost heuristic. */
const SNAKE_MIN = 20
const HEUR_FACTOR = 4
const HEUR_MIN_COST = 256
/** The smallest edit cost after which a search settles for a good partial path. */
export const MAX_COST_MIN = 256
const FAR = 0x7fffffff

/** Approximate square root, rounded to a power of two, as git's cost limits use. */
export function roughSqrt(n: number): number {
  let r = 1
  for (; n > 0; n >>= 2) r <<= 1
  return r
}

/** Search state shared by all boxes of one diff; the cut is returned in `i1`, `i2`, `minLo`, `minHi`. */
export interface Search {
  kf: Int32Array
  kb: Int32Array
  zero: number
  maxCost: number
  /** `performance.now()` value past which the search settles for a coarser cut. */
  deadline: number
  expired: boolean
  i1: number
  i2: number
  minLo: boolean
  minHi: boolean
}

/**
 * Finds where to cut the box: the middle snake of a shortest edit path (forward and
 * backward searches meeting), or, past the cost limits, a good-looking partial path.
 */
export function split(
  h1: Int32Array,
  off1: number,
  lim1: number,
  h2: Int32Array,
  off2: number,
  lim2: number,
  needMin: boolean,
  s: Search,
): void {
  const { kf, kb, zero: z } = s
  const dmin = off1 - lim2
  const dmax = lim1 - off2
  const fmid = off1 - off2
  const bmid = lim1 - lim2
  const odd = ((fmid - bmid) & 1) !== 0
  let fmin = fmid
  let fmax = fmid
  let bmin = bmid
  let bmax = bmid
  kf[fmid + z] = off1
  kb[bmid + z] = lim1

  for (let ec = 1; ; ec++) {
    let gotSnake = false
    // Widen the diagonal range by one, or narrow it where it would leave the box.
    if (fmin > dmin) kf[--fmin - 1 + z] = -1
    else ++fmin
    if (fmax < dmax) kf[++fmax + 1 + z] = -1
    else --fmax
    for (let d = fmax; d >= fmin; d -= 2) {
      const lo = kf[d - 1 + z] as number
      const hi = kf[d + 1 + z] as number
      let i1 = lo >= hi ? lo + 1 : hi
      const from = i1
      let i2 = i1 - d
      while (i1 < lim1 && i2 < lim2 && h1[i1] === h2[i2]) {
        i1++
        i2++
      }
      if (i1 - from > SNAKE_MIN) gotSnake = true
      kf[d + z] = i1
      if (odd && bmin <= d && d <= bmax && (kb[d + z] as number) <= i1) {
        return cut(s, i1, i2, true, true)
      }
    }

    if (bmin > dmin) kb[--bmin - 1 + z] = FAR
    else ++bmin
    if (bmax < dmax) kb[++bmax + 1 + z] = FAR
    else --bmax
    for (let d = bmax; d >= bmin; d -= 2) {
      const lo = kb[d - 1 + z] as number
      const hi = kb[d + 1 + z] as number
      let i1 = lo < hi ? lo : hi - 1
      const from = i1
      let i2 = i1 - d
      while (i1 > off1 && i2 > off2 && h1[i1 - 1] === h2[i2 - 1]) {
        i1--
        i2--
      }
      if (from - i1 > SNAKE_MIN) gotSnake = true
      kb[d + z] = i1
      if (!odd && fmin <= d && d <= fmax && i1 <= (kf[d + z] as number)) {
        return cut(s, i1, i2, true, true)
      }
    }

    if (!s.expired && s.deadline !== Infinity && (ec & 7) === 0 && performance.now() > s.deadline) {
      s.expired = true
    }
    if (needMin && !s.expired) continue

    if (!s.expired && gotSnake && ec > HEUR_MIN_COST) {
      if (forwardHeuristic(h1, off1, lim1, h2, off2, lim2, fmin, fmax, fmid, ec, s)) return
      if (backwardHeuristic(h1, off1, lim1, h2, off2, lim2, bmin, bmax, bmid, ec, s)) return
    }

    if (ec >= s.maxCost || s.expired) {
      // Too expensive: cut at whichever frontier got furthest along its diagonal.
      let fbest = -1
      let fbest1 = -1
      for (let d = fmax; d >= fmin; d -= 2) {
        let i1 = Math.min(kf[d + z] as number, lim1)
        let i2 = i1 - d
        if (lim2 < i2) {
          i1 = lim2 + d
          i2 = lim2
        }
        if (fbest < i1 + i2) {
          fbest = i1 + i2
          fbest1 = i1
        }
      }
      let bbest = FAR
      let bbest1 = FAR
      for (let d = bmax; d >= bmin; d -= 2) {
        let i1 = Math.max(off1, kb[d + z] as number)
        let i2 = i1 - d
        if (i2 < off2) {
          i1 = off2 + d
          i2 = off2
        }
        if (i1 + i2 < bbest) {
          bbest = i1 + i2
          bbest1 = i1
        }
      }
      if (lim1 + lim2 - bbest < fbest - (off1 + off2)) {
        return cut(s, fbest1, fbest - fbest1, true, false)
      }
      return cut(s, bbest1, bbest - bbest1, false, true)
    }
  }
}

function cut(s: Search, i1: number, i2: number, minLo: boolean, minHi: boolean): void {
  s.i1 = i1
  s.i2 = i2
  s.minLo = minLo
  s.minHi = minHi
}

/** Picks a forward diagonal that made long progress and ends in a long snake. */
function forwardHeuristic(
  h1: Int32Array,
  off1: number,
  lim1: number,
  h2: Int32Array,
  off2: number,
  lim2: number,
  fmin: number,
  fmax: number,
  fmid: number,
  ec: number,
  s: Search,
): boolean {
  let best = 0
  for (let d = fmax; d >= fmin; d -= 2) {
    const dd = d > fmid ? d - fmid : fmid - d
    const i1 = s.kf[d + s.zero] as number
    const i2 = i1 - d
    const v = i1 - off1 + (i2 - off2) - dd
    if (
      v > HEUR_FACTOR * ec &&
      v > best &&
      off1 + SNAKE_MIN <= i1 &&
      i1 < lim1 &&
      off2 + SNAKE_MIN <= i2 &&
      i2 < lim2
    ) {
      for (let k = 1; h1[i1 - k] === h2[i2 - k]; k++) {
        if (k === SNAKE_MIN) {
          best = v
          cut(s, i1, i2, true, false)
          break
        }
      }
    }
  }
  return best > 0
}

/** The backward counterpart of `forwardHeuristic`. */
function backwardHeuristic(
  h1: Int32Array,
  off1: number,
  lim1: number,
  h2: Int32Array,
  off2: number,
  lim2: number,
  bmin: number,
  bmax: number,
  bmid: number,
  ec: number,
  s: Search,
): boolean {
  let best = 0
  for (let d = bmax; d >= bmin; d -= 2) {
    const dd = d > bmid ? d - bmid : bmid - d
    const i1 = s.kb[d + s.zero] as number
    const i2 = i1 - d
    const v = lim1 - i1 + (lim2 - i2) - dd
    if (
      v > HEUR_FACTOR * ec &&
      v > best &&
      off1 < i1 &&
      i1 <= lim1 - SNAKE_MIN &&
      off2 < i2 &&
      i2 <= lim2 - SNAKE_MIN
    ) {
      for (let k = 0; h1[i1 + k] === h2[i2 + k]; k++) {
        if (k === SNAKE_MIN - 1) {
          best = v
          cut(s, i1, i2, false, true)
          break
        }
      }
    }
  }
  return best > 0
}
