import { editReducer, viewing, type EditSession } from '../../../src/core/resource/editSession'
import type { HttpProblem } from '../../../src/core/http/types'
import type { ResourceConflict } from '../../../src/core/resource/types'

type Doc = { title: string }
const server = { value: { title: 'A' }, version: '"1"' }
const problem: HttpProblem = { status: 500, kind: 'other', title: 'Server error', raw: null }

function editing(title = 'B'): EditSession<Doc> {
  return editReducer<Doc>(viewing, { type: 'edit', next: { title }, server })
}

describe('editReducer', () => {
  it('captures base and version when editing starts', () => {
    expect(editing()).toEqual({
      phase: 'editing',
      draft: { title: 'B' },
      base: { title: 'A' },
      baseVersion: '"1"',
    })
  })

  it('keeps the original base when later edits arrive with a newer server value', () => {
    const s = editReducer(editing(), {
      type: 'edit',
      next: (d) => ({ title: d.title + '!' }),
      server: { value: { title: 'Z' }, version: '"9"' },
    })
    expect(s).toMatchObject({ draft: { title: 'B!' }, base: { title: 'A' }, baseVersion: '"1"' })
  })

  it('applies updater functions to the server value on the first edit', () => {
    const s = editReducer<Doc>(viewing, {
      type: 'edit',
      next: (d) => ({ title: d.title.toLowerCase() }),
      server,
    })
    expect(s).toMatchObject({ draft: { title: 'a' } })
  })

  it('returns to viewing after a save when nothing was typed meanwhile', () => {
    const saving = editReducer(editing(), { type: 'save-start' })
    expect(saving).toMatchObject({ phase: 'saving', sent: { title: 'B' } })
    const saved = editReducer(saving, {
      type: 'save-success',
      saved: { value: { title: 'B' }, version: '"2"' },
    })
    expect(saved).toBe(viewing)
  })

  it('keeps typing done during a save, rebased on the saved value', () => {
    let s = editReducer(editing(), { type: 'save-start' })
    s = editReducer(s, { type: 'edit', next: { title: 'BC' }, server })
    s = editReducer(s, { type: 'save-success', saved: { value: { title: 'B' }, version: '"2"' } })
    expect(s).toEqual({
      phase: 'editing',
      draft: { title: 'BC' },
      base: { title: 'B' },
      baseVersion: '"2"',
    })
  })

  it('keeps the draft on failure and allows another save', () => {
    let s = editReducer(editReducer(editing(), { type: 'save-start' }), {
      type: 'save-failure',
      problem,
    })
    expect(s).toMatchObject({ phase: 'failed', draft: { title: 'B' }, problem })
    s = editReducer(s, { type: 'save-start' })
    expect(s.phase).toBe('saving')
  })

  it('ignores a second save-start while saving', () => {
    const saving = editReducer(editing(), { type: 'save-start' })
    expect(editReducer(saving, { type: 'save-start' })).toBe(saving)
  })

  it('holds the draft untouched during a conflict and rebases on resolve', () => {
    const conflict = {
      base: { title: 'A' },
      mine: { title: 'B' },
      theirs: { title: 'C' },
      merged: { title: 'C' },
      conflicts: [{ path: ['title'], base: 'A', mine: 'B', theirs: 'C' }],
      changes: [],
      problem: { ...problem, status: 412, kind: 'stale' },
      theirsVersion: '"3"',
    } satisfies ResourceConflict<Doc>
    let s = editReducer(editReducer(editing(), { type: 'save-start' }), {
      type: 'conflict',
      conflict,
    })
    expect(editReducer(s, { type: 'edit', next: { title: 'X' }, server })).toBe(s)
    s = editReducer(s, {
      type: 'rebase',
      value: { title: 'B and C' },
      onto: { value: conflict.theirs, version: '"3"' },
    })
    expect(s).toMatchObject({
      phase: 'saving',
      draft: { title: 'B and C' },
      base: { title: 'C' },
      baseVersion: '"3"',
    })
  })

  it('restores a stored draft with its own base', () => {
    const s = editReducer<Doc>(viewing, {
      type: 'restore',
      draft: { title: 'old draft' },
      base: { title: 'old base' },
      baseVersion: '"0"',
    })
    expect(s).toMatchObject({ phase: 'editing', base: { title: 'old base' }, baseVersion: '"0"' })
  })

  const conflictOf = (s: EditSession<Doc>): ResourceConflict<Doc> => ({
    base: { title: 'A' },
    mine: { title: 'B' },
    theirs: { title: 'C' },
    merged: { title: 'C' },
    conflicts: [{ path: ['title'], base: 'A', mine: 'B', theirs: 'C' }],
    changes: [],
    problem: { ...problem, status: 412, kind: 'stale' },
    theirsVersion: s.phase === 'viewing' ? null : '"2"',
  })
  const phases: Array<[string, EditSession<Doc>]> = [
    ['editing', editing()],
    ['saving', editReducer(editing(), { type: 'save-start' })],
    [
      'failed',
      editReducer(editReducer(editing(), { type: 'save-start' }), {
        type: 'save-failure',
        problem,
      }),
    ],
    [
      'conflict',
      editReducer(editReducer(editing(), { type: 'save-start' }), {
        type: 'conflict',
        conflict: conflictOf(editing()),
      }),
    ],
  ]

  it.each(phases)('discards from %s to viewing, keeping the draft for undo', (phase, s) => {
    expect(s.phase).toBe(phase)
    const discarded = editReducer(s, { type: 'discard' })
    expect(discarded).toEqual({
      phase: 'viewing',
      discarded: { draft: { title: 'B' }, base: { title: 'A' }, baseVersion: '"1"' },
    })
    expect(editReducer(discarded, { type: 'undo-discard' })).toEqual({
      phase: 'editing',
      draft: { title: 'B' },
      base: { title: 'A' },
      baseVersion: '"1"',
    })
  })

  it('forgets the discarded draft once editing starts again', () => {
    const discarded = editReducer(editing(), { type: 'discard' })
    const again = editReducer(discarded, { type: 'edit', next: { title: 'D' }, server })
    expect(again).toMatchObject({ phase: 'editing', draft: { title: 'D' } })
    expect(editReducer(again, { type: 'undo-discard' })).toBe(again)
  })

  it('has nothing to discard or undo while viewing', () => {
    expect(editReducer<Doc>(viewing, { type: 'discard' })).toBe(viewing)
    expect(editReducer<Doc>(viewing, { type: 'undo-discard' })).toBe(viewing)
  })
})
