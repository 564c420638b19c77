import { changeSides } from '../../src/components/ConflictResolver/changeSides'
import { mergeValues } from '../../src/core/merge/mergeValues'

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

describe('changeSides', () => {
  it('reads the fixture the way the merge reports it', () => {
    expect(result.clean).toBe(true)
    expect(result.changes).toEqual([
      { path: ['title'], from: 'theirs' },
      { path: ['items', 0], from: 'theirs' },
      { path: ['items', 1], from: 'theirs' },
      { path: ['items', 3], from: 'theirs' },
      { path: ['items', 3, 'label'], from: 'theirs' },
      { path: ['items', 4], from: 'mine' },
    ])
  })

  it.each([
    ['an object key', ['title'], { mine: 'Plan', merged: 'Plan v2' }],
    ['an item theirs added', ['items', 1], { mine: undefined, merged: item(8, 'newer') }],
    // merged index 3 is item 3; in mine index 3 is item 4, so only the id finds the right one
    ['a field of an item, found by id', ['items', 3, 'label'], { mine: 'c', merged: 'C' }],
    ['an item theirs deleted (the index holds another)', ['items', 3], null],
    ['a path to nothing on either side', ['missing'], null],
    ['an index past the end', ['items', 9], null],
  ])('%s', (_name, path, expected) => {
    expect(changeSides(mine, result.merged, path)).toEqual(expected)
  })

  it('does not guess for items without an id', () => {
    expect(changeSides({ list: [{ n: 1 }] }, { list: [{ n: 2 }] }, ['list', 0, 'n'])).toBeNull()
  })
})
