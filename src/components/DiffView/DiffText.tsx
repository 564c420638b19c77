import type { DiffSide } from '../../core/diff/types'
import { VisuallyHidden } from '../shared/VisuallyHidden'

/** Props of `DiffText`. */
export interface DiffTextProps {
  side: DiffSide
  /** How the whole line changed; `equal` lines render as plain text. */
  change: 'equal' | 'insert' | 'delete'
  /** Read before word-level inserted runs. */
  addedLabel: string
  /** Read before word-level deleted runs. */
  removedLabel: string
}

/**
 * One side's text. Changed words become `<ins>` / `<del>` (so the change is carried by
 * semantics, not colour); a wholly inserted or deleted line is one `<ins>` / `<del>`.
 * Everything is a text node: diff content is never parsed as HTML.
 */
export function DiffText({ side, change, addedLabel, removedLabel }: DiffTextProps) {
  if (change === 'equal') return <>{side.text}</>
  const segments = side.segments
  if (!segments) {
    return change === 'insert' ? (
      <ins className="ck-DiffView-ins">{side.text}</ins>
    ) : (
      <del className="ck-DiffView-del">{side.text}</del>
    )
  }
  return (
    <>
      {segments.map((segment, i) => {
        if (segment.change === 'insert') {
          return (
            <ins key={i} className="ck-DiffView-ins" data-change="insert">
              <VisuallyHidden>{addedLabel} </VisuallyHidden>
              {segment.text}
            </ins>
          )
        }
        if (segment.change === 'delete') {
          return (
            <del key={i} className="ck-DiffView-del" data-change="delete">
              <VisuallyHidden>{removedLabel} </VisuallyHidden>
              {segment.text}
            </del>
          )
        }
        return <span key={i}>{segment.text}</span>
      })}
    </>
  )
}
