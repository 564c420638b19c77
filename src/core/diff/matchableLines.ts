import { roughSqrt } from './splitBox'

/** Lines matching this many times (or the side's square root) count as too common. */
const MAX_EQ_LIMIT = 1024
const SCAN_WINDOW = 100

/** The lines of one side worth searching, and their original indexes. */
export interface Reduced {
  codes: Int32Array
  index: Int32Array
}

/**
 * Keeps the lines of `x[from, to)` worth searching: a line with no match on the other side
 * is changed in every diff; a line matching very often is dropped when it sits inside a
 * run of unmatched lines (it would only produce spurious one-line matches there).
 */
export function keepMatchable(
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
