import { useState } from 'react'
import type { MergeChange } from '../../core/merge/types'
import { DiffView } from '../DiffView/DiffView'
import type { ChangeSides } from './changeSides'
import type { ConflictResolverLabels } from './conflictResolverLabels'
import { ValueView } from './ValueView'

/** Props of `MergedChange`. */
export interface MergedChangeProps {
  /** The field's display name. */
  label: string
  from: MergeChange['from']
  /** Your value and the merged value at the change. */
  sides: ChangeSides
  labels: ConflictResolverLabels
}

// Room for a handful of lines: the summary is a review aid, not the main event.
const diffHeight = 200

/**
 * One automatically merged change as a native disclosure: the summary names the field and
 * whose change it was; opened, it shows your value against the merged one (a unified diff
 * for multi-line text, the two values as text otherwise).
 */
export function MergedChange({ label, from, sides, labels }: MergedChangeProps) {
  // The comparison mounts only while open, so a closed change costs no diff.
  const [isOpen, setIsOpen] = useState(false)
  const { mine, merged } = sides
  const isLines =
    typeof mine === 'string' &&
    typeof merged === 'string' &&
    (mine.includes('\n') || merged.includes('\n'))
  return (
    <details
      className="ck-ConflictResolver-changeDetails"
      onToggle={(event) => setIsOpen(event.currentTarget.open)}
    >
      <summary className="ck-ConflictResolver-changeSummary">
        {label} ({labels.changeFrom[from]})
      </summary>
      {isOpen && (
        <div className="ck-ConflictResolver-changeBody">
          {isLines ? (
            <DiffView
              original={mine}
              modified={merged}
              defaultMode="unified"
              height={diffHeight}
              showToolbar={false}
              labels={{
                original: labels.mine,
                modified: labels.afterMerge,
                region: labels.diffRegion(label),
              }}
            />
          ) : (
            <div className="ck-ConflictResolver-sides">
              <ValueView
                side="mine"
                heading={labels.mine}
                value={mine}
                labels={labels}
                absent={labels.absent}
              />
              <ValueView side="merged" heading={labels.afterMerge} value={merged} labels={labels} />
            </div>
          )}
        </div>
      )}
    </details>
  )
}
