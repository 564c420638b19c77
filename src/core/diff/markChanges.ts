/*
 * A line diff that makes the same choices as git's default (Myers) diff, so that a three-way
 * merge built on it agrees with `git merge-file` even where several minimal diffs exist.
 * Equal-cost diffs differ in which lines they pair up, and that decides whether two edits
 * touch, which decides conflicts: a diff that merely is minimal is not enough.
 *
 * The steps follow the published algorithms git uses: drop lines that cannot match (and
 * runs of lines that match too often, to keep time bounded), then Myers' linear-space
 * divide and conquer on the middle snake, with git's cost cut-offs for large inputs.
 */

/** A snake at least this long makes a diagonal "interesting" to the cost heuristic. */
const SNAKE_MIN = 20
const HEUR_FACTOR = 4
const HEUR_MIN_COST = 256
const MAX_COST_MIN = 256
/** Lines matching this many times (or the side's square root) count as too common. */
const MAX_EQ_LIMIT = 1024
const SCAN_WINDOW = 100
const FAR = 0x7fffffff

/** Approximate square root, rounded to a power of two, as git's cost limits use. */
function roughSqrt(n: number): number {
  let r = 1
  for (; n > 0; n >>= 2) r <<= 1
  return r
}

/** Changed-line flags for both sides; index `i + 1` is line `i` (index 0 and n + 1 stay 0). */
export interface ChangeMarks {
  a: Uint8Array
  b: Uint8Array
  /** True when the time budget ran out and the search settled for a coarser (valid) diff. */
  coarse: boolean
}

interface Search {
  kf: Int32Array
  kb: Int32Array
  zero: number
  maxCost: number
  deadline: number
  expired: boolean
  i1: number
  i2: number
  minLo: boolean
  minHi: boolean
}

/**
 * Marks the lines of `a` and `b` (line codes) that a git-compatible diff reports as
 * changed. `codeCount` bounds the codes. `deadline` (a `Date.now()` value) makes
 * the search settle for a coarser but still valid diff once passed.
 */
export function markChanges(
  a: Int32Array,
  b: Int32Array,
  codeCount: number,
  deadline = Infinity,
): ChangeMarks {
  const n1 = a.length
  const n2 = b.length
  const marks: ChangeMarks = { a: new Uint8Array(n1 + 2), b: new Uint8Array(n2 + 2), coarse: false }
  const lim = Math.min(n1, n2)
  let head = 0
  while (head < lim && a[head] === b[head]) head++
  let tail = 0
  while (tail < lim - head && a[n1 - 1 - tail] === b[n2 - 1 - tail]) tail++
  if (head === n1 && head === n2) return marks

  // Occurrence counts over the whole sides, as git counts them.
  const countA = new Int32Array(codeCount)
  const countB = new Int32Array(codeCount)
  for (const code of a) countA[code] = (countA[code] as number) + 1
  for (const code of b) countB[code] = (countB[code] as number) + 1
  const ra = keepMatchable(a, head, n1 - tail, countB, marks.a)
  const rb = keepMatchable(b, head, n2 - tail, countA, marks.b)

  const n1r = ra.codes.length
  const n2r = rb.codes.length
  const diags = n1r + n2r + 3
  const s: Search = {
    kf: new Int32Array(diags),
    kb: new Int32Array(diags),
    zero: n2r + 1,
    maxCost: Math.max(roughSqrt(diags), MAX_COST_MIN),
    deadline,
    expired: false,
    i1: 0,
    i2: 0,
    minLo: false,
    minHi: false,
  }
  compare(ra, rb, s, marks)
  marks.coarse = s.expired
  return marks
}

interface Reduced {
  codes: Int32Array
  index: Int32Array
}

/**
 * Keeps the lines of `x[from, to)` worth searching: a line with no match on the other side
 * is changed in every diff; a line matching very often is dropped when it sits inside a
 * run of unmatched lines (it would only produce spurious one-line matches there).
 */
function keepMatchable(
  x: Int32Array,
  from: number,
  to: number,
  otherCount: Int32Array,
  changed: Uint8Array,
): Reduced {
  const len = to - from
  const limit = Math.min(roughSqrt(x.length), MAX_EQ_LIMIT)
  const kind = new Uint8Array(len)
  for (let i = 0; i < len; i++) {
    const seen = otherCount[x[from + i] as number] as number
    kind[i] = seen === 0 ? 0 : seen >= limit ? 2 : 1
  }
  const codes = new Int32Array(len)
  const index = new Int32Array(len)
  let n = 0
  for (let i = 0; i < len; i++) {
    const k = kind[i]
    if (k === 1 || (k === 2 && !insideUnmatchedRun(kind, i, len - 1))) {
      codes[n] = x[from + i] as number
      index[n] = from + i
      n++
    } else {
      changed[from + i + 1] = 1
    }
  }
  return { codes: codes.subarray(0, n), index: index.subarray(0, n) }
}

/** Whether the too-common line `i` sits in a run dominated by unmatched lines. */
function insideUnmatchedRun(kind: Uint8Array, i: number, last: number): boolean {
  const lo = Math.max(0, i - SCAN_WINDOW)
  const hi = Math.min(last, i + SCAN_WINDOW)
  let unmatched = 0
  let common = 1
  for (let j = i - 1; j >= lo; j--) {
    const k = kind[j]
    if (k === 0) unmatched++
    else if (k === 2) common++
    else break
  }
  if (unmatched === 0) return false
  let unmatchedAfter = 0
  let commonAfter = 1
  for (let j = i + 1; j <= hi; j++) {
    const k = kind[j]
    if (k === 0) unmatchedAfter++
    else if (k === 2) commonAfter++
    else break
  }
  if (unmatchedAfter === 0) return false
  const commonRun = common + commonAfter
  return commonRun * 4 < commonRun + unmatched + unmatchedAfter
}

/** Divide and conquer over boxes of the reduced sequences, with an explicit stack. */
function compare(ra: Reduced, rb: Reduced, s: Search, marks: ChangeMarks): void {
  const h1 = ra.codes
  const h2 = rb.codes
  const stack: number[] = [0, h1.length, 0, h2.length, 0]
  while (stack.length > 0) {
    const needMin = stack.pop() === 1
    let lim2 = stack.pop() as number
    let off2 = stack.pop() as number
    let lim1 = stack.pop() as number
    let off1 = stack.pop() as number
    while (off1 < lim1 && off2 < lim2 && h1[off1] === h2[off2]) {
      off1++
      off2++
    }
    while (off1 < lim1 && off2 < lim2 && h1[lim1 - 1] === h2[lim2 - 1]) {
      lim1--
      lim2--
    }
    if (off1 === lim1) {
      for (let k = off2; k < lim2; k++) marks.b[(rb.index[k] as number) + 1] = 1
    } else if (off2 === lim2) {
      for (let k = off1; k < lim1; k++) marks.a[(ra.index[k] as number) + 1] = 1
    } else {
      split(h1, off1, lim1, h2, off2, lim2, needMin, s)
      const { i1, i2 } = s
      if ((i1 === off1 && i2 === off2) || (i1 === lim1 && i2 === lim2)) {
        // Only reachable once the budget is spent: give up on this box, still validly.
        for (let k = off1; k < lim1; k++) marks.a[(ra.index[k] as number) + 1] = 1
        for (let k = off2; k < lim2; k++) marks.b[(rb.index[k] as number) + 1] = 1
        continue
      }
      stack.push(i1, lim1, i2, lim2, s.minHi ? 1 : 0)
      stack.push(off1, i1, off2, i2, s.minLo ? 1 : 0)
    }
  }
}

/**
 * Finds where to cut the box: the middle snake of a shortest edit path (forward and
 * backward searches meeting), or, past the cost limits, a good-looking partial path.
 */
function split(
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

    if (!s.expired && s.deadline !== Infinity && (ec & 7) === 0 && Date.now() > s.deadline) {
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
