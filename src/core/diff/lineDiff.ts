import { changesFromMarks } from './lineChanges'
import type { LineChange } from './lineChanges'
import { LineCodes } from './lineCodes'
import type { EncodeJob, EncodedLines } from './lineCodes'
import { startMarkChanges } from './markChanges'
import type { MarkJob } from './markChanges'

/** Two texts cut into lines and the changed blocks between them: what every diff view is made from. */
export interface LineDiff {
  original: EncodedLines
  modified: EncodedLines
  changes: LineChange[]
  /** True when the time budget ran out and the diff settled for a coarser (still exact) one. */
  coarse: boolean
  /** Time spent computing it, in ms (`performance.now()`; pauses between slices not counted). */
  elapsedMs: number
}

/** A line diff in progress (see `startLineDiff`). */
export interface LineDiffJob {
  /** Works until `performance.now()` passes `until`; true once the diff is complete. */
  run(until: number): boolean
  /** Rough share of the work done, 0 to 1. */
  readonly progress: number
  /** Whether the diff is complete. */
  readonly done: boolean
  /** The diff; only once `run` returned true. */
  result(): LineDiff
}

// Shares of the whole work, for `progress`: encoding, then the search.
const ENCODE_ORIGINAL = 0.3
const ENCODE_MODIFIED = 0.2
const SEARCH = 0.45

const late = (until: number) => until !== Infinity && performance.now() > until

/**
 * The line diff of two texts, done in steps small enough to run between frames: encoding
 * each text and the search are resumable, and every step does exactly what the one-go
 * path does, so the result is the same. `timeoutMs` is the diff's time budget (see
 * `DiffRowsOptions.timeoutMs`): it counts time spent inside `run`, not the pauses; once
 * spent, the search settles for a coarser but still exact diff. Defaults to no budget.
 */
export function startLineDiff(
  original: string,
  modified: string,
  timeoutMs = Infinity,
): LineDiffJob {
  const codes = new LineCodes()
  let stage = 0
  let spent = 0
  let runStarted = 0
  let encoding: EncodeJob = codes.start(original)
  let a: EncodedLines | null = null
  let b: EncodedLines | null = null
  let marking: MarkJob | null = null
  let result: LineDiff | null = null

  // Each stage ends the slice when its time is up, so the next stage's set-up runs in a
  // slice of its own.
  const step = (until: number): boolean => {
    if (stage === 0) {
      if (!encoding.run(until)) return false
      a = encoding.result()
      encoding = codes.start(modified, a)
      stage = 1
      if (late(until)) return false
    }
    if (stage === 1) {
      if (!encoding.run(until)) return false
      b = encoding.result()
      marking = startMarkChanges(
        a!.codes,
        b.codes,
        codes.size,
        timeoutMs - spent - (performance.now() - runStarted),
      )
      stage = 2
      if (late(until)) return false
    }
    if (stage === 2) {
      if (!marking!.run(until)) return false
      const changes = changesFromMarks(marking!.marks, a!.codes, b!.codes)
      // The time of this last slice is added once `run` returns.
      const elapsedMs = spent + (performance.now() - runStarted)
      result = { original: a!, modified: b!, changes, coarse: marking!.marks.coarse, elapsedMs }
      stage = 3
    }
    return true
  }

  return {
    run(until) {
      if (result) return true
      runStarted = performance.now()
      const done = step(until)
      spent += performance.now() - runStarted
      return done
    },
    get done() {
      return result !== null
    },
    get progress() {
      if (stage === 0) return ENCODE_ORIGINAL * encoding.progress
      if (stage === 1) return ENCODE_ORIGINAL + ENCODE_MODIFIED * encoding.progress
      if (stage === 2) return ENCODE_ORIGINAL + ENCODE_MODIFIED + SEARCH * marking!.progress
      return 1
    },
    result() {
      if (!result) throw new Error('startLineDiff: result() before run() finished')
      return result
    },
  }
}

/** The line diff of two texts in one go (see `startLineDiff`). Defaults to no time budget. */
export function lineDiff(original: string, modified: string, timeoutMs = Infinity): LineDiff {
  const job = startLineDiff(original, modified, timeoutMs)
  job.run(Infinity)
  return job.result()
}
