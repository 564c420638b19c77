import { keepMatchable } from './matchableLines'
import type { Reduced } from './matchableLines'
import { MAX_COST_MIN, roughSqrt, split } from './splitBox'
import type { Search } from './splitBox'

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

/** Changed-line flags for both sides; index `i + 1` is line `i` (index 0 and n + 1 stay 0). */
export interface ChangeMarks {
  a: Uint8Array
  b: Uint8Array
  /** True when the time budget ran out and the search settled for a coarser (valid) diff. */
  coarse: boolean
}

/** A `markChanges` in progress: `run(until)` works until `performance.now()` passes `until`. */
export interface MarkJob {
  /** True once the marks are final. */
  run(until: number): boolean
  /** Rough share of the work done, 0 to 1. */
  readonly progress: number
  readonly marks: ChangeMarks
}

/**
 * Marks the lines of `a` and `b` (line codes) that a git-compatible diff reports as
 * changed. `codeCount` bounds the codes. `deadline` (a `performance.now()` value) makes
 * the search settle for a coarser but still valid diff once passed.
 */
export function markChanges(
  a: Int32Array,
  b: Int32Array,
  codeCount: number,
  deadline = Infinity,
): ChangeMarks {
  const job = startMarkChanges(a, b, codeCount, deadline - performance.now())
  job.run(Infinity)
  return job.marks
}

/**
 * `markChanges` in steps, with the same result as long as the budget holds: the set-up
 * (counts, reduced sides) and the search both run inside `run`, a step at a time.
 * `timeoutMs` counts the search's time in `run` only (not the pauses between steps); once
 * spent, the search settles for a coarser but still valid diff. Defaults to no budget.
 */
export function startMarkChanges(
  a: Int32Array,
  b: Int32Array,
  codeCount: number,
  timeoutMs = Infinity,
): MarkJob {
  const n1 = a.length
  const n2 = b.length
  const marks: ChangeMarks = { a: new Uint8Array(n1 + 2), b: new Uint8Array(n2 + 2), coarse: false }
  const lim = Math.min(n1, n2)
  let head = 0
  while (head < lim && a[head] === b[head]) head++
  let tail = 0
  while (tail < lim - head && a[n1 - 1 - tail] === b[n2 - 1 - tail]) tail++
  if (head === n1 && head === n2) return { run: () => true, progress: 1, marks }

  // Set-up steps, each run inside `run` so that a large input's set-up is sliced too:
  // occurrence counts over the whole sides (as git counts them), then each side reduced.
  let countA: Int32Array | null = null
  let countB: Int32Array | null = null
  let ra: Reduced | null = null
  let rb: Reduced | null = null
  let s: Search | null = null
  let total = 1
  const state: CompareState = { stack: [], settled: 0 }
  const setup = [
    () => (countA = occurrences(a, codeCount)),
    () => (countB = occurrences(b, codeCount)),
    () => (ra = keepMatchable(a, head, n1 - tail, countB!, marks.a)),
    () => (rb = keepMatchable(b, head, n2 - tail, countA!, marks.b)),
    () => {
      const n1r = ra!.codes.length
      const n2r = rb!.codes.length
      s = newSearch(n1r, n2r)
      total = Math.max(1, n1r + n2r)
      state.stack.push(0, n1r, 0, n2r, 0)
    },
  ]
  let setupDone = 0
  let spent = 0
  return {
    run(until) {
      // Every call does at least one step, so a job always moves on.
      while (setupDone < setup.length) {
        setup[setupDone++]!()
        if (setupDone < setup.length && until !== Infinity && performance.now() > until) {
          return false
        }
      }
      const began = performance.now()
      s!.deadline = timeoutMs === Infinity ? Infinity : began + timeoutMs - spent
      const done = compare(ra!, rb!, s!, marks, state, until)
      spent += performance.now() - began
      marks.coarse = s!.expired
      return done
    },
    get progress() {
      return state.settled / total
    },
    marks,
  }
}

function occurrences(x: Int32Array, codeCount: number): Int32Array {
  const count = new Int32Array(codeCount)
  for (const code of x) count[code] = (count[code] as number) + 1
  return count
}

function newSearch(n1: number, n2: number): Search {
  const diags = n1 + n2 + 3
  return {
    kf: new Int32Array(diags),
    kb: new Int32Array(diags),
    zero: n2 + 1,
    maxCost: Math.max(roughSqrt(diags), MAX_COST_MIN),
    deadline: Infinity,
    expired: false,
    i1: 0,
    i2: 0,
    minLo: false,
    minHi: false,
  }
}

/** Lines of boxes compared since the clock was last read that make it worth reading again. */
const LARGE_BOX = 8192

/** Boxes still to compare (five numbers each) and how many lines are settled. */
interface CompareState {
  stack: number[]
  settled: number
}

/**
 * Divide and conquer over boxes of the reduced sequences, with an explicit stack, until
 * the stack is empty (true) or `performance.now()` passes `until` between boxes (false).
 */
function compare(
  ra: Reduced,
  rb: Reduced,
  s: Search,
  marks: ChangeMarks,
  state: CompareState,
  until: number,
): boolean {
  const h1 = ra.codes
  const h2 = rb.codes
  const stack = state.stack
  // The clock is read every 64 boxes, and after any large box: near the top a single box
  // can take many milliseconds (a split's cost grows with its size).
  let boxes = 0
  let work = 0
  while (stack.length > 0) {
    if (until !== Infinity && ((++boxes & 63) === 0 || work > LARGE_BOX)) {
      work = 0
      if (performance.now() > until) return false
    }
    const needMin = stack.pop() === 1
    let lim2 = stack.pop() as number
    let off2 = stack.pop() as number
    let lim1 = stack.pop() as number
    let off1 = stack.pop() as number
    const size = lim1 - off1 + lim2 - off2
    work += size
    while (off1 < lim1 && off2 < lim2 && h1[off1] === h2[off2]) {
      off1++
      off2++
    }
    while (off1 < lim1 && off2 < lim2 && h1[lim1 - 1] === h2[lim2 - 1]) {
      lim1--
      lim2--
    }
    state.settled += size - (lim1 - off1 + lim2 - off2)
    if (off1 === lim1) {
      for (let k = off2; k < lim2; k++) marks.b[(rb.index[k] as number) + 1] = 1
      state.settled += lim2 - off2
    } else if (off2 === lim2) {
      for (let k = off1; k < lim1; k++) marks.a[(ra.index[k] as number) + 1] = 1
      state.settled += lim1 - off1
    } else {
      split(h1, off1, lim1, h2, off2, lim2, needMin, s)
      const { i1, i2 } = s
      if ((i1 === off1 && i2 === off2) || (i1 === lim1 && i2 === lim2)) {
        // Only reachable once the budget is spent: give up on this box, still validly.
        for (let k = off1; k < lim1; k++) marks.a[(ra.index[k] as number) + 1] = 1
        for (let k = off2; k < lim2; k++) marks.b[(rb.index[k] as number) + 1] = 1
        state.settled += lim1 - off1 + lim2 - off2
        continue
      }
      stack.push(i1, lim1, i2, lim2, s.minHi ? 1 : 0)
      stack.push(off1, i1, off2, i2, s.minLo ? 1 : 0)
    }
  }
  return true
}
