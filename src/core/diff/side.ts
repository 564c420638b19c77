import type { EncodedLines } from './lineCodes'
import type { DiffSide } from './types'

/** Line `index` (0-based) of an encoded text as a row side, its terminator split off. */
export function side(lines: EncodedLines, index: number): DiffSide {
  const start = lines.starts[index] as number
  let end = lines.starts[index + 1] as number
  let newline: DiffSide['newline'] = ''
  if (lines.text.charCodeAt(end - 1) === 10) {
    const crlf = end - 2 >= start && lines.text.charCodeAt(end - 2) === 13
    newline = crlf ? '\r\n' : '\n'
    end -= newline.length
  }
  return { number: index + 1, text: lines.text.slice(start, end), newline }
}
