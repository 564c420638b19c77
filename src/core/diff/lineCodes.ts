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

const FNV_OFFSET = 0x811c9dc5 | 0
const FNV_PRIME = 0x01000193

/**
 * Gives every distinct line a small integer code, shared by all texts encoded by one
 * instance, so diffs compare integers, with no limit on the number of distinct lines
 * (diff-match-patch's line mode stops at 65,535). Lines are hashed in place: no string is
 * made per line, only one per distinct line, which keeps large documents cheap.
 */
export class LineCodes {
  private slots = new Int32Array(1 << 12)
  private readonly hashes: number[] = []
  private readonly lines: string[] = []

  /** The number of distinct lines seen so far (codes are `0 .. size - 1`). */
  get size(): number {
    return this.lines.length
  }

  /** Cuts `text` into lines and encodes them. */
  encode(text: string): EncodedLines {
    let n = 0
    for (let at = text.indexOf('\n'); at !== -1; at = text.indexOf('\n', at + 1)) n++
    if (text.length > 0 && text.charCodeAt(text.length - 1) !== 10) n++
    const starts = new Int32Array(n + 1)
    const codes = new Int32Array(n)
    let start = 0
    let h = FNV_OFFSET
    let k = 0
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i)
      h = Math.imul(h ^ c, FNV_PRIME)
      if (c === 10) {
        starts[k] = start
        codes[k++] = this.code(text, start, i + 1, h)
        start = i + 1
        h = FNV_OFFSET
      }
    }
    if (start < text.length) {
      starts[k] = start
      codes[k] = this.code(text, start, text.length, h)
    }
    starts[n] = text.length
    return { text, starts, codes }
  }

  private code(text: string, start: number, end: number, hash: number): number {
    let mask = this.slots.length - 1
    let at = hash & mask
    for (;;) {
      const slot = this.slots[at] as number
      if (slot === 0) break
      const code = slot - 1
      if (this.hashes[code] === hash) {
        const line = this.lines[code] as string
        if (line.length === end - start && text.startsWith(line, start)) return code
      }
      at = (at + 1) & mask
    }
    const code = this.lines.length
    this.lines.push(text.slice(start, end))
    this.hashes.push(hash)
    if ((code + 1) * 2 > this.slots.length) {
      this.grow()
      mask = this.slots.length - 1
      at = hash & mask
      while (this.slots[at] !== 0) at = (at + 1) & mask
    }
    this.slots[at] = code + 1
    return code
  }

  private grow(): void {
    const slots = new Int32Array(this.slots.length * 2)
    const mask = slots.length - 1
    for (let code = 0; code < this.lines.length - 1; code++) {
      let at = (this.hashes[code] as number) & mask
      while (slots[at] !== 0) at = (at + 1) & mask
      slots[at] = code + 1
    }
    this.slots = slots
  }
}
