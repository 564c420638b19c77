import { createContext, useContext, useImperativeHandle, type Ref, type RefObject } from 'react'
import type { MergePath } from '../../core/merge/types'
import type { ResourceConflict } from '../../core/resource/types'
import type { ConflictResolution } from '../../hooks/useConflictResolution'
import type { ConflictResolverLabels } from './conflictResolverLabels'

/** How the sides of a hunk are laid out: yours and theirs, or yours, the original and theirs. */
export type ResolverLayout = 'two-column' | 'three-column'

/** What every resolver part reads: the resolution (which carries its conflict), texts and layout. */
export interface ResolverContextValue<T = unknown> {
  resolution: ConflictResolution<T>
  /** `resolution.conflict`, read once by the root (never null inside one). */
  conflict: ResourceConflict<T>
  labels: ConflictResolverLabels
  layout: ResolverLayout
  setLayout: (layout: ResolverLayout) => void
  /** Display name of a path (from `fieldLabels`, else the dotted path). */
  fieldLabel: (path: MergePath) => string
  /** Id prefix for the parts' elements, so a slot can be found and focused by index. */
  idPrefix: string
  /** Id of `Resolver.Title`, which names the root. */
  titleId: string
  /** Moves to the next (`1`) or previous (`-1`) undecided slot and focuses it. */
  navigate: (direction: 1 | -1) => void
  /** Whether the review of what will be saved is showing in place of the slots. */
  isReviewing: boolean
  setReviewing: (isReviewing: boolean) => void
  /** Saves `resolution.result`; absent when the root was given no `onResolve`. */
  onResolve: ((value: T) => unknown) | undefined
  isSaving: boolean
  onDiscard: (() => void) | undefined
  /** The element that scrolls the slots (`Resolver.Body`), if there is one. */
  scroller: RefObject<HTMLDivElement | null>
}

/** Provided by `Resolver.Root`; null outside one. */
export const ResolverContext = createContext<ResolverContextValue | null>(null)

/** The enclosing `Resolver.Root`'s state; throws outside one, so a misplaced part is loud. */
export function useResolverContext(): ResolverContextValue {
  const value = useContext(ResolverContext)
  if (!value) throw new Error('Resolver parts must be rendered inside <Resolver.Root>')
  return value
}

/** The DOM id of a slot's element. */
export function slotId(prefix: string, slot: number): string {
  return `${prefix}-slot-${slot}`
}

/**
 * A part's own handler after the one passed to it: the caller's runs first and can call
 * `event.preventDefault()` to keep the part's behaviour from running.
 */
export function composeHandlers<E extends { defaultPrevented: boolean }>(
  theirs: ((event: E) => void) | undefined,
  ours: (event: E) => void,
): (event: E) => void {
  return (event) => {
    theirs?.(event)
    if (!event.defaultPrevented) ours(event)
  }
}

/**
 * Hands a part's own element to the ref passed to it: the part keeps a ref object of its
 * own (for focus, measuring, live text) and the caller's ref sees the same element.
 */
export function useForwardedElement<E>(forwarded: Ref<E> | undefined, own: RefObject<E | null>) {
  useImperativeHandle(forwarded, () => own.current as E)
}
