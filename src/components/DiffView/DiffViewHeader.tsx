import type { CSSProperties } from 'react'
import type { DiffViewLabels } from './diffViewLabels'
import type { DiffViewMode } from '../../core/diff/layoutRows'

/** The sticky first row naming the two sides (two columns split, a signed legend unified). */
export function DiffViewHeader(props: {
  mode: DiffViewMode
  labels: DiffViewLabels
  style: CSSProperties
}) {
  const { mode, labels, style } = props
  return (
    <div className="ck-DiffView-header" style={{ ...style, position: 'sticky', top: 0, zIndex: 1 }}>
      {mode === 'split' ? (
        <>
          <div style={{ gridColumn: '1 / 4' }} data-side="original">
            {labels.original}
          </div>
          <div style={{ gridColumn: '4 / 7' }} data-side="modified">
            {labels.modified}
          </div>
        </>
      ) : (
        <div style={{ gridColumn: '1 / -1' }}>
          <span data-side="original">
            <span aria-hidden="true">{'\u2212 '}</span>
            {labels.original}
          </span>{' '}
          <span data-side="modified">
            <span aria-hidden="true">{'+ '}</span>
            {labels.modified}
          </span>
        </div>
      )}
    </div>
  )
}
