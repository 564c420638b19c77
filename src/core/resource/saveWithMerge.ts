import { problemFromError } from '../http/problemError'
import type { ConflictMergeOptions } from './createConflict'
import { saveStep, startSave, type SaveEvent, type SaveFlowResult } from './saveStep'
import type { VersionSource, VersionedValue } from './types'

export type { SaveFlowResult } from './saveStep'
export { preconditionNeverMatches } from './saveStep'

/** The steps `saveWithMerge` needs; the resource controller and plain Node clients provide them. */
export interface SaveFlow<T> {
  /** The value to send and what it was based on. */
  value: T
  base: T
  baseVersion: string | null
  /**
   * Sends a conditional write of `value` against `baseVersion` (and `base`, which a server
   * without validators is compared with). Throws `ProblemError` (or anything: it becomes a problem).
   */
  write: (value: T, baseVersion: string | null, base: T) => Promise<VersionedValue<T>>
  /** GETs the server's version, bypassing caches. */
  loadFresh: () => Promise<VersionedValue<T>>
  /** The person's latest draft: typing may go on while a request is out. Defaults to `value`. */
  getMine?: () => T
  /** Called when the server's newer version is known (to update caches). */
  onTheirs?: (theirs: VersionedValue<T>) => void
  /** Called before a write is re-sent on top of theirs (clean auto-merge or 428 recovery). */
  onRebase?: (value: T, onto: VersionedValue<T>) => void
  version?: VersionSource
  merge?: ConflictMergeOptions
  /** `'save'` re-sends a clean auto-merge at once; `'review'` shows it first. Defaults to `'review'`. */
  autoMerge?: 'review' | 'save'
  /** How many times a write may be re-sent on top of a newer version. Defaults to `3`. */
  maxRebases?: number
}

/**
 * Saves a draft conditionally and, when the server says it is stale, fetches theirs, merges
 * base / mine / theirs and either re-sends a clean merge or returns the conflict. It never
 * re-sends the same request: every retry carries the newer version. The decisions are
 * `saveStep`'s; this only makes the requests it asks for.
 */
export async function saveWithMerge<T>(flow: SaveFlow<T>): Promise<SaveFlowResult<T>> {
  let { state, command } = startSave(flow.value, flow.base, flow.baseVersion)
  for (;;) {
    let event: SaveEvent<T>
    switch (command.type) {
      case 'done':
        return command.result
      case 'write':
        if (command.rebased) flow.onRebase?.(command.value, command.rebased)
        try {
          event = {
            type: 'written',
            saved: await flow.write(command.value, command.baseVersion, command.base),
          }
        } catch (error) {
          event = { type: 'refused', problem: problemFromError(error) }
        }
        break
      case 'load': {
        let theirs = command.known
        if (!theirs) {
          try {
            theirs = await flow.loadFresh()
          } catch (error) {
            event = { type: 'load-failed', problem: problemFromError(error) }
            break
          }
        }
        flow.onTheirs?.(theirs)
        event = { type: 'loaded', theirs, mine: flow.getMine?.() ?? state.value }
        break
      }
    }
    ;({ state, command } = saveStep(state, event, flow))
  }
}
