import type { HttpProblem } from '../http/types'
import { jsonEqual } from '../merge/jsonEqual'
import type { EditSession } from './editSession'
import type { ResourceConflict, VersionedValue } from './types'

/** What the UI shows, derived from the edit session and the cached server value. */
export type ResourceView<T> = {
  data: T | undefined
  version: string | null
  draft: T | undefined
  isDirty: boolean
  isStale: boolean
  theirs: VersionedValue<T> | null
  problem: HttpProblem | null
} & (
  | { status: 'loading' | 'ready' | 'saving'; conflict: null }
  | { status: 'conflict'; conflict: ResourceConflict<T> }
  | { status: 'error'; conflict: null; problem: HttpProblem }
)

/** Derives status and flags; pure, so every rule about "stale" and "dirty" is tested here. */
export function deriveResourceState<T>(
  session: EditSession<T>,
  cached: VersionedValue<T> | undefined,
  loadProblem: HttpProblem | null,
): ResourceView<T> {
  const data = cached?.value
  const version = cached?.version ?? null
  const common = { data, version }
  if (session.phase === 'viewing') {
    const base = { ...common, draft: data, isDirty: false, isStale: false, theirs: null }
    if (cached === undefined && loadProblem) {
      return { ...base, status: 'error', conflict: null, problem: loadProblem }
    }
    return {
      ...base,
      status: cached === undefined ? 'loading' : 'ready',
      conflict: null,
      problem: null,
    }
  }
  const isDirty = !jsonEqual(session.draft, session.base)
  // A newer server version while the person edits: by version when there is one, else by value.
  const newer =
    cached !== undefined &&
    (session.phase === 'editing' || session.phase === 'failed') &&
    (session.baseVersion !== null || cached.version !== null
      ? cached.version !== session.baseVersion
      : !jsonEqual(cached.value, session.base))
  const flags = {
    ...common,
    draft: session.draft,
    isDirty,
    isStale: newer,
    theirs: newer ? (cached ?? null) : null,
  }
  switch (session.phase) {
    case 'conflict':
      return {
        ...flags,
        status: 'conflict',
        conflict: session.conflict,
        problem: session.conflict.problem,
      }
    case 'failed':
      return { ...flags, status: 'error', conflict: null, problem: session.problem }
    case 'saving':
      return { ...flags, status: 'saving', conflict: null, problem: null }
    case 'editing':
      return { ...flags, status: 'ready', conflict: null, problem: null }
  }
}
