import { changeSides } from '../../src/components/ConflictResolver/changeSides'
import { mergeValues } from '../../src/core/merge/mergeValues'
import type { MergeChange } from '../../src/core/merge/types'

type Item = { id: number; label: string }
const item = (id: number, label: string): Item => ({ id, label })

// Theirs adds items 7 and 8 in front, deletes item 2 and edits item 3; mine appends item 4.
const base = { title: 'Plan', items: [item(1, 'a'), item(2, 'b'), item(3, 'c')] }
const mine = { title: 'Plan', items: [item(1, 'a'), item(2, 'b'), item(3, 'c'), item(4, 'mine')] }
const theirs = {
  title: 'Plan v2',
  items: [item(7, 'new'), item(8, 'newer'), item(1, 'a'), item(3, 'C')],
}
const result = mergeValues(base, mine, theirs)
type Row = { key: string; id: number; label: string }
const row = (key: string, label: string): Row => ({ key, id: 1, label })
const sidesOf = (r: { merged: unknown; changes: MergeChange[] }, mineValue: unknown) =>
  r.changes.map((change) => changeSides(mineValue, r.merged, change))

describe('changeSides', () => {
  it('reads the fixture the way the merge reports it', () => {
    expect(result.clean).toBe(true)
    expect(result.changes).toEqual([
      { path: ['title'], from: 'theirs' },
      { path: ['items', 0], from: 'theirs', minePath: null },
      { path: ['items', 1], from: 'theirs', minePath: null },
      { path: ['items', 3], from: 'theirs', minePath: ['items', 1], removed: true },
      { path: ['items', 3, 'label'], from: 'theirs', minePath: ['items', 2, 'label'] },
      { path: ['items', 4], from: 'mine', minePath: ['items', 3] },
    ])
  })

  it('shows each change against the same item in mine', () => {
    expect(sidesOf(result, mine)).toEqual([
      { mine: 'Plan', merged: 'Plan v2' },
      { mine: undefined, merged: item(7, 'new') },
      { mine: undefined, merged: item(8, 'newer') },
      // theirs deleted item 2: merged's index 3 holds item 3, which is not compared with it
      { mine: item(2, 'b'), merged: undefined },
      // merged index 3 is item 3; in mine index 3 is item 4: the merge says where item 3 is
      { mine: 'c', merged: 'C' },
      // mine's own addition is the same on both sides
      null,
    ])
  })

  it('finds items by the key the merge matched them on, not by an id field', () => {
    // `id` here is a group shared by several rows; `key` is what identifies a row.
    const b = { rows: [row('a', 'first'), row('b', 'second')] }
    const m = { rows: [row('z', 'mine'), row('a', 'first'), row('b', 'second')] }
    const t = { rows: [row('a', 'first'), row('b', 'SECOND')] }
    const r = mergeValues(b, m, t, { itemId: 'key' })
    expect(r.merged.rows.map((x) => x.label)).toEqual(['mine', 'first', 'SECOND'])
    const edit = r.changes.find((c) => c.from === 'theirs')!
    expect(edit.path).toEqual(['rows', 2, 'label'])
    // Found by `id`, mine's row would be the first with id 1: 'mine', another row's value.
    expect(changeSides(m, r.merged, edit)).toEqual({ mine: 'second', merged: 'SECOND' })
  })

  it.each<[string, MergeChange, unknown]>([
    ['a path to nothing on either side', { path: ['missing'], from: 'theirs' }, null],
    ['an index past the end', { path: ['items', 9], from: 'theirs' }, null],
  ])('%s', (_name, change, expected) => {
    expect(changeSides(mine, result.merged, change)).toEqual(expected)
  })
})
