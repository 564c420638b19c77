import { createContext, useContext } from 'react'
import type { MergePath } from '../../core/merge/types'
import type { ResourceConflict } from '../../core/resource/types'
import type { ConflictResolution } from '../../hooks/useConflictResolution'
import type { ConflictResolverLabels } from './conflictResolverLabels'

/** How the sides of a hunk are laid out: yours and theirs, or yours, the original and theirs. */
export type ResolverLayout = 'two-column' | 'three-column'

/** What every resolver part reads: the conflict, its resolution state, texts and layout. */
export interface ResolverContextValue<T = unknown> {
  conflict: ResourceConflict<T>
  resolution: ConflictResolution<T>
  labels: ConflictResolverLabels
  layout: ResolverLayout
  /** Display name of a path (from `fieldLabels`, else the dotted path). */
  fieldLabel: (path: MergePath) => string
  /** Id prefix for the parts' elements, so a slot can be found and focused by index. */
  idPrefix: string
  /** Moves to the next (`1`) or previous (`-1`) undecided slot and focuses it. */
  navigate: (direction: 1 | -1) => void
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
