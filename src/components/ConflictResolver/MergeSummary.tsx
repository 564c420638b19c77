import type { MergeChange } from '../../core/merge/types'
import type { ConflictResolverLabels } from './conflictResolverLabels'

/** Props of `MergeSummary`. */
export interface MergeSummaryProps {
  changes: readonly MergeChange[]
  fieldLabel: (path: MergeChange['path']) => string
  labels: ConflictResolverLabels
}

/** "3 changes merged automatically: title (theirs), tags (yours)…" */
export function MergeSummary({ changes, fieldLabel, labels }: MergeSummaryProps) {
  return (
    <div className="ck-ConflictResolver-summary">
      <p>{labels.changesMerged(changes.length)}</p>
      {changes.length > 0 && (
        <ul className="ck-ConflictResolver-changes">
          {changes.map((change, i) => (
            <li key={i} className="ck-ConflictResolver-change" data-from={change.from}>
              {fieldLabel(change.path)} ({labels.changeFrom[change.from]})
            </li>
          ))}
        </ul>
      )}
    </div>
  )
}
