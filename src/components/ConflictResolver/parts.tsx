/**
 * The resolver's parts, for custom layouts (`import { Resolver } from 'react-conflict-kit'`):
 * `Resolver.Root` takes a `useConflictResolution` result and provides it; the other parts
 * read it and render one element each, with the same class names and data attributes as
 * `ConflictResolver`.
 */
import type { ReactNode } from 'react'
import { useEffect, useId, useRef } from 'react'
import type { MergePath } from '../../core/merge/types'
import type { ResourceConflict } from '../../core/resource/types'
import type { ConflictResolution } from '../../hooks/useConflictResolution'
import { cx } from '../shared/text'
import {
  defaultConflictResolverLabels,
  type ConflictResolverLabels,
} from './conflictResolverLabels'
import { ResolverContext, useResolverContext, type ResolverLayout } from './resolverContext'
import { ResolverSlot } from './ResolverSlot'
import { useSlotNavigation } from './useSlotNavigation'

export { ResolverSlot as Slot } from './ResolverSlot'
export type { ResolverSlotProps as SlotProps } from './ResolverSlot'

/** Props of `Resolver.Root`. */
export interface RootProps<T> {
  conflict: ResourceConflict<T>
  resolution: ConflictResolution<T>
  labels?: Partial<ConflictResolverLabels>
  /** Defaults to `'two-column'`. */
  layout?: ResolverLayout
  /** Display name of a path. Defaults to the dotted path. */
  fieldLabel?: (path: MergePath) => string
  className?: string
  children: ReactNode
}

/**
 * Provides a resolution to the parts inside and renders the `ck-ConflictResolver` element
 * (`data-state="clean|conflict|resolved"`); Alt+ArrowDown / Alt+ArrowUp inside it move to the
 * next / previous undecided slot.
 */
export function Root<T>({ conflict, resolution, className, children, ...props }: RootProps<T>) {
  const idPrefix = useId()
  const navigate = useSlotNavigation(resolution as ConflictResolution<unknown>, idPrefix)
  const labels = { ...defaultConflictResolverLabels, ...props.labels }
  const ref = useRef<HTMLDivElement>(null)
  const navigateRef = useRef(navigate)
  useEffect(() => {
    navigateRef.current = navigate
  })
  useEffect(() => {
    const el = ref.current
    if (!el) return
    const onKeyDown = (event: KeyboardEvent) => {
      if (!event.altKey || event.ctrlKey || event.metaKey || event.shiftKey) return
      if (event.key !== 'ArrowDown' && event.key !== 'ArrowUp') return
      event.preventDefault()
      navigateRef.current(event.key === 'ArrowDown' ? 1 : -1)
    }
    el.addEventListener('keydown', onKeyDown)
    return () => el.removeEventListener('keydown', onKeyDown)
  }, [])
  const value = {
    conflict: conflict as ResourceConflict<unknown>,
    resolution: resolution as ConflictResolution<unknown>,
    labels,
    layout: props.layout ?? 'two-column',
    fieldLabel: props.fieldLabel ?? ((path: MergePath) => path.join('.') || labels.root),
    idPrefix,
    navigate,
  }
  const state =
    resolution.status === 'clean'
      ? 'clean'
      : resolution.status === 'undecided'
        ? 'conflict'
        : 'resolved'
  return (
    <ResolverContext.Provider value={value}>
      <div ref={ref} className={cx('ck-ConflictResolver', className)} data-state={state}>
        {children}
      </div>
    </ResolverContext.Provider>
  )
}

/** Every slot in document order (not windowed: for long lists use `ConflictResolver`). */
export function Slots() {
  const { resolution } = useResolverContext()
  return (
    <div className="ck-ConflictResolver-slots">
      {resolution.slots.map((s) => (
        <ResolverSlot key={s.index} index={s.index} />
      ))}
    </div>
  )
}

/** The count of undecided slots as a polite live region. */
export function Status() {
  const { resolution, labels } = useResolverContext()
  const text =
    resolution.status === 'clean'
      ? labels.cleanStatus
      : resolution.status === 'undecided'
        ? labels.pending(resolution.undecidedCount)
        : labels.allDecided
  return (
    <output className="ck-ConflictResolver-status" aria-live="polite">
      {text}
    </output>
  )
}

/** A button to the next (`direction={1}`) or previous (`-1`) undecided slot, focusing it. */
export function Navigate({ direction, children }: { direction: 1 | -1; children?: ReactNode }) {
  const { navigate, labels, resolution } = useResolverContext()
  return (
    <button
      type="button"
      className={direction === 1 ? 'ck-ConflictResolver-next' : 'ck-ConflictResolver-previous'}
      aria-keyshortcuts={direction === 1 ? 'Alt+ArrowDown' : 'Alt+ArrowUp'}
      aria-disabled={resolution.undecidedCount === 0 || undefined}
      onClick={() => navigate(direction)}
    >
      {children ?? (direction === 1 ? labels.next : labels.previous)}
    </button>
  )
}

/** Decides every undecided slot for one side. */
export function AcceptAll({ side, children }: { side: 'mine' | 'theirs'; children?: ReactNode }) {
  const { resolution, labels } = useResolverContext()
  return (
    <button
      type="button"
      className="ck-ConflictResolver-acceptAll"
      data-side={side}
      aria-disabled={resolution.undecidedCount === 0 || undefined}
      onClick={() => resolution.acceptAll(side)}
    >
      {children ?? (side === 'mine' ? labels.acceptAllMine : labels.acceptAllTheirs)}
    </button>
  )
}
