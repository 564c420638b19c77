import { sliceLines } from '../diff/lineCodes'
import type { EncodedLines } from '../diff/lineCodes'
import type { TextConflict } from './types'

/** How conflict markers are written. */
export interface MarkerOptions {
  /** Labels after the markers. Defaults to `{ mine: 'mine', base: 'base', theirs: 'theirs' }`. */
  labels?: { mine?: string; base?: string; theirs?: string }
  /** Add the base text in a `|||||||` section (diff3 style). Defaults to `false`. */
  showBase?: boolean
  /** Length of the marker runs. Defaults to `7`. */
  markerSize?: number
}

/** The lines of the three texts. */
export interface MergeLines {
  base: EncodedLines
  mine: EncodedLines
  theirs: EncodedLines
}

/**
 * Whether line `i` ends in CRLF: 1 yes, 0 no, -1 unknown. A last line without terminator
 * takes the ending of the line before it.
 */
function crlfAt(lines: EncodedLines, i: number): number {
  const n = lines.codes.length
  if (n === 0) return -1
  const line = sliceLines(lines, i, i + 1)
  if (i < n - 1 || line.endsWith('\n')) return line.endsWith('\r\n') ? 1 : 0
  if (i === 0) return -1
  return sliceLines(lines, i - 1, i).endsWith('\r\n') ? 1 : 0
}

/**
 * Marker lines use CRLF only when the lines before the conflict on both sides (and the
 * base's first line) do, the way git decides, so a CRLF file stays CRLF throughout.
 */
function markerEol(c: TextConflict, lines: MergeLines): string {
  let crlf = crlfAt(lines.mine, Math.max(c.mineRange[0] - 1, 0))
  if (crlf !== 0) crlf = crlfAt(lines.theirs, Math.max(c.theirsRange[0] - 1, 0))
  if (crlf !== 0) crlf = crlfAt(lines.base, 0)
  return crlf === 1 ? '\r\n' : '\n'
}

/** A side's text inside markers: a missing final line terminator is added. */
function section(text: string, eol: string): string {
  return text === '' || text.endsWith('\n') ? text : text + eol
}

/**
 * Writes one conflict with markers, byte for byte as `git merge-file` does
 * (`git merge-file --diff3` when `showBase`).
 */
export function conflictMarkers(c: TextConflict, lines: MergeLines, opts: MarkerOptions): string {
  const size = opts.markerSize ?? 7
  const labels = opts.labels ?? {}
  const eol = markerEol(c, lines)
  const marker = (ch: string, label: string | undefined): string =>
    ch.repeat(size) + (label === undefined ? '' : ` ${label}`) + eol
  let out = marker('<', labels.mine ?? 'mine') + section(c.mine, eol)
  if (opts.showBase) out += marker('|', labels.base ?? 'base') + section(c.base, eol)
  out += marker('=', undefined) + section(c.theirs, eol)
  return out + marker('>', labels.theirs ?? 'theirs')
}
