import { act, renderHook } from '@testing-library/react'
import { useConflictResolution } from '../../src/hooks/useConflictResolution'
import type { ResourceConflict } from '../../src/hooks/types'
import {
  cleanConflict,
  textConflict,
  valueConflict,
  type Doc,
} from '../components/conflictFixtures'

const hook = (conflict: ResourceConflict<Doc> | null) =>
  renderHook((c: ResourceConflict<Doc> | null) => useConflictResolution(c), {
    initialProps: conflict,
  })

describe('useConflictResolution', () => {
  it('counts, decides and assembles the value to save', () => {
    const { result } = hook(valueConflict())
    expect(result.current.status).toBe('undecided')
    expect(result.current.undecidedCount).toBe(2)
    expect(result.current.result).toBeNull()
    act(() => result.current.pick(0, 'mine'))
    expect(result.current.undecidedCount).toBe(1)
    expect(result.current.decisionOf(0)).toEqual({ pick: 'mine', text: null })
    act(() => result.current.acceptAll('theirs'))
    expect(result.current.status).toBe('decided')
    expect(result.current.result).toMatchObject({ title: 'My title', price: 15 })
  })

  it('answers next and previous at once, skipping decided slots', () => {
    const { result } = hook(textConflict())
    expect(result.current.current).toBeNull()
    act(() => result.current.pick(1, 'theirs'))
    let found: number | null = null
    act(() => {
      found = result.current.next()
    })
    expect(found).toBe(0)
    act(() => result.current.pick(0, 'mine'))
    act(() => {
      found = result.current.previous()
    })
    expect(found).toBeNull()
  })

  it('keeps action identities across renders', () => {
    const { result, rerender } = hook(valueConflict())
    const { pick, next, acceptAll } = result.current
    act(() => result.current.pick(0, 'theirs'))
    rerender(result.current.status === 'decided' ? null : valueConflict())
    expect(result.current.pick).toBe(pick)
    expect(result.current.next).toBe(next)
    expect(result.current.acceptAll).toBe(acceptAll)
  })

  it('starts over for a new conflict, not for a fresh wrapper of the same one', () => {
    const first = valueConflict()
    const { result, rerender } = hook(first)
    act(() => result.current.pick(0, 'mine'))
    rerender({ ...first })
    expect(result.current.decisionOf(0).pick).toBe('mine')
    rerender({ ...first, theirsVersion: '"v9"' })
    expect(result.current.decisionOf(0).pick).toBeNull()
  })

  it('is clean, with merged as the result, when nothing conflicts; empty without a conflict', () => {
    const clean = cleanConflict()
    const { result, rerender } = hook(clean)
    expect(result.current.status).toBe('clean')
    expect(result.current.result).toEqual(clean.merged)
    rerender(null)
    expect(result.current.slots).toEqual([])
    expect(result.current.result).toBeNull()
  })

  it('returns the conflict its slots and result were worked out from', () => {
    const first = textConflict()
    const { result, rerender } = hook(first)
    expect(result.current.conflict).toBe(first)
    expect(result.current.slots).toHaveLength(2)
    // A fresh wrapper of the same conflict keeps the decisions, and the conflict they are about.
    rerender({ ...first })
    expect(result.current.conflict).toBe(first)
    const other = valueConflict()
    rerender(other)
    expect(result.current.conflict).toBe(other)
    expect(result.current.slots.map((s) => other.conflicts[s.conflict]?.path)).toEqual([
      ['title'],
      ['price'],
    ])
    rerender(null)
    expect(result.current.conflict).toBeNull()
  })
})
