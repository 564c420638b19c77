// What `mergeValues` reports as changed, key by key: nothing for values all three sides share,
// a deletion by both sides once, and nothing for keys theirs merely reordered. The change list
// is what the resolver shows as "changed by you / by them / by both".
import { mergeValues } from '../../../src/core/merge/index'

describe("mergeValues' changes", () => {
  it('three equal copies (not the same object) are no change at all', () => {
    expect(mergeValues([1, 2], [1, 2], [1, 2]).changes).toEqual([])
    const r = mergeValues({ tags: ['a', 'b'] }, { tags: ['a', 'b'] }, { tags: ['a', 'b'] })
    expect(r.changes).toEqual([])
    expect(r.clean).toBe(true)
  })

  it('a key both sides deleted is one change by both, and gone from the merge', () => {
    const r = mergeValues({ a: 1, b: 2 }, { a: 1 }, { a: 1 })
    expect(r.changes).toEqual([{ path: ['b'], from: 'both' }])
    expect(Object.keys(r.merged)).toEqual(['a'])
  })

  it('keys theirs reordered are not changes', () => {
    const r = mergeValues({ a: 1, b: 2, c: 3 }, { a: 1, b: 2, c: 3 }, { c: 3, a: 1, b: 2 })
    expect(r.changes).toEqual([])
    expect(r.merged).toEqual({ c: 3, a: 1, b: 2 })
  })

  it('a key mine deleted while theirs reordered the keys is a change by mine only', () => {
    const r = mergeValues({ a: 1, b: 2, c: 3 }, { a: 1, b: 2 }, { c: 3, a: 1, b: 2 })
    expect(r.changes).toEqual([{ path: ['c'], from: 'mine' }])
    expect(Object.keys(r.merged)).toEqual(['a', 'b'])
  })

  it('a key theirs deleted while reordering the rest is a change by theirs only', () => {
    const r = mergeValues({ a: 1, b: 2, c: 3 }, { a: 1, b: 2, c: 3 }, { b: 2, a: 1 })
    expect(r.changes).toEqual([{ path: ['c'], from: 'theirs' }])
    expect(Object.keys(r.merged)).toEqual(['b', 'a'])
  })

  it('a key mine deleted is absent from the merge, not present as undefined', () => {
    const r = mergeValues({ a: 1, b: 2, c: 3 }, { a: 1, c: 3 }, { a: 1, b: 2, c: 3 })
    expect(Object.hasOwn(r.merged, 'b')).toBe(false)
    expect(Object.keys(r.merged)).toEqual(['a', 'c'])
  })

  it('a key mine added is one change, whatever its name (even "undefined")', () => {
    const r = mergeValues<Record<string, number>>({ a: 1 }, { a: 1, undefined: 5 }, { a: 1 })
    expect(r.changes).toEqual([{ path: ['undefined'], from: 'mine' }])
    expect(r.merged).toEqual({ a: 1, undefined: 5 })
  })
})
