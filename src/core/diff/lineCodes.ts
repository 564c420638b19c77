/** A text cut into lines (terminators kept), each line with its code. */
export interface EncodedLines {
  text: string
  /** Offset of each line's first character, plus `text.length` at the end (length n + 1). */
  starts: Int32Array
  codes: Int32Array
}

/** Lines `[from, to)` of an encoded text, terminators included. */
export function sliceLines(lines: EncodedLines, from: number, to: number): string {
  return lines.text.slice(lines.starts[from], lines.starts[to])
}

/** An encoding in progress (see `LineCodes.start`). */
export interface EncodeJob {
  /** Encodes until `performance.now()` passes `until`; true once every line is done. */
  run(until: number): boolean
  /** Share of the text encoded so far, 0 to 1 (by characters). */
  readonly progress: number
  /** The encoded text; complete once `run` returned true. */
  result(): EncodedLines
}

/**
 * Gives every distinct line a small integer code, shared by all texts encoded by one
 * instance, so diffs compare integers, with no limit on the number of distinct lines
 * (diff-match-patch's line mode stops at 65,535). Lines are found with `indexOf` and looked
 * up in a `Map`: engine built-ins that run at full speed even in code not yet optimised,
 * which is what a page's first diff is.
 */
export class LineCodes {
  private readonly index = new Map<string, number>()
  private readonly lines: string[] = []

  /** The number of distinct lines seen so far (codes are `0 .. size - 1`). */
  get size(): number {
    return this.lines.length
  }

  /**
   * Cuts `text` into lines and encodes them. With `like` (an earlier text from this
   * instance that `text` mostly repeats) lines equal to the next expected line of `like`
   * are recognised by a plain comparison instead of hashing: the common case of a version
   * of a document against its base costs little more than one pass of comparisons.
   */
  encode(text: string, like?: EncodedLines): EncodedLines {
    const job = this.start(text, like)
    job.run(Infinity)
    return job.result()
  }

  /**
   * The same encoding as `encode`, done in steps: `run(until)` works until
   * `performance.now()` passes `until` and tells whether the text is done, so a large text
   * can be encoded between frames. Codes are handed out in line order either way, so the
   * result is the same as `encode`'s. Other texts may not be encoded meanwhile.
   */
  start(text: string, like?: EncodedLines): EncodeJob {
    // No counting pass first: the arrays start at a guess and grow, so a large text is
    // read once and every step of the work happens inside `run`'s slices.
    let capacity = like ? like.codes.length + 16 : (text.length >> 5) + 16
    let starts = new Int32Array(capacity + 1)
    let codes = new Int32Array(capacity)
    const firstAt = like ? this.firstLines(like) : null
    let cursor = 0
    let start = 0
    let k = 0
    let encoded: EncodedLines | null = null
    const grow = () => {
      capacity *= 2
      starts = grown(starts, capacity + 1)
      codes = grown(codes, capacity)
    }
    const { lines } = this
    const length = text.length
    const run = (until: number): boolean => {
      // Every call encodes at least one batch, so a job always moves on. Each kind of text
      // has a loop of its own, as lean as it can be: a page's first diff runs it unoptimised.
      for (let first = true; start < length; first = false) {
        if (!first && until !== Infinity && performance.now() > until) return false
        const stop = k + BATCH
        if (!like || !firstAt) {
          while (k < stop && start < length) {
            if (k === capacity) grow()
            starts[k] = start
            const newline = text.indexOf('\n', start)
            const end = newline === -1 ? length : newline + 1
            codes[k++] = this.code(text.slice(start, end))
            start = end
          }
          continue
        }
        while (k < stop && start < length) {
          if (k === capacity) grow()
          starts[k] = start
          if (cursor < like.codes.length) {
            const guess = like.codes[cursor] as number
            const line = lines[guess] as string
            const ends = line.charCodeAt(line.length - 1) === 10 || start + line.length === length
            // slice + === beats startsWith(line, start) several times over in V8.
            if (ends && text.slice(start, start + line.length) === line) {
              codes[k++] = guess
              start += line.length
              cursor++
              continue
            }
          }
          const newline = text.indexOf('\n', start)
          const end = newline === -1 ? length : newline + 1
          const code = this.code(text.slice(start, end))
          codes[k++] = code
          start = end
          // Re-align with `like` after a line it does not have where we expected it.
          if (code < firstAt.length && (firstAt[code] as number) >= 0) {
            cursor = (firstAt[code] as number) + 1
          }
        }
      }
      return true
    }
    return {
      run,
      get progress() {
        return text.length === 0 ? 1 : start / text.length
      },
      result: () => {
        if (encoded) return encoded
        starts[k] = start
        const out = { text, starts: starts.slice(0, k + 1), codes: codes.slice(0, k) }
        if (start === text.length) encoded = out
        return out
      },
    }
  }

  /** For each code seen so far, the first line of `lines` holding it (-1 if none). */
  private firstLines(lines: EncodedLines): Int32Array {
    const first = new Int32Array(this.lines.length).fill(-1)
    for (let i = lines.codes.length - 1; i >= 0; i--) first[lines.codes[i] as number] = i
    return first
  }

  private code(line: string): number {
    let code = this.index.get(line)
    if (code === undefined) {
      code = this.lines.length
      this.lines.push(line)
      this.index.set(line, code)
    }
    return code
  }
}

/** Lines encoded between looks at the clock. */
const BATCH = 4096

/** A copy of `array` with room for `length` items. */
function grown(array: Int32Array, length: number): Int32Array<ArrayBuffer> {
  const copy = new Int32Array(length)
  copy.set(array)
  return copy
}
