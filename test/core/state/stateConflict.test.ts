import type { HttpProblem } from '../../../src/core/http/types'
import { readState, stateConflictDetails } from '../../../src/core/state/stateConflict'

const base: HttpProblem = { status: 409, kind: 'state', title: 'Already shipped', raw: null }

describe('stateConflictDetails', () => {
  it.each([
    [
      'problem extension members',
      { currentState: 'shipped', allowedActions: ['deliver'], status: 409 },
      undefined,
      { currentState: 'shipped', allowedActions: ['deliver'] },
    ],
    [
      'snake case',
      { current_state: 'accepted', allowed_actions: ['revoke', 7] },
      undefined,
      { currentState: 'accepted', allowedActions: ['revoke'] },
    ],
    [
      'the representation only',
      { title: 'x', status: 409 },
      { id: 1, state: 'delivered' },
      { currentState: 'delivered', allowedActions: [] },
    ],
    [
      'a nested error object',
      { error: { state: 'closed', message: 'closed' } },
      undefined,
      { currentState: 'closed', allowedActions: [] },
    ],
    ['nothing useful', '<html>', undefined, { currentState: null, allowedActions: [] }],
    [
      'numeric-looking status string',
      { status: '409' },
      undefined,
      { currentState: null, allowedActions: [] },
    ],
  ])('reads %s', (_name, raw, current, expected) => {
    expect(stateConflictDetails({ ...base, raw, current })).toMatchObject(expected)
  })
})

describe('readState', () => {
  it('prefers state over status and ignores non-strings', () => {
    expect(readState({ state: 'placed', status: 'ok' })).toBe('placed')
    expect(readState({ state: 3 })).toBeNull()
    expect(readState(null)).toBeNull()
  })
})
