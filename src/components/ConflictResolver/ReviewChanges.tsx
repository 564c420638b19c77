import type { ComponentPropsWithoutRef, Ref } from 'react'
import { getAtPath } from '../../core/merge/getAtPath'
import { jsonEqual } from '../../core/merge/jsonEqual'
import { printValue } from '../../core/resolution/printValue'
import type { ResourceConflict } from '../../core/resource/types'
import { DiffView } from '../DiffView/DiffView'
import { cx } from '../shared/text'
import type { ConflictResolverLabels } from './conflictResolverLabels'

// Strings go to DiffView whole (it bounds its own work); other values as a bounded preview.
const asText = (value: unknown): string =>
  typeof value === 'string' ? value : printValue(value).text

/** Props of `ReviewChanges`. */
export interface ReviewChangesProps<T> extends Omit<ComponentPropsWithoutRef<'div'>, 'children'> {
  conflict: ResourceConflict<T>
  /** What will be saved. */
  result: T
  fieldLabel: (path: (string | number)[]) => string
  labels: ConflictResolverLabels
  rootRef?: Ref<HTMLDivElement>
}

/**
 * What saving will do to the server's current version, field by field: theirs on the left,
 * the result on the right, so the colleague's text reads as the starting point and every
 * highlighted change is one this save makes.
 */
export function ReviewChanges<T>({
  conflict,
  result,
  fieldLabel,
  labels,
  rootRef,
  ...rest
}: ReviewChangesProps<T>) {
  const fields = conflict.conflicts
    .map((c) => ({
      path: c.path,
      theirs: getAtPath(conflict.theirs, c.path),
      saved: getAtPath(result, c.path),
    }))
    .filter((f) => !jsonEqual(f.theirs, f.saved))
  return (
    <div {...rest} ref={rootRef} className={cx('ck-ConflictResolver-review', rest.className)}>
      {fields.length === 0 ? (
        <p>{labels.changesMerged(0)}</p>
      ) : (
        fields.map((f) => {
          const label = fieldLabel(f.path)
          return (
            <section
              key={f.path.join('.')}
              className="ck-ConflictResolver-reviewField"
              aria-label={labels.diffRegion(label)}
            >
              <h4 className="ck-ConflictResolver-field">
                <bdi>{label}</bdi>
              </h4>
              <DiffView
                original={asText(f.theirs)}
                modified={asText(f.saved)}
                height={360}
                // Both columns stay on screen, even on a phone: long lines wrap.
                wrap
                labels={{
                  original: labels.theirs,
                  modified: labels.willSave,
                  region: `${labels.review}: ${label}`,
                }}
              />
            </section>
          )
        })
      )}
    </div>
  )
}
