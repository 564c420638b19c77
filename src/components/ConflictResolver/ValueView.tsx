import type { ConflictResolverLabels } from './conflictResolverLabels'

/** Props of `ValueView`. */
export interface ValueViewProps {
  side: 'base' | 'mine' | 'theirs' | 'merged'
  heading: string
  value: unknown
  labels: ConflictResolverLabels
  /** Text for a missing value. Defaults to `labels.removed`. */
  absent?: string
}

function display(value: unknown, labels: ConflictResolverLabels, absent: string): string {
  if (value === undefined) return absent
  if (value === '') return labels.empty
  if (typeof value === 'string') return value
  try {
    return JSON.stringify(value, null, 2) ?? String(value)
  } catch {
    return String(value)
  }
}

/** One side of a conflict, as text (strings verbatim, other values as JSON). */
export function ValueView({ side, heading, value, labels, absent }: ValueViewProps) {
  return (
    <div className="ck-ConflictResolver-side" data-side={side}>
      <div className="ck-ConflictResolver-sideHeading">{heading}</div>
      {/* pre-wrap keeps line breaks and indentation; anywhere-wrapping tames very long lines */}
      <div
        className="ck-ConflictResolver-value"
        dir="auto"
        data-empty={value === undefined || value === '' ? '' : undefined}
        style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}
      >
        {display(value, labels, absent ?? labels.removed)}
      </div>
    </div>
  )
}
