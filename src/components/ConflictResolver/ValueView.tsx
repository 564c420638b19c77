import { boundText, printValue } from '../../core/resolution/printValue'
import type { ConflictResolverLabels } from './conflictResolverLabels'

/** Props of `ValueView`. */
export interface ValueViewProps {
  side: 'base' | 'mine' | 'theirs' | 'merged' | 'result'
  heading: string
  value: unknown
  labels: ConflictResolverLabels
  /** Text for a missing value. Defaults to `labels.removed`. */
  absent?: string
  /** Marks the side as kept by the decision, with this word after the heading. */
  chosen?: string
  /** The value is a placeholder ("Not decided yet"), shown muted. */
  isPlaceholder?: boolean
}

function display(value: unknown, labels: ConflictResolverLabels, absent: string): string {
  if (value === undefined) return absent
  if (value === '') return labels.empty
  if (typeof value === 'string') return boundText(value)
  return printValue(value).text
}

/**
 * One side of a conflict, as text (strings verbatim, other values as JSON), printed within
 * `previewBounds` whatever the value's depth and size.
 */
export function ValueView({
  side,
  heading,
  value,
  labels,
  absent,
  chosen,
  isPlaceholder,
}: ValueViewProps) {
  const muted = isPlaceholder || value === undefined || value === ''
  return (
    <div
      className="ck-ConflictResolver-side"
      data-side={side}
      data-chosen={chosen ? '' : undefined}
    >
      <div className="ck-ConflictResolver-sideHeading">
        {heading}
        {chosen && <span className="ck-ConflictResolver-kept"> · {chosen}</span>}
      </div>
      {/* pre-wrap keeps line breaks and indentation; anywhere-wrapping tames very long lines */}
      <div
        className="ck-ConflictResolver-value"
        dir="auto"
        data-empty={muted ? '' : undefined}
        style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}
      >
        {display(value, labels, absent ?? labels.removed)}
      </div>
    </div>
  )
}
