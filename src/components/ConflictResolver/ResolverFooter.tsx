import { useEffect, useRef } from 'react'
import type { ConflictResolverLabels } from './conflictResolverLabels'
import { useResolverContext } from './resolverContext'

/** Props of `ResolverFooter`. */
export interface ResolverFooterProps {
  onSave: () => void
  onDiscard?: () => void
  canSave: boolean
  isSaving: boolean
  isReviewing: boolean
  onReviewChange: (isReviewing: boolean) => void
  labels: ConflictResolverLabels
}

/**
 * The sticky footer: the live count of undecided slots, previous / next undecided, bulk
 * choices for the rest, review, save and discard. Buttons that cannot act are
 * `aria-disabled` rather than `disabled`, so one that had focus keeps it (a disabled
 * element drops focus to `<body>`).
 */
export function ResolverFooter(props: ResolverFooterProps) {
  const { resolution, navigate } = useResolverContext()
  const { labels, isSaving } = props
  const { status, undecidedCount } = resolution
  const text =
    status === 'clean'
      ? labels.cleanStatus
      : status === 'undecided'
        ? labels.pending(undecidedCount)
        : labels.allDecided
  // Live regions announce changes, not what is there on mount: the text goes in after the
  // region exists. React renders no children into it, so writing it here cannot clash.
  const statusRef = useRef<HTMLOutputElement>(null)
  useEffect(() => {
    if (statusRef.current) statusRef.current.textContent = text
  }, [text])
  const none = undecidedCount === 0
  const saveBlocked = !props.canSave || isSaving
  return (
    <div className="ck-ConflictResolver-footer">
      <output ref={statusRef} className="ck-ConflictResolver-status" aria-live="polite" />
      {status !== 'clean' && (
        <div className="ck-ConflictResolver-nav">
          <button
            type="button"
            className="ck-ConflictResolver-previous"
            aria-keyshortcuts="Alt+ArrowUp"
            aria-disabled={none || undefined}
            onClick={() => navigate(-1)}
          >
            {labels.previous}
          </button>
          <button
            type="button"
            className="ck-ConflictResolver-next"
            aria-keyshortcuts="Alt+ArrowDown"
            aria-disabled={none || undefined}
            onClick={() => navigate(1)}
          >
            {labels.next}
          </button>
          <button
            type="button"
            className="ck-ConflictResolver-acceptAll"
            data-side="mine"
            aria-disabled={none || undefined}
            onClick={() => resolution.acceptAll('mine')}
          >
            {labels.acceptAllMine}
          </button>
          <button
            type="button"
            className="ck-ConflictResolver-acceptAll"
            data-side="theirs"
            aria-disabled={none || undefined}
            onClick={() => resolution.acceptAll('theirs')}
          >
            {labels.acceptAllTheirs}
          </button>
        </div>
      )}
      <div className="ck-ConflictResolver-actions">
        <button
          type="button"
          className="ck-ConflictResolver-save"
          aria-disabled={saveBlocked || undefined}
          onClick={() => {
            if (!saveBlocked) props.onSave()
          }}
        >
          {isSaving ? labels.saving : status === 'clean' ? labels.saveMerged : labels.save}
        </button>
        {status !== 'clean' && (
          <button
            type="button"
            className="ck-ConflictResolver-reviewToggle"
            aria-pressed={props.isReviewing}
            data-state={props.isReviewing ? 'on' : 'off'}
            onClick={() => props.onReviewChange(!props.isReviewing)}
          >
            {labels.review}
          </button>
        )}
        {props.onDiscard && (
          <button type="button" className="ck-ConflictResolver-discard" onClick={props.onDiscard}>
            {labels.discard}
          </button>
        )}
      </div>
    </div>
  )
}
