import type { HttpProblem } from '../../../src/core/http/types'
import {
  saveStep,
  startSave,
  type SaveCommand,
  type SaveEvent,
  type SavePolicy,
  type SaveState,
} from '../../../src/core/resource/saveStep'

type Doc = { title: string; body: string }
const base: Doc = { title: 'T', body: 'b' }
const stale: HttpProblem = { status: 412, kind: 'stale', title: 'Stale', raw: null }
const required: HttpProblem = {
  status: 428,
  kind: 'precondition-required',
  title: 'Precondition required',
  currentVersion: '"v1"',
  raw: null,
}
const serverError: HttpProblem = { status: 500, kind: 'other', title: 'Boom', raw: null }

const fresh = (value: Doc = { ...base, title: 'mine' }) => startSave(value, base, '"v1"').state
/** A state waiting for theirs after the write of `fresh()` was refused with `problem`. */
const waiting = (problem: HttpProblem, patch: Partial<SaveState<Doc>> = {}): SaveState<Doc> => ({
  ...saveStep({ ...fresh(), ...patch }, { type: 'refused', problem }).state,
})

interface Row {
  name: string
  state: SaveState<Doc>
  event: SaveEvent<Doc>
  policy?: SavePolicy
  /** The command's type and, for `done`, the result's type and what it must carry. */
  expect: (command: SaveCommand<Doc>, state: SaveState<Doc>) => void
}

const isDone = (command: SaveCommand<Doc>, type: 'saved' | 'conflict' | 'failed') => {
  expect(command.type).toBe('done')
  if (command.type !== 'done') throw new Error('not done')
  expect(command.result.type).toBe(type)
  return command.result
}

const rows: Row[] = [
  {
    name: 'a write that went through is saved, and wrote',
    state: fresh(),
    event: { type: 'written', saved: { value: { ...base, title: 'mine' }, version: '"v2"' } },
    expect: (command) => {
      const result = isDone(command, 'saved')
      expect(result).toEqual({
        type: 'saved',
        wrote: true,
        saved: { value: { ...base, title: 'mine' }, version: '"v2"' },
      })
    },
  },
  {
    name: 'a failure that is not a conflict ends the save with that problem',
    state: fresh(),
    event: { type: 'refused', problem: serverError },
    expect: (command) =>
      expect(isDone(command, 'failed')).toEqual({ type: 'failed', problem: serverError }),
  },
  {
    name: 'a stale refusal without a body asks for a fresh load',
    state: fresh(),
    event: { type: 'refused', problem: stale },
    expect: (command, state) => {
      expect(command).toEqual({ type: 'load', known: null })
      expect(state.refusal).toBe(stale)
    },
  },
  {
    name: 'a stale refusal that carries theirs and its version needs no load',
    state: fresh(),
    event: {
      type: 'refused',
      problem: { ...stale, current: { title: 'theirs', body: 'b' }, currentVersion: '"v2"' },
    },
    expect: (command) =>
      expect(command).toEqual({
        type: 'load',
        known: { value: { title: 'theirs', body: 'b' }, version: '"v2"' },
      }),
  },
  {
    name: 'a second 428 is a failure, not another round',
    state: { ...fresh(), sawPreconditionRequired: true },
    event: { type: 'refused', problem: required },
    expect: (command) => expect(isDone(command, 'failed')).toMatchObject({ problem: required }),
  },
  {
    name: 'a failed load ends the save with the load problem',
    state: waiting(stale),
    event: { type: 'load-failed', problem: serverError },
    expect: (command) => expect(isDone(command, 'failed')).toMatchObject({ problem: serverError }),
  },
  {
    name: 'an answer nobody asked for sends nothing',
    state: fresh(),
    event: { type: 'loaded', theirs: { value: base, version: '"v1"' }, mine: base },
    expect: (command) =>
      expect(isDone(command, 'failed')).toMatchObject({ problem: { code: 'unexpected_event' } }),
  },
  {
    name: '428 with the server at the base: the same draft, with the version now known',
    state: waiting(required),
    event: {
      type: 'loaded',
      theirs: { value: base, version: '"v1"' },
      mine: { ...base, title: 'typed on' },
    },
    expect: (command) =>
      expect(command).toMatchObject({
        type: 'write',
        value: { ...base, title: 'typed on' },
        baseVersion: '"v1"',
        rebased: { value: base, version: '"v1"' },
      }),
  },
  {
    name: '428 whose GET has no ETag pairs the draft with the version the 428 carried',
    state: waiting(required),
    event: {
      type: 'loaded',
      theirs: { value: base, version: null },
      mine: { ...base, title: 'm' },
    },
    expect: (command) => expect(command).toMatchObject({ type: 'write', baseVersion: '"v1"' }),
  },
  {
    name: '428 while the server moved on merges instead of overwriting',
    state: waiting(required),
    event: {
      type: 'loaded',
      theirs: { value: { ...base, body: 'theirs' }, version: '"v2"' },
      mine: { ...base, title: 'm' },
    },
    expect: (command) => {
      const result = isDone(command, 'conflict')
      if (result.type !== 'conflict') return
      expect(result.conflict.merged).toEqual({ title: 'm', body: 'theirs' })
    },
  },
  {
    name: 'the server already holds the draft (a lost answer): saved, not written',
    state: waiting(stale),
    event: {
      type: 'loaded',
      theirs: { value: { ...base, title: 'mine' }, version: '"v2"' },
      mine: { ...base, title: 'mine' },
    },
    expect: (command) =>
      expect(isDone(command, 'saved')).toEqual({
        type: 'saved',
        wrote: false,
        saved: { value: { ...base, title: 'mine' }, version: '"v2"' },
      }),
  },
  {
    name: 'stale while the server holds the base: one re-send with the validator just read',
    state: waiting(stale),
    event: {
      type: 'loaded',
      theirs: { value: base, version: '"v1b"' },
      mine: { ...base, title: 'mine' },
    },
    expect: (command, state) => {
      expect(command).toMatchObject({ type: 'write', baseVersion: '"v1b"' })
      expect(state.retriedPrecondition).toBe(true)
    },
  },
  {
    name: 'stale at the base a second time: the validators never match',
    state: waiting(stale, { retriedPrecondition: true }),
    event: {
      type: 'loaded',
      theirs: { value: base, version: '"v1"' },
      mine: { ...base, title: 'mine' },
    },
    expect: (command) =>
      expect(isDone(command, 'failed')).toMatchObject({
        problem: { code: 'precondition_never_matches' },
      }),
  },
  {
    name: 'only server-owned fields moved: the merge is written on top of theirs',
    state: waiting(stale),
    policy: { merge: { serverFields: ['body'] } },
    event: {
      type: 'loaded',
      theirs: { value: { ...base, body: 'stamp' }, version: '"v2"' },
      mine: { ...base, title: 'mine' },
    },
    expect: (command, state) => {
      expect(command).toMatchObject({
        type: 'write',
        value: { title: 'mine', body: 'stamp' },
        baseVersion: '"v2"',
      })
      expect(state.rebases).toBe(1)
      // nothing of theirs was merged, so nothing is announced as an auto-merge
      expect(state.merged).toBeUndefined()
    },
  },
  {
    name: 'a clean merge with their changes is shown for review by default',
    state: waiting(stale),
    event: {
      type: 'loaded',
      theirs: { value: { ...base, body: 'theirs' }, version: '"v2"' },
      mine: { ...base, title: 'mine' },
    },
    expect: (command) => {
      const result = isDone(command, 'conflict')
      if (result.type !== 'conflict') return
      expect(result.conflict.conflicts).toEqual([])
      expect(result.conflict.merged).toEqual({ title: 'mine', body: 'theirs' })
    },
  },
  {
    name: "autoMerge 'save' writes a clean merge with their changes and remembers it",
    state: waiting(stale),
    policy: { autoMerge: 'save' },
    event: {
      type: 'loaded',
      theirs: { value: { ...base, body: 'theirs' }, version: '"v2"' },
      mine: { ...base, title: 'mine' },
    },
    expect: (command, state) => {
      expect(command).toMatchObject({ type: 'write', value: { title: 'mine', body: 'theirs' } })
      expect(state.merged?.baseVersion).toBe('"v1"')
    },
  },
  {
    name: "autoMerge 'save' never writes a merge that has conflicts",
    state: waiting(stale),
    policy: { autoMerge: 'save' },
    event: {
      type: 'loaded',
      theirs: { value: { ...base, title: 'theirs' }, version: '"v2"' },
      mine: { ...base, title: 'mine' },
    },
    expect: (command) => {
      const result = isDone(command, 'conflict')
      if (result.type !== 'conflict') return
      expect(result.conflict.conflicts.map((c) => c.path)).toEqual([['title']])
    },
  },
  {
    name: 'out of rebases with nothing of theirs: a busy failure, never an empty review',
    state: waiting(stale, { rebases: 3 }),
    policy: { merge: { serverFields: ['body'] } },
    event: {
      type: 'loaded',
      theirs: { value: { ...base, body: 'stamp' }, version: '"v9"' },
      mine: { ...base, title: 'mine' },
    },
    expect: (command) =>
      expect(isDone(command, 'failed')).toMatchObject({
        problem: { kind: 'busy', code: 'kept_changing' },
      }),
  },
  {
    name: 'no more rebases once the limit is used',
    state: waiting(stale, { rebases: 3 }),
    policy: { autoMerge: 'save' },
    event: {
      type: 'loaded',
      theirs: { value: { ...base, body: 'theirs' }, version: '"v5"' },
      mine: { ...base, title: 'mine' },
    },
    expect: (command) => expect(command.type).toBe('done'),
  },
  {
    name: 'a write after an auto-merge reports what it combined, onto the version it went on',
    state: {
      ...fresh(),
      merged: {
        conflict: {
          base,
          mine: { ...base, title: 'mine' },
          theirs: { ...base, body: 'theirs' },
          merged: { title: 'mine', body: 'theirs' },
          conflicts: [],
          changes: [],
          problem: stale,
          theirsVersion: '"v2"',
        },
        baseVersion: '"v1"',
      },
      wentOnto: { value: { ...base, body: 'theirs' }, version: '"v2"' },
    },
    event: {
      type: 'written',
      saved: { value: { title: 'mine', body: 'theirs' }, version: '"v3"' },
    },
    expect: (command) => {
      const result = isDone(command, 'saved')
      if (result.type !== 'saved') return
      expect(result.autoMerge?.conflict.theirsVersion).toBe('"v2"')
      expect(result.autoMerge?.saved.version).toBe('"v3"')
    },
  },
]

describe('saveStep', () => {
  it.each(rows)('$name', ({ state, event, policy, expect: check }) => {
    const next = saveStep(state, event, policy)
    check(next.command, next.state)
  })

  it('never answers a refusal with the very same write', () => {
    // Every write command after a refusal carries another version or another base.
    let checked = 0
    for (const row of rows) {
      const { command } = saveStep(row.state, row.event, row.policy)
      if (command.type !== 'write' || !row.state.refusal) continue
      const same =
        command.baseVersion === row.state.baseVersion &&
        JSON.stringify(command.base) === JSON.stringify(row.state.base) &&
        JSON.stringify(command.value) === JSON.stringify(row.state.value)
      expect({ row: row.name, same }).toEqual({ row: row.name, same: false })
      checked++
    }
    expect(checked).toBeGreaterThanOrEqual(5)
  })

  it('starts with the conditional write of the draft', () => {
    expect(startSave({ a: 1 }, { a: 0 }, '"v1"').command).toEqual({
      type: 'write',
      value: { a: 1 },
      baseVersion: '"v1"',
      base: { a: 0 },
    })
  })
})
