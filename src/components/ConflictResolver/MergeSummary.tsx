import type { ComponentPropsWithoutRef, Ref } from 'react'
import type { MergeChange } from '../../core/merge/types'
import { cx } from '../shared/text'
import { changeSides } from './changeSides'
import type { ConflictResolverLabels } from './conflictResolverLabels'
import { MergedChange } from './MergedChange'

/** Props of `MergeSummary`. */
export interface MergeSummaryProps extends Omit<ComponentPropsWithoutRef<'div'>, 'children'> {
  changes: readonly MergeChange[]
  /** Your draft: each merged change is shown against it. */
  mine: unknown
  /** The merged value. */
  merged: unknown
  fieldLabel: (path: MergeChange['path']) => string
  labels: ConflictResolverLabels
  rootRef?: Ref<HTMLDivElement>
}

/**
 * "3 changes merged automatically: title (theirs), tags (kept from your version)…". A change
 * that alters what you wrote opens to show your value against the merged one.
 */
export function MergeSummary({
  changes,
  mine,
  merged,
  fieldLabel,
  labels,
  rootRef,
  ...rest
}: MergeSummaryProps) {
  return (
    <div {...rest} ref={rootRef} className={cx('ck-ConflictResolver-summary', rest.className)}>
      <p>{labels.changesMerged(changes.length)}</p>
      {changes.length > 0 && (
        <ul className="ck-ConflictResolver-changes">
          {changes.map((change, i) => {
            const label = fieldLabel(change.path)
            const path = change.path.join('.')
            // Your own changes are already in front of you; only the others need a look.
            const sides = change.from === 'mine' ? null : changeSides(mine, merged, change)
            const from =
              change.from === 'mine' ? labels.keptFromYours : labels.changeFrom[change.from]
            return (
              <li
                key={`${i}:${path}`}
                className="ck-ConflictResolver-change"
                data-from={change.from}
                data-path={path}
              >
                {sides ? (
                  <MergedChange label={label} from={change.from} sides={sides} labels={labels} />
                ) : (
                  `${label} (${from})`
                )}
              </li>
            )
          })}
        </ul>
      )}
    </div>
  )
}
