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
  type ResolutionState,
  restoreResolution,
  resolutionWork,
} from '../core/resolution/conflictResolution'
import type { ResolutionPick } from '../core/resolution/decisions'
import type { ResourceConflict } from '../core/resource/types'
import type { UseConflictResolutionOptions } from './options'
import type { ConflictResolution } from './types'
import { useLatest } from './useLatest'

export type { ConflictResolution } from './types'

export type { UseConflictResolutionOptions } from './options'

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
