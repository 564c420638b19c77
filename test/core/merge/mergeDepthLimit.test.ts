// `mergeValues` merges objects key by key down to 1,000 levels and as whole values below
// that: two edits to different keys of one object are clean above the limit and a conflict
// at that object past it.
import { mergeValues } from '../../../src/core/merge/index'

/** `{ c: { c: ... leaf } }` with `leaf` at path length `depth`. */
function nested(depth: number, leaf: unknown): unknown {
  let value: unknown = leaf
  for (let i = 0; i < depth; i++) value = { c: value }
  return value
}

const edits = (depth: number) =>
  mergeValues(
    nested(depth, { a: 0, b: 0 }),
    nested(depth, { a: 1, b: 0 }),
    nested(depth, { a: 0, b: 1 }),
  )

describe('the depth limit of mergeValues', () => {
  it('merges an object at path length 999 key by key', () => {
    const r = edits(999)
    expect(r.clean).toBe(true)
    expect(r.merged).toEqual(nested(999, { a: 1, b: 1 }))
  })

  it('takes an object at path length 1,000 as one value: different edits conflict there', () => {
    const r = edits(1000)
    expect(r.clean).toBe(false)
    expect(r.conflicts.map((c) => c.path.length)).toEqual([1000])
  })

  it('merges the root object key by key', () => {
    expect(edits(0).merged).toEqual({ a: 1, b: 1 })
  })
})
