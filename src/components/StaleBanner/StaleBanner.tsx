import type { ReactNode, Ref } from 'react'
import type { ResourceViewFlags } from '../../core/resource/deriveResourceState'
import type { OptimisticResourceActions } from '../../hooks/types'
import { cx } from '../shared/text'
import { withRefProp } from '../shared/withRefProp'

/** Every text `StaleBanner` shows; pass some or all through `labels` to translate. */
export interface StaleBannerLabels {
  message: string
  /** The message when the server said who changed it; `name` arrives bidi-isolated. */
  messageBy: (name: ReactNode) => ReactNode
  review: string
  reload: string
}

/** English defaults for `StaleBanner`. */
export const defaultStaleBannerLabels: StaleBannerLabels = {
  message:
    'Changed by someone else since you started editing. Saving merges your changes with theirs.',
  messageBy: (name) => (
    <>Changed by {name} since you started editing. Saving merges your changes with theirs.</>
  ),
  review: 'Review changes',
  reload: 'Reload (discard my changes)',
}

/**
 * Props of `StaleBanner`. Plain props win over the matching `resource` fields.
 *
 * Class names: `ck-StaleBanner` and its parts, each listed with what carries it in
 * `../classNames.ts` (the README's class-name table).
 *
 * Data attributes: `data-state="stale"` on the root (nothing renders when not stale).
 */
export interface StaleBannerProps {
  /** A `useOptimisticResource` result: `isStale`, `theirs`, and `discard` as the reload action. */
  resource?: Pick<ResourceViewFlags<unknown>, 'isStale'> &
    Pick<OptimisticResourceActions<unknown>, 'discard'> &
    Partial<Pick<ResourceViewFlags<unknown>, 'theirs'>>
  /** Defaults to `resource.isStale`, else `false`. */
  isStale?: boolean
  /**
   * Who made the newer version, when the server says: a name, or a function reading it from
   * the newer value (`(doc) => doc.updatedBy`). Shown as text. Defaults to none ("someone else").
   */
  changedBy?: string | null | ((theirs: unknown) => unknown)
  /** Shows the "Review changes" action; the app decides what reviewing opens. */
  onReview?: () => void
  /**
   * Drops the draft and loads the server's version. Defaults to `resource.discard` (which
   * can be undone). The banner goes away with it: the app moves focus, e.g. to its undo.
   */
  onReload?: () => void
  labels?: Partial<StaleBannerLabels>
  className?: string
  ref?: Ref<HTMLDivElement>
}

// Only a short, non-empty string is shown as a name; anything else reads as "someone else".
function nameOf(changedBy: StaleBannerProps['changedBy'], theirs: unknown): string | null {
  const found = typeof changedBy === 'function' ? changedBy(theirs) : changedBy
  if (typeof found !== 'string') return null
  const name = found.trim()
  return name.length > 0 && name.length <= 200 ? name : null
}

/** "Changed by someone else since you started editing", with review and reload actions. */
export const StaleBanner = withRefProp(StaleBannerView, 'StaleBanner')
function StaleBannerView({
  resource,
  ref,
  className,
  onReview,
  changedBy,
  ...props
}: StaleBannerProps) {
  const labels = { ...defaultStaleBannerLabels, ...props.labels }
  const isStale = props.isStale ?? resource?.isStale ?? false
  const onReload = props.onReload ?? resource?.discard
  if (!isStale) return null
  const name = nameOf(changedBy, resource?.theirs?.value)
  return (
    // oxlint-disable-next-line jsx-a11y/prefer-tag-over-role -- a banner with actions, announced politely
    <div ref={ref} className={cx('ck-StaleBanner', className)} role="status" data-state="stale">
      <p className="ck-StaleBanner-message">
        {name === null
          ? labels.message
          : labels.messageBy(<bdi className="ck-StaleBanner-name">{name}</bdi>)}
      </p>
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
