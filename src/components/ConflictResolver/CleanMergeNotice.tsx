import type { Ref } from 'react'
import { useRef } from 'react'
import type { MergePath } from '../../core/merge/types'
import type { ConflictResolution } from '../../hooks/useConflictResolution'
import { useReturnFocus } from '../shared/hooks'
import { cx } from '../shared/text'
import type { ConflictResolverLabels } from './conflictResolverLabels'
import * as Resolver from './parts'

/** Props of `CleanMergeNotice`. */
export interface CleanMergeNoticeProps<T> {
  /** The resolution of a clean merge (nothing to decide: Save stores `merged`). */
  resolution: ConflictResolution<T>
  onResolve?: (value: T) => unknown
  onReview: () => void
  onDismiss: () => void
  isSaving: boolean
  fieldLabel: (path: MergePath) => string
  labels: ConflictResolverLabels
  headingLevel: 2 | 3 | 4
  className?: string
  /** The Save button (focused when the notice replaces a control that had focus: an undone merge). */
  saveRef?: Ref<HTMLButtonElement>
}

/**
 * A clean merge held for one click, without a modal, composed of the resolver's parts: what
 * was combined (each change opens to show your draft against the merged value), Save, Review
 * (the full view) and Not now. It takes no focus when it appears; when it goes away with
 * focus inside, focus goes back to where it was when it appeared, never to `<body>`.
 */
export function CleanMergeNotice<T>({ saveRef, labels, ...props }: CleanMergeNoticeProps<T>) {
  const ref = useRef<HTMLElement>(null)
  useReturnFocus(ref)
  return (
    <Resolver.Root
      ref={ref}
      as="section"
      resolution={props.resolution}
      onResolve={props.onResolve}
      isSaving={props.isSaving}
      labels={labels}
      fieldLabel={props.fieldLabel}
      className={cx('ck-ConflictResolver-notice', props.className)}
      data-variant="notice"
    >
      <Resolver.Title level={props.headingLevel} tabIndex={undefined} />
      <output className="ck-ConflictResolver-noticeText">{labels.cleanNotice}</output>
      <Resolver.Summary />
      <div className="ck-ConflictResolver-actions">
        <Resolver.Save ref={saveRef} />
        <button type="button" className="ck-ConflictResolver-reviewToggle" onClick={props.onReview}>
          {labels.reviewMerge}
        </button>
        <button type="button" className="ck-ConflictResolver-dismiss" onClick={props.onDismiss}>
          {labels.notNow}
        </button>
      </div>
    </Resolver.Root>
  )
}
