import { useCallback, useEffect, useMemo, useRef, useState } from 'react'
import { assembleResolution } from '../core/resolution/assembleResolution'
import {
  decisionAt,
  findUndecided,
  initialResolution,
  isSlotDecided,
  reduceResolution,
  resolutionModel,
  resolutionStatus,
  type ResolutionAction,
  type ResolutionModel,
  type ResolutionSlot,
  type ResolutionState,
  restoreResolution,
  resolutionWork,
} from '../core/resolution/conflictResolution'
import type { Decision, ResolutionPick } from '../core/resolution/decisions'
import type { ResourceConflict } from '../core/resource/types'
import { useLatest } from './useLatest'

/**
 * What `useConflictResolution` returns. The actions (`pick` ... `reset`) keep their identity;
 * `decisionOf` and `isDecided` read the current state and change with it.
 */
export interface ConflictResolution<T> {
  /**
   * The conflict these decisions are about (null when there is none): the one the slots and
   * `result` were worked out from, so whatever reads the resolution reads them together.
   */
  conflict: ResourceConflict<T> | null
  /** `'clean'` (nothing to decide), `'undecided'` or `'decided'` (ready to save). */
  status: 'clean' | 'undecided' | 'decided'
  /** Slots still waiting for a decision. */
  undecidedCount: number
  /** Every place to decide, in document order (one per value conflict, one per text hunk). */
  slots: readonly ResolutionSlot[]
  /** The slot navigation moves from, or null when there are none. */
  current: number | null
  /** The decision held for a slot. */
  decisionOf: (slot: number) => Decision
  isDecided: (slot: number) => boolean
  pick: (slot: number, pick: ResolutionPick) => void
  /** Sets a slot's own text (and picks Edit). */
  edit: (slot: number, text: string) => void
  /** Decides every undecided slot for one side; decisions already made stay. */
  acceptAll: (side: 'mine' | 'theirs') => void
  setCurrent: (slot: number) => void
  /** Moves to the next undecided slot (wrapping) and returns it, or null when none is left. */
  next: () => number | null
  /** Moves to the previous undecided slot (wrapping) and returns it, or null. */
  previous: () => number | null
  /** Forgets every decision. */
  reset: () => void
  /** What would be saved: `merged` with every decision applied, or null while undecided. */
  result: T | null
}

// A re-render with a fresh wrapper around the same conflict keeps the decisions; a new
// server version or a new draft starts over.
function sameConflict<T>(a: ResourceConflict<T> | null, b: ResourceConflict<T> | null): boolean {
  if (!a || !b) return a === b
  return (
    Object.is(a.theirs, b.theirs) &&
    Object.is(a.mine, b.mine) &&
    a.theirsVersion === b.theirsVersion &&
    a.conflicts.length === b.conflicts.length
  )
}

interface Box<T> {
  conflict: ResourceConflict<T> | null
  model: ResolutionModel
  state: ResolutionState
}

function boxFor<T>(conflict: ResourceConflict<T> | null, work?: unknown): Box<T> {
  const model = resolutionModel(conflict?.conflicts ?? [])
  const kept = work === undefined ? null : restoreResolution(model, work)
  return { conflict, model, state: kept ?? initialResolution(model) }
}

/** Options of `useConflictResolution`. */
export interface UseConflictResolutionOptions {
  /**
   * Work kept from before (a reload, a crash): `resource.resolutionWork`. Taken when it fits the
   * conflict's slots, else the resolution starts over. Defaults to none.
   */
  work?: unknown
  /**
   * Called with the work after every decision or hunk edit, as JSON to keep with the draft:
   * `resource.keepResolution`. Defaults to none.
   */
  onWork?: (work: unknown) => void
}

/**
 * The headless state of a conflict resolver: a decision per conflicting field or text hunk,
 * navigation between undecided ones, bulk "accept all", and the assembled value to save.
 * Every decision is made by core's `reduceResolution`; this hook only holds the state.
 */
export function useConflictResolution<T>(
  conflict: ResourceConflict<T> | null,
  options: UseConflictResolutionOptions = {},
): ConflictResolution<T> {
  const [box, setBox] = useState(() => boxFor(conflict, options.work))
  let current = box
  if (!sameConflict(box.conflict, conflict)) {
    current = boxFor(conflict, options.work)
    setBox(current)
  }
  // Every decision is handed to the app to keep (the first state is what it gave or nothing).
  const onWork = useLatest(options.onWork)
  const decided = current.state.decisions
  const reported = useRef(decided)
  useEffect(() => {
    if (reported.current === decided) return
    reported.current = decided
    onWork.current?.(resolutionWork({ decisions: decided, current: null }))
  }, [decided, onWork])
  // Read by next()/previous(), which answer synchronously (a caller focuses what they return).
  const latest = useLatest(current)

  const dispatch = useCallback((action: ResolutionAction) => {
    setBox((b) => {
      const state = reduceResolution(b.model, b.state, action)
      return state === b.state ? b : { ...b, state }
    })
  }, [])
  const move = useCallback(
    (direction: 1 | -1) => {
      const { model, state } = latest.current
      const found = findUndecided(model, state, state.current, direction)
      if (found !== null) dispatch({ type: 'setCurrent', slot: found })
      return found
    },
    [dispatch, latest],
  )
  const actions = useMemo(
    () => ({
      pick: (slot: number, pick: ResolutionPick) => dispatch({ type: 'pick', slot, pick }),
      edit: (slot: number, text: string) => dispatch({ type: 'edit', slot, text }),
      acceptAll: (side: 'mine' | 'theirs') => dispatch({ type: 'acceptAll', side }),
      setCurrent: (slot: number) => dispatch({ type: 'setCurrent', slot }),
      next: () => move(1),
      previous: () => move(-1),
      reset: () => dispatch({ type: 'reset' }),
    }),
    [dispatch, move],
  )

  const { model, state, conflict: held } = current
  const status = resolutionStatus(model, state)
  const isOpen = status.status === 'undecided'
  const result = useMemo(
    () => (held && !isOpen ? assembleResolution(held, state.decisions) : null),
    [held, state.decisions, isOpen],
  )
  return {
    conflict: held,
    status: status.status,
    undecidedCount: status.status === 'undecided' ? status.count : 0,
    slots: model.slots,
    current: state.current,
    decisionOf: (slot) => {
      const s = model.slots[slot]
      return s ? decisionAt(state, s) : { pick: null, text: null }
    },
    isDecided: (slot) => {
      const s = model.slots[slot]
      return s ? isSlotDecided(model, state, s) : false
    },
    ...actions,
    result,
  }
}
