import { jsonEqual, mergeValues, resolveValues } from '../../../src/core/merge/index'

/** `{ child: { child: ... leaf } }` nested `depth` levels, built without recursion. */
function nested(depth: number, leaf: unknown, key = 'child'): unknown {
  let value: unknown = leaf
  for (let i = 0; i < depth; i++) value = { [key]: value }
  return value
}

/** `[{ id: 1, items: [{ id: 1, items: ... leaf }] }]`: arrays of identified items, nested. */
function nestedItems(depth: number, leaf: unknown): unknown {
  let value: unknown = leaf
  for (let i = 0; i < depth; i++) value = [{ id: 1, items: value }]
  return value
}

describe('values nested far deeper than the stack allows', () => {
  const DEPTH = 10_000

  it('jsonEqual compares them (100,000 levels) without running out of stack', () => {
    expect(jsonEqual(nested(100_000, 1), nested(100_000, 1))).toBe(true)
    expect(jsonEqual(nested(100_000, 1), nested(100_000, 2))).toBe(false)
    expect(jsonEqual(nested(100_000, [1, { a: undefined }]), nested(100_000, [1, {}]))).toBe(true)
    expect(jsonEqual(nested(100_000, 1), nested(99_999, 1))).toBe(false)
  })

  it('a change deep down on one side merges cleanly to that side', () => {
    const base = nested(DEPTH, 'base')
    const mine = nested(DEPTH, 'mine')
    const result = mergeValues(base, mine, base)
    expect(result.clean).toBe(true)
    expect(jsonEqual(result.merged, mine)).toBe(true)
    expect(result.changes).toHaveLength(1)
  })

  it('changes on both sides deep down are one conflict, and each choice resolves it', () => {
    const base = nested(DEPTH, 'base')
    const mine = nested(DEPTH, 'mine')
    const theirs = nested(DEPTH, 'theirs')
    const result = mergeValues(base, mine, theirs)
    expect(result.clean).toBe(false)
    expect(result.conflicts).toHaveLength(1)
    const [conflict] = result.conflicts
    // Reported where the merge stops descending, with both sides' whole subtrees.
    expect(conflict?.path.every((key) => key === 'child')).toBe(true)
    expect(jsonEqual(result.merged, theirs)).toBe(true)
    expect(jsonEqual(resolveValues(result, ['mine']), mine)).toBe(true)
    expect(jsonEqual(resolveValues(result, ['base']), base)).toBe(true)
  })

  it('separate changes near the top still merge key by key', () => {
    const deep = nested(DEPTH, 'leaf')
    const base = { a: 1, b: 1, deep }
    const result = mergeValues(base, { ...base, a: 2 }, { ...base, b: 3 })
    expect(result.clean).toBe(true)
    expect(result.merged).toEqual({ a: 2, b: 3, deep })
  })

  it('arrays of identified items nested that deep merge too', () => {
    const base = nestedItems(DEPTH, 'base')
    const theirs = nestedItems(DEPTH, 'theirs')
    const result = mergeValues(base, base, theirs)
    expect(result.clean).toBe(true)
    expect(jsonEqual(result.merged, theirs)).toBe(true)
    const conflict = mergeValues(base, nestedItems(DEPTH, 'mine'), theirs)
    expect(conflict.conflicts).toHaveLength(1)
  })
})
