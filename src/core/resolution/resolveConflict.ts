import { resolveChunks, type ChunkChoice } from '../merge/resolveChunks'
import { resolveValues, type ValueChoice } from '../merge/resolveValues'
import type { MergeConflict, MergeResult, TextConflict } from '../merge/types'
import { resolutionModel } from './conflictResolution'
import { chunkChoice, parseEdit, pickedText, type Decision } from './decisions'

/**
 * One slot's decision: a side, both sides in either order (text hunks and strings), the
 * person's own text (a hunk's or a string's text; any other value as JSON), or a value of
 * one's own (a string for a text hunk).
 */
export type ConflictDecision =
  | 'mine'
  | 'theirs'
  | 'mine-then-theirs'
  | 'theirs-then-mine'
  | { text: string }
  | { value: unknown }

/**
 * What `resolveConflict` gives: the value to save, or the first slot it could not use:
 * `missing` (no decision), `invalid` (text that does not parse as JSON, both sides of values
 * that are not text, a value that is not text for a hunk) or `extra` (more decisions than
 * slots; `slot` is the first one too many).
 */
export type ResolveConflictResult<T> =
  { ok: true; value: T } | { ok: false; slot: number; reason: 'missing' | 'invalid' | 'extra' }

/** What `resolveConflict` reads of a merge: a `mergeValues` result or a `ResourceConflict`. */
export type ResolvableConflict<T> = Pick<MergeResult<T>, 'merged' | 'conflicts' | 'changes'>

function asDecision(d: ConflictDecision): Decision {
  if (typeof d === 'string') return { pick: d, text: null }
  if ('text' in d) return { pick: 'edit', text: d.text }
  return { pick: 'edit', text: typeof d.value === 'string' ? d.value : null }
}

function hunkChoice(hunk: TextConflict, d: ConflictDecision): ChunkChoice | null {
  const decision = asDecision(d)
  return decision.pick === 'edit' && decision.text === null ? null : chunkChoice(hunk, decision)
}

function valueChoice(c: MergeConflict, d: ConflictDecision): ValueChoice | null {
  if (d === 'mine' || d === 'theirs') return d
  if (typeof d === 'string') {
    const text = pickedText(c, undefined, d)
    return text === null ? null : { value: text }
  }
  if ('value' in d) return { value: d.value }
  const parsed = parseEdit(c, d.text)
  return parsed.ok ? { value: parsed.value } : null
}

/**
 * Applies one decision per slot to a merge and returns the value to save: `merged` with each
 * conflicting path set as decided, text conflicts rebuilt hunk by hunk. Slots are in document
 * order, as the resolver lists them: one per value conflict, one per hunk of a text conflict.
 * Never throws on decisions: a slot it cannot use comes back as data.
 */
export function resolveConflict<T>(
  conflict: ResolvableConflict<T>,
  decisions: readonly (ConflictDecision | null | undefined)[],
): ResolveConflictResult<T> {
  const { slots } = resolutionModel(conflict.conflicts)
  if (decisions.length > slots.length) return { ok: false, slot: slots.length, reason: 'extra' }
  const hunkChoices = new Map<number, ChunkChoice[]>()
  const choices: ValueChoice[] = []
  for (const slot of slots) {
    const d = decisions[slot.index]
    if (d == null) return { ok: false, slot: slot.index, reason: 'missing' }
    const c = conflict.conflicts[slot.conflict]!
    if (slot.text === null) {
      const choice = valueChoice(c, d)
      if (choice === null) return { ok: false, slot: slot.index, reason: 'invalid' }
      choices[slot.conflict] = choice
      continue
    }
    const choice = hunkChoice(slot.text, d)
    if (choice === null) return { ok: false, slot: slot.index, reason: 'invalid' }
    const list = hunkChoices.get(slot.conflict) ?? []
    list.push(choice)
    hunkChoices.set(slot.conflict, list)
  }
  for (const [i, list] of hunkChoices) {
    choices[i] = { value: resolveChunks(conflict.conflicts[i]!.text!.chunks, list) }
  }
  const value = resolveValues({ clean: false, ...conflict }, choices)
  return { ok: true, value }
}
