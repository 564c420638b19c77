import { mergeText } from '../../../src/core/merge/mergeText'
import type { MergeConflict } from '../../../src/core/merge/types'
import {
  findUndecided,
  initialResolution,
  reduceResolution,
  resolutionModel,
  resolutionStatus,
  undecidedSlots,
  type ResolutionAction,
} from '../../../src/core/resolution/conflictResolution'
import { assembleResolution } from '../../../src/core/resolution/assembleResolution'
import { prefill } from '../../../src/core/resolution/decisions'
import type { ResourceConflict } from '../../../src/core/resource/types'

const problem = { status: 412, kind: 'stale' as const, title: 'Precondition Failed', raw: null }

/** A text of `n` paragraphs where both sides rewrote every `every`-th one differently. */
function textConflict(n: number, every: number): ResourceConflict<{ title: string; body: string }> {
  const lines = (side: string) =>
    Array.from({ length: n }, (_, i) =>
      i % every === 0 && side ? `${side} ${i}` : `line ${i}`,
    ).join('\n') + '\n'
  const base = { title: 'T', body: lines('') }
  const mine = { title: 'Mine', body: lines('mine') }
  const theirs = { title: 'Theirs', body: lines('theirs') }
  const text = mergeText(base.body, mine.body, theirs.body)
  const conflicts: MergeConflict[] = [
    { path: ['title'], base: 'T', mine: 'Mine', theirs: 'Theirs' },
    { path: ['body'], base: base.body, mine: mine.body, theirs: theirs.body, text },
  ]
  return {
    base,
    mine,
    theirs,
    merged: theirs,
    conflicts,
    changes: [],
    problem,
    theirsVersion: '"2"',
  }
}

const run = (conflict: ResourceConflict<unknown>, actions: ResolutionAction[]) => {
  const model = resolutionModel(conflict.conflicts)
  let state = initialResolution(model)
  for (const a of actions) state = reduceResolution(model, state, a)
  return { model, state }
}

describe('resolution model', () => {
  it('has one slot per value conflict and one per text hunk, in document order', () => {
    const c = textConflict(40, 4)
    const { model } = run(c, [])
    expect(model.slots.length).toBe(1 + 10)
    expect(model.slots[0]).toMatchObject({ index: 0, conflict: 0, hunk: null, text: null })
    expect(model.slots[3]).toMatchObject({ index: 3, conflict: 1, hunk: 2 })
    expect(model.slots[3]!.text!.mine).toBe('mine 8\n')
  })

  it('has no slots for a clean merge', () => {
    const { model, state } = run({ ...textConflict(4, 2), conflicts: [] }, [])
    expect(model.slots).toEqual([])
    expect(state.current).toBeNull()
    expect(resolutionStatus(model, state)).toEqual({ status: 'clean' })
  })
})

describe('reduceResolution', () => {
  const c = textConflict(40, 4)
  it.each<[string, ResolutionAction[], number, number | null]>([
    ['nothing decided', [], 11, null],
    ['the first next lands on the first slot', [{ type: 'next' }], 11, 0],
    ['one pick', [{ type: 'pick', slot: 2, pick: 'mine' }], 10, 2],
    ['a pick out of range changes nothing', [{ type: 'pick', slot: 99, pick: 'mine' }], 11, null],
    ['accept all decides the rest', [{ type: 'acceptAll', side: 'theirs' }], 0, null],
    [
      'next skips decided slots',
      [{ type: 'pick', slot: 1, pick: 'mine' }, { type: 'next' }],
      10,
      2,
    ],
    ['previous wraps around the start', [{ type: 'previous' }], 11, 10],
    ['reset forgets', [{ type: 'pick', slot: 4, pick: 'mine' }, { type: 'reset' }], 11, null],
  ])('%s', (_name, actions, undecided, current) => {
    const { model, state } = run(c, actions)
    expect(undecidedSlots(model, state)).toHaveLength(undecided)
    expect(state.current).toBe(current)
  })

  it('never overwrites a decision with a bulk choice', () => {
    const { model, state } = run(c, [
      { type: 'pick', slot: 3, pick: 'theirs-then-mine' },
      { type: 'edit', slot: 5, text: 'own words\n' },
      { type: 'acceptAll', side: 'mine' },
    ])
    expect(resolutionStatus(model, state)).toEqual({ status: 'decided' })
    expect(state.decisions[1]![2]!.pick).toBe('theirs-then-mine')
    expect(state.decisions[1]![4]).toEqual({ pick: 'edit', text: 'own words\n' })
    expect(state.decisions[0]![0]!.pick).toBe('mine')
  })

  it('starts an edit from the pick made before', () => {
    const { state } = run(c, [
      { type: 'pick', slot: 1, pick: 'theirs-then-mine' },
      { type: 'pick', slot: 1, pick: 'edit' },
    ])
    expect(state.decisions[1]![0]).toEqual({ pick: 'edit', text: 'theirs 0\nmine 0\n' })
  })

  it('finds nothing to move to when everything is decided', () => {
    const { model, state } = run(c, [{ type: 'acceptAll', side: 'mine' }])
    expect(findUndecided(model, state, 0, 1)).toBeNull()
    expect(reduceResolution(model, state, { type: 'next' })).toBe(state)
  })

  it('finds a lone undecided slot from itself', () => {
    const { model, state } = run(c, [
      { type: 'acceptAll', side: 'mine' },
      { type: 'reset' },
      ...Array.from({ length: 10 }, (_, i): ResolutionAction => ({
        type: 'pick',
        slot: i + 1,
        pick: 'theirs',
      })),
    ])
    expect(findUndecided(model, state, 0, 1)).toBe(0)
    expect(findUndecided(model, state, 5, -1)).toBe(0)
  })
})

describe('assembleResolution', () => {
  it('builds the text from each hunk choice, keep-both in either order', () => {
    const c = textConflict(8, 4)
    const { state } = run(c, [
      { type: 'pick', slot: 0, pick: 'mine-then-theirs' },
      { type: 'pick', slot: 1, pick: 'theirs-then-mine' },
      { type: 'pick', slot: 2, pick: 'mine' },
    ])
    const value = assembleResolution(c, state.decisions)
    expect(value.title).toBe('Mine\nTheirs')
    expect(value.body).toBe(
      'theirs 0\nmine 0\nline 1\nline 2\nline 3\nmine 4\nline 5\nline 6\nline 7\n',
    )
  })

  it('refuses to assemble with a slot undecided', () => {
    const c = textConflict(8, 4)
    const { state } = run(c, [{ type: 'pick', slot: 0, pick: 'mine' }])
    expect(() => assembleResolution(c, state.decisions)).toThrow(/no decision/)
  })

  it.each([
    ['mine-then-theirs', 'a\n', 'b\n', 'a\nb\n'],
    ['theirs-then-mine', 'a\n', 'b\n', 'b\na\n'],
    ['theirs-then-mine', 'a', 'b', 'b\na'],
  ] as const)('keeps both, %s, of %j and %j as %j', (pick, mine, theirs, expected) => {
    const base = 'x\n'
    const text = mergeText(base, mine, theirs)
    const conflict: ResourceConflict<{ t: string }> = {
      base: { t: base },
      mine: { t: mine },
      theirs: { t: theirs },
      merged: { t: theirs },
      conflicts: [{ path: ['t'], base, mine, theirs, text }],
      changes: [],
      problem,
      theirsVersion: null,
    }
    const { state } = run(conflict, [{ type: 'pick', slot: 0, pick }])
    expect(assembleResolution(conflict, state.decisions).t).toBe(expected)
  })

  it('prefills JSON values from the previous side', () => {
    const conflict: MergeConflict = { path: ['n'], base: 1, mine: 2, theirs: 3 }
    expect(prefill(conflict, undefined, 'theirs')).toBe('3')
    expect(prefill(conflict, undefined, null)).toBe('2')
  })
})
