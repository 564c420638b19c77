import type { MergeConflict, TextConflict } from '../merge/types'
import {
  initialDecisions,
  isDecided,
  prefill,
  textHunks,
  type Decision,
  type ResolutionPick,
} from './decisions'

/** One place to decide: a whole conflict, or one hunk of a conflict merged as text. */
export interface ResolutionSlot {
  /** Position in document order, over all conflicts. */
  index: number
  /** Index into `conflicts`. */
  conflict: number
  /** Index of the hunk inside the conflict's text merge, or null for a value conflict. */
  hunk: number | null
  /** The hunk itself, for text conflicts. */
  text: TextConflict | null
}

/** The slots of a set of conflicts, worked out once per conflict. */
export interface ResolutionModel {
  conflicts: readonly MergeConflict[]
  slots: readonly ResolutionSlot[]
}

/** Where the person is: a decision per slot, and the slot they are looking at. */
export interface ResolutionState {
  /** `decisions[conflict][hunk ?? 0]`. */
  decisions: Decision[][]
  /** Index of the current slot (the one navigation moves from); null before the first move. */
  current: number | null
}

/** Everything that changes a resolution. `next` / `previous` move to undecided slots only. */
export type ResolutionAction =
  | { type: 'pick'; slot: number; pick: ResolutionPick }
  | { type: 'edit'; slot: number; text: string }
  | { type: 'acceptAll'; side: 'mine' | 'theirs' }
  | { type: 'setCurrent'; slot: number }
  | { type: 'next' }
  | { type: 'previous' }
  | { type: 'reset' }

/** Where a resolution stands: nothing to decide, decisions missing, or ready to save. */
export type ResolutionStatus =
  { status: 'clean' } | { status: 'undecided'; count: number } | { status: 'decided' }

/** Lists the slots of `conflicts` in document order. */
export function resolutionModel(conflicts: readonly MergeConflict[]): ResolutionModel {
  const slots: ResolutionSlot[] = []
  conflicts.forEach((c, conflict) => {
    const hunks = textHunks(c)
    if (!hunks) slots.push({ index: slots.length, conflict, hunk: null, text: null })
    else hunks.forEach((text, hunk) => slots.push({ index: slots.length, conflict, hunk, text }))
  })
  return { conflicts, slots }
}

/** Nothing decided and no slot current yet, so the first `next` lands on the first slot. */
export function initialResolution(model: ResolutionModel): ResolutionState {
  return { decisions: initialDecisions(model.conflicts), current: null }
}

/** The decision held for a slot. */
export function decisionAt(state: ResolutionState, slot: ResolutionSlot): Decision {
  return state.decisions[slot.conflict]?.[slot.hunk ?? 0] ?? { pick: null, text: null }
}

/** Whether a slot's decision can be saved (a pick, and an edit that parses). */
export function isSlotDecided(
  model: ResolutionModel,
  state: ResolutionState,
  slot: ResolutionSlot,
): boolean {
  return isDecided(model.conflicts[slot.conflict]!, decisionAt(state, slot), slot.hunk !== null)
}

/** Indexes of the slots still waiting for a decision, in document order. */
export function undecidedSlots(model: ResolutionModel, state: ResolutionState): number[] {
  return model.slots.filter((s) => !isSlotDecided(model, state, s)).map((s) => s.index)
}

/** Clean, undecided (with how many) or decided. */
export function resolutionStatus(model: ResolutionModel, state: ResolutionState): ResolutionStatus {
  if (model.slots.length === 0) return { status: 'clean' }
  const count = undecidedSlots(model, state).length
  return count > 0 ? { status: 'undecided', count } : { status: 'decided' }
}

/**
 * The nearest undecided slot after (`+1`) or before (`-1`) `from`, wrapping around the end;
 * `from` itself comes last, so a lone undecided slot is found from anywhere. Null when all
 * are decided.
 */
export function findUndecided(
  model: ResolutionModel,
  state: ResolutionState,
  from: number | null,
  direction: 1 | -1,
): number | null {
  const n = model.slots.length
  if (n === 0) return null
  const start = from ?? (direction === 1 ? -1 : n)
  for (let step = 1; step <= n; step++) {
    const i = (((start + direction * step) % n) + n) % n
    if (!isSlotDecided(model, state, model.slots[i]!)) return i
  }
  return null
}

function withDecision(
  state: ResolutionState,
  slot: ResolutionSlot,
  change: (d: Decision) => Decision,
): Decision[][] {
  return state.decisions.map((slots, ci) =>
    ci === slot.conflict ? slots.map((d, j) => (j === (slot.hunk ?? 0) ? change(d) : d)) : slots,
  )
}

/**
 * The total transition function of a resolution. Picks and edits address a slot by index
 * (out-of-range indexes change nothing); choosing Edit the first time fills the editor from
 * the pick made before, so a side can be taken and then touched up. `acceptAll` decides the
 * undecided slots only: what the person already chose is never overwritten by a bulk action.
 */
export function reduceResolution(
  model: ResolutionModel,
  state: ResolutionState,
  action: ResolutionAction,
): ResolutionState {
  switch (action.type) {
    case 'pick': {
      const slot = model.slots[action.slot]
      if (!slot) return state
      const conflict = model.conflicts[slot.conflict]!
      const decisions = withDecision(state, slot, (d) => ({
        pick: action.pick,
        text:
          action.pick === 'edit' && d.text === null
            ? prefill(conflict, slot.text ?? undefined, d.pick)
            : d.text,
      }))
      return { decisions, current: slot.index }
    }
    case 'edit': {
      const slot = model.slots[action.slot]
      if (!slot) return state
      const decisions = withDecision(state, slot, () => ({ pick: 'edit', text: action.text }))
      return { decisions, current: slot.index }
    }
    case 'acceptAll': {
      const open = new Set(undecidedSlots(model, state))
      if (open.size === 0) return state
      const decisions = state.decisions.map((slots) => slots.slice())
      for (const index of open) {
        const slot = model.slots[index]!
        const row = decisions[slot.conflict]!
        const j = slot.hunk ?? 0
        row[j] = { pick: action.side, text: row[j]?.text ?? null }
      }
      return { ...state, decisions }
    }
    case 'setCurrent':
      return model.slots[action.slot] && state.current !== action.slot
        ? { ...state, current: action.slot }
        : state
    case 'next':
    case 'previous': {
      const found = findUndecided(model, state, state.current, action.type === 'next' ? 1 : -1)
      return found === null || found === state.current ? state : { ...state, current: found }
    }
    case 'reset':
      return initialResolution(model)
  }
}

const PICKS = new Set(['mine', 'theirs', 'mine-then-theirs', 'theirs-then-mine', 'edit'])

/**
 * The decisions of `state` as plain JSON, to keep with the draft (`keepResolution`), and back:
 * `restoreResolution` takes kept work only when it has this model's shape (one decision per
 * slot, each a known pick and a string or null), so work of another conflict, or storage that
 * was tampered with, starts the resolution over instead of misplacing a choice.
 */
export function resolutionWork(state: ResolutionState): { decisions: Decision[][] } {
  return { decisions: state.decisions }
}

/** See `resolutionWork`: the kept state, or null when it does not fit `model`. */
export function restoreResolution(model: ResolutionModel, work: unknown): ResolutionState | null {
  const fresh = initialResolution(model)
  const decisions = (work as { decisions?: unknown } | null)?.decisions
  if (!Array.isArray(decisions) || decisions.length !== fresh.decisions.length) return null
  const fits = decisions.every((row: unknown, i) => {
    const shape = fresh.decisions[i]!
    return (
      Array.isArray(row) &&
      row.length === shape.length &&
      row.every((d: unknown) => {
        const { pick, text } = (d ?? {}) as { pick?: unknown; text?: unknown }
        return (
          (pick === null || (typeof pick === 'string' && PICKS.has(pick))) &&
          (text === null || typeof text === 'string')
        )
      })
    )
  })
  return fits ? { decisions: decisions as Decision[][], current: null } : null
}
