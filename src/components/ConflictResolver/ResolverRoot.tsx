import type { HTMLAttributes, KeyboardEvent, ReactElement, ReactNode, Ref } from 'react'
import { forwardRef, useId, useRef } from 'react'
import type { MergePath } from '../../core/merge/types'
import type { ConflictResolution } from '../../hooks/useConflictResolution'
import { useControllableState } from '../shared/hooks'
import { cx } from '../shared/text'
import {
  defaultConflictResolverLabels,
  type ConflictResolverLabels,
} from './conflictResolverLabels'
import {
  composeHandlers,
  ResolverContext,
  type ResolverContextValue,
  type ResolverLayout,
} from './resolverContext'
import { useSlotNavigation } from './useSlotNavigation'

/**
 * Props of `Resolver.Root`. It takes the resolution alone: the conflict comes with it, so
 * the slots, their sides and the value to save can never be read from two different
 * conflicts. Other attributes go to the root element.
 *
 * Data attributes: `data-state="clean|conflict|resolved"` (nothing to decide, decisions
 * missing, ready to save), `data-layout="two-column|three-column"`; `aria-busy` while saving.
 */
export interface RootProps<T> extends Omit<HTMLAttributes<HTMLElement>, 'children'> {
  /** A `useConflictResolution` result; nothing renders while its `conflict` is null. */
  resolution: ConflictResolution<T>
  labels?: Partial<ConflictResolverLabels>
  /** Controlled layout of each hunk's sides. */
  layout?: ResolverLayout
  /** Initial layout when uncontrolled. Defaults to `'two-column'`. */
  defaultLayout?: ResolverLayout
  onLayoutChange?: (layout: ResolverLayout) => void
  /** Controlled: whether `Resolver.Review` shows in place of `Resolver.Slots`. */
  isReviewing?: boolean
  /** Initial review state when uncontrolled. Defaults to `false`. */
  defaultReviewing?: boolean
  /** Review toggled, or closed by a move to another slot. */
  onReviewingChange?: (isReviewing: boolean) => void
  /** Display name of a path. Defaults to the dotted path (`labels.root` for the root). */
  fieldLabel?: (path: MergePath) => string
  /** What `Resolver.Save` does with `resolution.result`. Without it Save cannot act. */
  onResolve?: (value: T) => unknown
  /** Save in flight: `Resolver.Save` cannot act and the root is `aria-busy`. Defaults to `false`. */
  isSaving?: boolean
  /** What `Resolver.Discard` does. */
  onDiscard?: () => void
  /**
   * Id of `Resolver.Title`, for an element outside the root that it names (a dialog).
   * Defaults to a generated id.
   */
  titleId?: string
  /** The root element: a `section` is a region named by `Resolver.Title`. Defaults to `'div'`. */
  as?: 'div' | 'section'
  children?: ReactNode
}

function RootImpl<T>(props: RootProps<T>, ref: Ref<HTMLElement>) {
  const {
    resolution,
    labels: ownLabels,
    layout: layoutProp,
    defaultLayout,
    onLayoutChange,
    isReviewing: reviewingProp,
    defaultReviewing,
    onReviewingChange,
    fieldLabel,
    onResolve,
    isSaving = false,
    onDiscard,
    titleId,
    as: Element = 'div',
    className,
    children,
    ...rest
  } = props
  const idPrefix = useId()
  const scroller = useRef<HTMLDivElement>(null)
  const [layout, setLayout] = useControllableState(
    layoutProp,
    defaultLayout ?? 'two-column',
    onLayoutChange,
  )
  const [isReviewing, setReviewing] = useControllableState(
    reviewingProp,
    defaultReviewing ?? false,
    onReviewingChange,
  )
  const navigate = useSlotNavigation(resolution as ConflictResolution<unknown>, idPrefix, () => {
    if (isReviewing) setReviewing(false)
  })
  const conflict = resolution.conflict
  if (conflict === null) return null
  const labels = { ...defaultConflictResolverLabels, ...ownLabels }
  const ownTitleId = titleId ?? `${idPrefix}-title`
  const value: ResolverContextValue<T> = {
    resolution,
    conflict,
    labels,
    layout,
    setLayout,
    fieldLabel: fieldLabel ?? ((path: MergePath) => path.join('.') || labels.root),
    idPrefix,
    titleId: ownTitleId,
    navigate,
    isReviewing,
    setReviewing,
    onResolve,
    isSaving,
    onDiscard,
    scroller,
  }
  // Alt+ArrowDown / Alt+ArrowUp anywhere inside move between undecided slots.
  const onKeyDown = composeHandlers(rest.onKeyDown, (event: KeyboardEvent<HTMLElement>) => {
    if (!event.altKey || event.ctrlKey || event.metaKey || event.shiftKey) return
    if (event.key !== 'ArrowDown' && event.key !== 'ArrowUp') return
    event.preventDefault()
    navigate(event.key === 'ArrowDown' ? 1 : -1)
  })
  const state =
    resolution.status === 'clean'
      ? 'clean'
      : resolution.status === 'undecided'
        ? 'conflict'
        : 'resolved'
  return (
    <ResolverContext.Provider value={value as ResolverContextValue}>
      <Element
        aria-labelledby={Element === 'section' ? ownTitleId : undefined}
        {...rest}
        ref={ref as Ref<HTMLDivElement>}
        className={cx('ck-ConflictResolver', className)}
        aria-busy={isSaving || undefined}
        data-state={state}
        data-layout={layout}
        onKeyDown={onKeyDown}
      >
        {children}
      </Element>
    </ResolverContext.Provider>
  )
}

/**
 * Provides a resolution to the parts inside and renders the `ck-ConflictResolver` element;
 * Alt+ArrowDown / Alt+ArrowUp inside it move to the next / previous undecided slot (a
 * `onKeyDown` passed in runs first and can prevent that). Renders nothing while the
 * resolution has no conflict.
 */
export const Root = forwardRef(RootImpl) as <T>(
  props: RootProps<T> & { ref?: Ref<HTMLElement> },
) => ReactElement | null
