/**
 * Splits a text into lines that keep their terminators (`'a\n'`, `'b\r\n'`, and a last
 * `'c'` without one), so joining the result gives the text back byte for byte. Lines that
 * differ only in their ending compare unequal, as they do for `git merge-file`.
 */
export function splitLines(text: string): string[] {
  const lines: string[] = []
  let start = 0
  for (;;) {
    const end = text.indexOf('\n', start)
    if (end === -1) break
    lines.push(text.slice(start, end + 1))
    start = end + 1
  }
  if (start < text.length) lines.push(text.slice(start))
  return lines
}

/** The line terminator a line from `splitLines` carries. */
export function lineEnding(line: string): '\n' | '\r\n' | '' {
  if (!line.endsWith('\n')) return ''
  return line.endsWith('\r\n') ? '\r\n' : '\n'
}

/**
 * Gives every distinct line a small integer code, shared across all texts encoded by one
 * instance, so diffs compare integers instead of strings and have no limit on the number
 * of distinct lines (unlike diff-match-patch's 16-bit line encoding).
 */
export class LineCodes {
  private readonly codes = new Map<string, number>()

  /** The number of distinct lines seen so far (codes are `0 .. size - 1`). */
  get size(): number {
    return this.codes.size
  }

  /** Encodes lines to their codes. */
  encode(lines: readonly string[]): Int32Array {
    const out = new Int32Array(lines.length)
    const codes = this.codes
    for (let i = 0; i < lines.length; i++) {
      const line = lines[i] as string
      let code = codes.get(line)
      if (code === undefined) {
        code = codes.size
        codes.set(line, code)
      }
      out[i] = code
    }
    return out
  }
}
