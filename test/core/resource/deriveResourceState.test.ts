import { deriveResourceState } from '../../../src/core/resource/deriveResourceState'
import { editReducer, viewing, type EditSession } from '../../../src/core/resource/editSession'
import type { HttpProblem } from '../../../src/core/http/types'

type Doc = { n: number }
const v1: { value: Doc; version: string | null } = { value: { n: 1 }, version: 'v1' }
const v2 = { value: { n: 5 }, version: 'v2' }
const loadProblem: HttpProblem = { status: 0, kind: 'other', title: 'Offline', raw: null }
const edit = (n: number, server = v1): EditSession<Doc> =>
  editReducer<Doc>(viewing, { type: 'edit', next: { n }, server })

describe('deriveResourceState', () => {
  it.each([
    ['pending before data', viewing, undefined, null, 'pending', 'viewing'],
    ['error when the first load failed', viewing, undefined, loadProblem, 'error', 'viewing'],
    ['success with data even if a refetch failed', viewing, v1, loadProblem, 'success', 'viewing'],
    ['success while editing', edit(2), v1, null, 'success', 'editing'],
  ] as const)('%s', (_name, session, cached, problem, status, phase) => {
    expect(deriveResourceState<Doc>(session, cached, problem)).toMatchObject({ status, phase })
  })

  it('keeps a failed first load apart from a failed save', () => {
    const load = deriveResourceState<Doc>(viewing, undefined, loadProblem)
    const failed = editReducer(editReducer(edit(2), { type: 'save-start' }), {
      type: 'save-failure',
      problem: loadProblem,
    })
    const save = deriveResourceState(failed, v1, null)
    expect(load).toMatchObject({ status: 'error', phase: 'viewing', data: undefined })
    expect(save).toMatchObject({ status: 'success', phase: 'failed', data: { n: 1 } })
  })

  it('narrows data and draft once loaded', () => {
    const view = deriveResourceState<Doc>(viewing, v1, null)
    if (view.status !== 'success') throw new Error('expected a loaded view')
    // Compiles only because `status: 'success'` narrows `draft` to Doc.
    const n: number = view.draft.n
    expect(n).toBe(1)
  })

  it.each([
    ['nothing edited', viewing, false],
    ['an edit back to the base', edit(1), false],
    ['an unsaved edit', edit(2), true],
    ['a save in flight', editReducer(edit(1), { type: 'save-start' }), true],
  ] as const)('counts unsaved work for the unload guard: %s', (_name, session, expected) => {
    expect(deriveResourceState<Doc>(session, v1, null).hasUnsavedWork).toBe(expected)
  })

  it('offers undo right after a discard, and not once editing starts again', () => {
    const discarded = editReducer(edit(2), { type: 'discard' })
    expect(deriveResourceState(discarded, v1, null)).toMatchObject({
      phase: 'viewing',
      canUndoDiscard: true,
      draft: { n: 1 },
    })
    const again = editReducer(discarded, { type: 'edit', next: { n: 3 }, server: v1 })
    expect(deriveResourceState(again, v1, null).canUndoDiscard).toBe(false)
  })

  it('is dirty only when the draft differs from its base', () => {
    expect(deriveResourceState(edit(2), v1, null).isDirty).toBe(true)
    expect(deriveResourceState(edit(1), v1, null).isDirty).toBe(false)
  })

  it('flags a newer server version while editing and exposes it as theirs', () => {
    const view = deriveResourceState(edit(2), v2, null)
    expect(view.isStale).toBe(true)
    expect(view.theirs).toEqual(v2)
    expect(view.draft).toEqual({ n: 2 })
    expect(view.data).toEqual({ n: 5 })
  })

  it('compares values when the server gives no versions', () => {
    const s = edit(2, { value: { n: 1 }, version: null })
    expect(deriveResourceState(s, { value: { n: 1 }, version: null }, null).isStale).toBe(false)
    expect(deriveResourceState(s, { value: { n: 3 }, version: null }, null).isStale).toBe(true)
  })

  it('does not call its own optimistic value stale while saving', () => {
    const saving = editReducer(edit(2), { type: 'save-start' })
    const view = deriveResourceState(saving, { value: { n: 2 }, version: 'v1' }, null)
    expect(view).toMatchObject({ phase: 'saving', isStale: false })
  })

  it('reports a failed save as phase failed with the draft kept', () => {
    const failed = editReducer(editReducer(edit(2), { type: 'save-start' }), {
      type: 'save-failure',
      problem: loadProblem,
    })
    const view = deriveResourceState(failed, v1, null)
    expect(view).toMatchObject({ phase: 'failed', problem: loadProblem, draft: { n: 2 } })
  })
})
