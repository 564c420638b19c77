import type { DiffSegment } from '../../core/diff/types'

/**
 * One side's text with what it changed against the base marked word by word: removed words
 * as `<del>`, written words as `<ins>` (struck and underlined, so colour is not the only cue).
 */
export function WordText({ segments }: { segments: readonly DiffSegment[] }) {
  return segments.map((s, i) =>
    s.change === 'equal' ? (
      s.text
    ) : s.change === 'insert' ? (
      <ins key={i} className="ck-ConflictResolver-ins">
        {s.text}
      </ins>
    ) : (
      <del key={i} className="ck-ConflictResolver-del">
        {s.text}
      </del>
    ),
  )
}
