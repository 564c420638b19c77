import type { CSSProperties } from 'react'
import type { DiffSide } from '../../core/diff/types'
import { VisuallyHidden } from '../shared/VisuallyHidden'
import { DiffText } from './DiffText'
import type { DiffViewLabels } from './diffViewLabels'
import type { DiffItem } from '../../core/diff/layoutRows'

/** Props of `DiffViewItem`. */
export interface DiffViewItemProps {
  item: DiffItem
  index: number
  /** Inline grid and height: the layout must hold even without styles.css. */
  style: CSSProperties
  isCurrent: boolean
  labels: DiffViewLabels
  onExpand: (foldId: number) => void
  /** Long lines wrap in their cell instead of being clipped. */
  wrap?: boolean
}

type SideChange = 'equal' | 'insert' | 'delete' | 'empty'

const cell: CSSProperties = { overflow: 'hidden', whiteSpace: 'pre', textOverflow: 'ellipsis' }
// Wrapped text keeps its spaces and breaks anywhere, so no line is wider than its column.
const wrappedText: CSSProperties = { whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }

function Sign({ change, labels }: { change: SideChange; labels: DiffViewLabels }) {
  return (
    <div className="ck-DiffView-sign" data-change={change} style={cell}>
      {change === 'insert' && (
        <>
          <span aria-hidden="true">+</span>
          <VisuallyHidden>{labels.added}</VisuallyHidden>
        </>
      )}
      {change === 'delete' && (
        <>
          <span aria-hidden="true">{'\u2212'}</span>
          <VisuallyHidden>{labels.removed}</VisuallyHidden>
        </>
      )}
    </div>
  )
}

function LineNumber({ side, value }: { side: 'original' | 'modified'; value: number | null }) {
  return (
    <div className="ck-DiffView-number" data-side={side} style={cell}>
      {value ?? ''}
    </div>
  )
}

function SideCells(props: {
  side: DiffSide | null
  which: 'original' | 'modified'
  change: SideChange
  labels: DiffViewLabels
  wrap: boolean
}) {
  const { side, which, change, labels, wrap } = props
  return (
    <>
      <LineNumber side={which} value={side?.number ?? null} />
      <Sign change={change} labels={labels} />
      <div
        className="ck-DiffView-text"
        dir="auto"
        data-side={which}
        data-change={change}
        style={wrap ? wrappedText : cell}
      >
        {side && change !== 'empty' && (
          <DiffText
            side={side}
            change={change}
            addedLabel={labels.added}
            removedLabel={labels.removed}
          />
        )}
      </div>
    </>
  )
}

/** One line of a `DiffView` (fixed height unless wrapped): a split row, a unified line or a fold button. */
export function DiffViewItem({
  item,
  index,
  style,
  isCurrent,
  labels,
  onExpand,
  wrap = false,
}: DiffViewItemProps) {
  if (item.type === 'fold') {
    return (
      <div
        className="ck-DiffView-row ck-DiffView-fold"
        data-change="fold"
        data-index={index}
        style={style}
      >
        <button
          type="button"
          className="ck-DiffView-expand"
          style={{ gridColumn: '1 / -1' }}
          onClick={() => onExpand(item.foldId)}
        >
          {labels.showUnchanged(item.count)}
        </button>
      </div>
    )
  }
  const common = {
    className: 'ck-DiffView-row',
    'data-index': index,
    'data-current': isCurrent ? '' : undefined,
    // Rows of the current change take focus when the person moves between changes.
    tabIndex: isCurrent ? -1 : undefined,
    style,
  }
  if (item.type === 'unified') {
    return (
      <div {...common} data-change={item.change}>
        <LineNumber side="original" value={item.oldNumber} />
        <LineNumber side="modified" value={item.newNumber} />
        <Sign change={item.change} labels={labels} />
        <div
          className="ck-DiffView-text"
          dir="auto"
          data-side={item.change === 'delete' ? 'original' : 'modified'}
          data-change={item.change}
          style={wrap ? wrappedText : cell}
        >
          <DiffText
            side={item.side}
            change={item.change}
            addedLabel={labels.added}
            removedLabel={labels.removed}
          />
        </div>
      </div>
    )
  }
  const { row } = item
  const oldChange: SideChange = !row.old ? 'empty' : row.change === 'equal' ? 'equal' : 'delete'
  const newChange: SideChange = !row.new ? 'empty' : row.change === 'equal' ? 'equal' : 'insert'
  return (
    <div {...common} data-change={row.change}>
      <SideCells side={row.old} which="original" change={oldChange} labels={labels} wrap={wrap} />
      <SideCells side={row.new} which="modified" change={newChange} labels={labels} wrap={wrap} />
    </div>
  )
}
