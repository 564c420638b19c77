import type { MergePath } from '../../core/merge/types'
import type { AutoMerge } from '../../core/resource/types'
import type { ConflictResolverLabels } from './conflictResolverLabels'
import { MergeSummary } from './MergeSummary'
import { NoticeFrame } from './NoticeFrame'

/** Props of `AutoMergedNotice`. */
export interface AutoMergedNoticeProps<T> {
  autoMerged: AutoMerge<T>
  /** Undoes the merge; absent when there is no way to (none given, or refused). */
  onUndo?: () => void
  onDismiss: () => void
  isUndoing: boolean
  /** Why the undo did not happen, once it was tried. */
  error: string | null
  fieldLabel: (path: MergePath) => string
  labels: ConflictResolverLabels
  headingLevel: 2 | 3 | 4
  className?: string
}

/**
 * A clean merge that was saved without review (`autoMerge: 'save'`): what was combined (each
 * change opens to show your draft against the merged value), Undo merge and OK. Non-modal; it
 * takes no focus when it appears and gives it back when it goes.
 */
export function AutoMergedNotice<T>(props: AutoMergedNoticeProps<T>) {
  const { autoMerged, labels, isUndoing, error, onUndo } = props
  return (
    <NoticeFrame
      state="saved"
      title={labels.autoMergedTitle}
      text={labels.autoMergedNotice}
      isBusy={isUndoing}
      headingLevel={props.headingLevel}
      className={props.className}
    >
      <MergeSummary
        changes={autoMerged.conflict.changes}
        mine={autoMerged.conflict.mine}
        merged={autoMerged.saved.value}
        fieldLabel={props.fieldLabel}
        labels={labels}
      />
      {error !== null && (
        <p className="ck-ConflictResolver-error" role="alert">
          {error}
        </p>
      )}
      <div className="ck-ConflictResolver-actions">
        {onUndo && (
          <button
            type="button"
            className="ck-ConflictResolver-undo"
            aria-disabled={isUndoing || undefined}
            onClick={() => {
              if (!isUndoing) onUndo()
            }}
          >
            {isUndoing ? labels.undoingMerge : labels.undoMerge}
          </button>
        )}
        <button type="button" className="ck-ConflictResolver-dismiss" onClick={props.onDismiss}>
          {labels.ok}
        </button>
      </div>
    </NoticeFrame>
  )
}
