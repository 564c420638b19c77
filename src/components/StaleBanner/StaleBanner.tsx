import type { Ref } from 'react'
import type { OptimisticResourceBase } from '../../hooks/types'
import { cx } from '../shared/text'

/** Every text `StaleBanner` shows; pass some or all through `labels` to translate. */
export interface StaleBannerLabels {
  message: string
  review: string
  reload: string
}

/** English defaults for `StaleBanner`. */
export const defaultStaleBannerLabels: StaleBannerLabels = {
  message:
    'Changed by someone else since you started editing. Saving merges your changes with theirs.',
  review: 'Review changes',
  reload: 'Reload (discard my changes)',
}

/**
 * Props of `StaleBanner`. Plain props win over the matching `resource` fields.
 *
 * Class names: `ck-StaleBanner` (root), `-message`, `-actions`, `-review`, `-reload`.
 * Data attributes: `data-state="stale"` on the root (nothing renders when not stale).
 */
export interface StaleBannerProps {
  /** A `useOptimisticResource` result: `isStale`, and `discard` as the reload action. */
  resource?: Pick<OptimisticResourceBase<unknown>, 'isStale' | 'discard'>
  /** Defaults to `resource.isStale`, else `false`. */
  isStale?: boolean
  /** Shows the "Review changes" action; the app decides what reviewing opens. */
  onReview?: () => void
  /** Drops the draft and loads the server's version. Defaults to `resource.discard`. */
  onReload?: () => void
  labels?: Partial<StaleBannerLabels>
  className?: string
  ref?: Ref<HTMLDivElement>
}

/** "Changed by someone else since you started editing", with review and reload actions. */
export function StaleBanner({ resource, ref, className, onReview, ...props }: StaleBannerProps) {
  const labels = { ...defaultStaleBannerLabels, ...props.labels }
  const isStale = props.isStale ?? resource?.isStale ?? false
  const onReload = props.onReload ?? resource?.discard
  if (!isStale) return null
  return (
    // oxlint-disable-next-line jsx-a11y/prefer-tag-over-role -- a banner with actions, announced politely
    <div ref={ref} className={cx('ck-StaleBanner', className)} role="status" data-state="stale">
      <p className="ck-StaleBanner-message">{labels.message}</p>
      <div className="ck-StaleBanner-actions">
        {onReview && (
          <button type="button" className="ck-StaleBanner-review" onClick={onReview}>
            {labels.review}
          </button>
        )}
        {onReload && (
          <button type="button" className="ck-StaleBanner-reload" onClick={() => onReload()}>
            {labels.reload}
          </button>
        )}
      </div>
    </div>
  )
}
