import type { Ref } from 'react'
import type { MergePath } from '../../core/merge/types'
import type { ResourceConflict } from '../../core/resource/types'
import type { ConflictResolverLabels } from './conflictResolverLabels'
import { MergeSummary } from './MergeSummary'
import { NoticeFrame } from './NoticeFrame'

/** Props of `CleanMergeNotice`. */
export interface CleanMergeNoticeProps<T> {
  conflict: ResourceConflict<T>
  onSave: () => void
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
 * A clean merge held for one click, without a modal: what was combined (each change opens
 * to show your draft against the merged value), Save, Review (the full view) and Not now.
 * It takes no focus when it appears; when it goes away with focus inside, focus goes back
 * to where it was when it appeared, never to `<body>`.
 */
export function CleanMergeNotice<T>({ saveRef, ...props }: CleanMergeNoticeProps<T>) {
  const { conflict, labels, isSaving } = props
  return (
    <NoticeFrame
      state="clean"
      title={labels.cleanTitle}
      text={labels.cleanNotice}
      isBusy={isSaving}
      headingLevel={props.headingLevel}
      className={props.className}
    >
      <MergeSummary
        changes={conflict.changes}
        mine={conflict.mine}
        merged={conflict.merged}
        fieldLabel={props.fieldLabel}
        labels={labels}
      />
      <div className="ck-ConflictResolver-actions">
        <button
          ref={saveRef}
          type="button"
          className="ck-ConflictResolver-save"
          aria-disabled={isSaving || undefined}
          onClick={() => {
            if (!isSaving) props.onSave()
          }}
        >
          {isSaving ? labels.saving : labels.saveMerged}
        </button>
        <button type="button" className="ck-ConflictResolver-reviewToggle" onClick={props.onReview}>
          {labels.reviewMerge}
        </button>
        <button type="button" className="ck-ConflictResolver-dismiss" onClick={props.onDismiss}>
          {labels.notNow}
        </button>
      </div>
    </NoticeFrame>
  )
}
