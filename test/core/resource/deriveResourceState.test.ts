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
    ['loading before data', viewing, undefined, null, 'loading'],
    ['error when the first load failed', viewing, undefined, loadProblem, 'error'],
    ['ready with data even if a refetch failed', viewing, v1, loadProblem, 'ready'],
    ['ready while editing', edit(2), v1, null, 'ready'],
  ] as const)('%s', (_name, session, cached, problem, status) => {
    expect(deriveResourceState<Doc>(session, cached, problem).status).toBe(status)
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
    expect(view).toMatchObject({ status: 'saving', isStale: false })
  })

  it('reports a failed save as error with the draft kept', () => {
    const failed = editReducer(editReducer(edit(2), { type: 'save-start' }), {
      type: 'save-failure',
      problem: loadProblem,
    })
    const view = deriveResourceState(failed, v1, null)
    expect(view).toMatchObject({ status: 'error', problem: loadProblem, draft: { n: 2 } })
  })
})
