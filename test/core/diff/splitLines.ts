/**
 * Test helper: splits a text into lines that keep their terminators (`'a\n'`, `'b\r\n'`, and a last
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
