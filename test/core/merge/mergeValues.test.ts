import {
  getAtPath,
  insertAtPath,
  mergeValues,
  resolveValues,
  setAtPath,
} from '../../../src/core/merge/index'
import type { MergeResult, MergeValuesOptions } from '../../../src/core/merge/index'

interface Case {
  name: string
  base: unknown
  mine: unknown
  theirs: unknown
  opts?: MergeValuesOptions
  merged: unknown
  conflicts?: unknown[]
  changes?: unknown[]
}

const cases: Case[] = [
  {
    name: 'different keys changed on each side',
    base: { a: 1, b: 1, c: 1 },
    mine: { a: 2, b: 1, c: 1 },
    theirs: { a: 1, b: 1, c: 3 },
    merged: { a: 2, b: 1, c: 3 },
    changes: [
      { path: ['a'], from: 'mine' },
      { path: ['c'], from: 'theirs' },
    ],
  },
  {
    name: 'same key changed differently: conflict, theirs kept',
    base: { a: 1 },
    mine: { a: 2 },
    theirs: { a: 3 },
    merged: { a: 3 },
    conflicts: [{ path: ['a'], base: 1, mine: 2, theirs: 3 }],
  },
  {
    name: 'same change on both sides is one change',
    base: { a: 1 },
    mine: { a: 2 },
    theirs: { a: 2 },
    merged: { a: 2 },
    changes: [{ path: ['a'], from: 'both' }],
  },
  {
    name: 'nested objects merge deeply',
    base: { user: { name: 'Ann', address: { city: 'Oslo', zip: '0150' } } },
    mine: { user: { name: 'Anne', address: { city: 'Oslo', zip: '0150' } } },
    theirs: { user: { name: 'Ann', address: { city: 'Bergen', zip: '0150' } } },
    merged: { user: { name: 'Anne', address: { city: 'Bergen', zip: '0150' } } },
    changes: [
      { path: ['user', 'name'], from: 'mine' },
      { path: ['user', 'address', 'city'], from: 'theirs' },
    ],
  },
  {
    name: 'keys added on each side',
    base: {},
    mine: { x: 1 },
    theirs: { y: 2 },
    merged: { y: 2, x: 1 },
    changes: [
      { path: ['y'], from: 'theirs' },
      { path: ['x'], from: 'mine' },
    ],
  },
  {
    name: 'same key added with the same value',
    base: {},
    mine: { x: [1, 2] },
    theirs: { x: [1, 2] },
    merged: { x: [1, 2] },
    changes: [{ path: ['x'], from: 'both' }],
  },
  {
    name: 'same key added with different values: conflict',
    base: {},
    mine: { x: { a: 1 } },
    theirs: { x: { a: 2 } },
    merged: { x: { a: 2 } },
    conflicts: [{ path: ['x'], base: undefined, mine: { a: 1 }, theirs: { a: 2 } }],
  },
  {
    name: 'deleted on one side, untouched on the other: deleted',
    base: { a: 1, b: 2 },
    mine: { a: 1 },
    theirs: { a: 1, b: 2 },
    merged: { a: 1 },
    changes: [{ path: ['b'], from: 'mine' }],
  },
  {
    name: 'mine deletes what theirs edits: conflict',
    base: { a: { x: 1 } },
    mine: {},
    theirs: { a: { x: 2 } },
    merged: { a: { x: 2 } },
    conflicts: [{ path: ['a'], base: { x: 1 }, mine: undefined, theirs: { x: 2 } }],
  },
  {
    name: 'theirs deletes what mine edits: conflict, merged lacks it',
    base: { a: 1, b: 1 },
    mine: { a: 5, b: 1 },
    theirs: { b: 1 },
    merged: { b: 1 },
    conflicts: [{ path: ['a'], base: 1, mine: 5, theirs: undefined }],
  },
  {
    name: 'type change on one side',
    base: { v: { n: 1 } },
    mine: { v: 'one' },
    theirs: { v: { n: 1 } },
    merged: { v: 'one' },
    changes: [{ path: ['v'], from: 'mine' }],
  },
  {
    name: 'type change against an inner edit: conflict',
    base: { v: { n: 1 } },
    mine: { v: [1] },
    theirs: { v: { n: 2 } },
    merged: { v: { n: 2 } },
    conflicts: [{ path: ['v'], base: { n: 1 }, mine: [1], theirs: { n: 2 } }],
  },
  {
    name: 'null is a value',
    base: { a: null, b: 1 },
    mine: { a: { x: 1 }, b: 1 },
    theirs: { a: null, b: null },
    merged: { a: { x: 1 }, b: null },
    changes: [
      { path: ['a'], from: 'mine' },
      { path: ['b'], from: 'theirs' },
    ],
  },
  {
    name: 'booleans and numbers',
    base: { on: false, n: 0 },
    mine: { on: true, n: 0 },
    theirs: { on: false, n: 0.5 },
    merged: { on: true, n: 0.5 },
  },
  {
    name: 'arrays without ids are whole values',
    base: { tags: ['a', 'b'] },
    mine: { tags: ['a', 'b', 'c'] },
    theirs: { tags: ['b'] },
    merged: { tags: ['b'] },
    conflicts: [{ path: ['tags'], base: ['a', 'b'], mine: ['a', 'b', 'c'], theirs: ['b'] }],
  },
  {
    name: 'an array where one item lacks an id is a whole value',
    base: [{ id: 1 }, { id: 2 }],
    mine: [{ id: 1, v: 1 }, { id: 2 }],
    theirs: [{ id: 1 }, { id: 2 }, { v: 3 }],
    merged: [{ id: 1 }, { id: 2 }, { v: 3 }],
    conflicts: [
      {
        path: [],
        base: [{ id: 1 }, { id: 2 }],
        mine: [{ id: 1, v: 1 }, { id: 2 }],
        theirs: [{ id: 1 }, { id: 2 }, { v: 3 }],
      },
    ],
  },
  {
    name: 'duplicate ids make the array a whole value',
    base: [{ id: 1 }],
    mine: [{ id: 1 }, { id: 1 }],
    theirs: [{ id: 1 }],
    merged: [{ id: 1 }, { id: 1 }],
    changes: [{ path: [], from: 'mine' }],
  },
  {
    name: 'id arrays: items edited on both sides, different fields',
    base: [
      { id: 'a', t: 'A', done: false },
      { id: 'b', t: 'B', done: false },
    ],
    mine: [
      { id: 'a', t: 'A!', done: false },
      { id: 'b', t: 'B', done: false },
    ],
    theirs: [
      { id: 'a', t: 'A', done: true },
      { id: 'b', t: 'B', done: false },
    ],
    merged: [
      { id: 'a', t: 'A!', done: true },
      { id: 'b', t: 'B', done: false },
    ],
    changes: [
      { path: [0, 't'], from: 'mine' },
      { path: [0, 'done'], from: 'theirs' },
    ],
  },
  {
    name: "id arrays: mine's new item goes after its predecessor, theirs' order kept",
    base: [{ id: 1 }, { id: 2 }, { id: 3 }],
    mine: [{ id: 1 }, { id: 2 }, { id: 9 }, { id: 3 }],
    theirs: [{ id: 0 }, { id: 1 }, { id: 2 }, { id: 3 }, { id: 4 }],
    merged: [{ id: 0 }, { id: 1 }, { id: 2 }, { id: 9 }, { id: 3 }, { id: 4 }],
    changes: [
      { path: [0], from: 'theirs', minePath: null },
      { path: [3], from: 'mine', minePath: [2] },
      { path: [5], from: 'theirs', minePath: null },
    ],
  },
  {
    name: 'id arrays: both delete different items',
    base: [{ id: 1 }, { id: 2 }, { id: 3 }],
    mine: [{ id: 1 }, { id: 3 }],
    theirs: [{ id: 1 }, { id: 2 }],
    merged: [{ id: 1 }],
    changes: [
      { path: [1], from: 'mine', minePath: null, removed: true },
      { path: [1], from: 'theirs', removed: true },
    ],
  },
  {
    name: 'id arrays: theirs deletes an item mine edited',
    base: [{ id: 1 }, { id: 2, v: 0 }, { id: 3 }],
    mine: [{ id: 1 }, { id: 2, v: 1 }, { id: 3 }],
    theirs: [{ id: 1 }, { id: 3 }],
    merged: [{ id: 1 }, { id: 3 }],
    conflicts: [{ path: [1], base: { id: 2, v: 0 }, mine: { id: 2, v: 1 }, theirs: undefined }],
  },
  {
    name: 'id arrays: mine reorders, theirs edits: mine order, theirs edit',
    base: [{ id: 1, v: 0 }, { id: 2 }],
    mine: [{ id: 2 }, { id: 1, v: 0 }],
    theirs: [{ id: 1, v: 1 }, { id: 2 }],
    merged: [{ id: 2 }, { id: 1, v: 1 }],
    changes: [
      { path: [], from: 'mine' },
      { path: [1, 'v'], from: 'theirs' },
    ],
  },
  {
    name: 'id arrays: both reorder differently: conflict on the whole array',
    base: [{ id: 1 }, { id: 2 }, { id: 3 }],
    mine: [{ id: 3 }, { id: 1 }, { id: 2 }],
    theirs: [{ id: 2 }, { id: 1 }, { id: 3 }],
    merged: [{ id: 2 }, { id: 1 }, { id: 3 }],
    conflicts: [
      {
        path: [],
        base: [{ id: 1 }, { id: 2 }, { id: 3 }],
        mine: [{ id: 3 }, { id: 1 }, { id: 2 }],
        theirs: [{ id: 2 }, { id: 1 }, { id: 3 }],
      },
    ],
  },
  {
    name: 'id arrays: same id added with different content: conflict at its index',
    base: [{ id: 1 }],
    mine: [{ id: 1 }, { id: 2, v: 'm' }],
    theirs: [{ id: 1 }, { id: 2, v: 't' }],
    merged: [{ id: 1 }, { id: 2, v: 't' }],
    conflicts: [{ path: [1], base: undefined, mine: { id: 2, v: 'm' }, theirs: { id: 2, v: 't' } }],
  },
  {
    name: 'custom itemId function',
    opts: { itemId: (item) => (item as { key?: string }).key },
    base: [{ key: 'k', n: 1 }],
    mine: [{ key: 'k', n: 2 }],
    theirs: [{ key: 'z' }, { key: 'k', n: 1 }],
    merged: [{ key: 'z' }, { key: 'k', n: 2 }],
  },
  {
    name: 'text fields merge line by line',
    opts: { text: ['body'] },
    base: { body: 'one\ntwo\nthree\nfour\n' },
    mine: { body: 'ONE\ntwo\nthree\nfour\n' },
    theirs: { body: 'one\ntwo\nthree\nFOUR\n' },
    merged: { body: 'ONE\ntwo\nthree\nFOUR\n' },
    changes: [{ path: ['body'], from: 'both' }],
  },
  {
    name: 'strings not marked as text are whole values',
    base: { body: 'one\ntwo\nthree\nfour\n' },
    mine: { body: 'ONE\ntwo\nthree\nfour\n' },
    theirs: { body: 'one\ntwo\nthree\nFOUR\n' },
    merged: { body: 'one\ntwo\nthree\nFOUR\n' },
    conflicts: [
      {
        path: ['body'],
        base: 'one\ntwo\nthree\nfour\n',
        mine: 'ONE\ntwo\nthree\nfour\n',
        theirs: 'one\ntwo\nthree\nFOUR\n',
      },
    ],
  },
  {
    name: 'wildcard text paths reach into id arrays',
    opts: { text: ['sections.*.text'] },
    base: { sections: [{ id: 's', text: 'a\nb\nc\n' }] },
    mine: { sections: [{ id: 's', text: 'A\nb\nc\n' }] },
    theirs: { sections: [{ id: 's', text: 'a\nb\nC\n' }] },
    merged: { sections: [{ id: 's', text: 'A\nb\nC\n' }] },
  },
]

describe('mergeValues', () => {
  test.each(cases)('$name', (c) => {
    const r = mergeValues(c.base, c.mine, c.theirs, c.opts)
    expect(r.merged).toEqual(c.merged)
    expect(r.conflicts).toEqual(c.conflicts ?? [])
    expect(r.clean).toBe(!c.conflicts)
    expect(c.changes ? r.changes : 'unchecked').toEqual(c.changes ?? 'unchecked')
  })

  test('text conflicts carry the text merge', () => {
    const r = mergeValues(
      { body: 'a\nb\n' },
      { body: 'a\nB\n' },
      { body: 'a\nZ\n' },
      { text: (p) => p[0] === 'body' },
    )
    expect(r.merged).toEqual({ body: 'a\nZ\n' })
    expect(r.conflicts[0]?.text).toMatchObject({
      clean: false,
      text: 'a\n<<<<<<< mine\nB\n=======\nZ\n>>>>>>> theirs\n',
    })
  })

  test('inputs are never mutated', () => {
    const base = { list: [{ id: 1, v: 1 }], o: { a: 1 } }
    const mine = { list: [{ id: 1, v: 2 }, { id: 2 }], o: { a: 2 } }
    const theirs = { list: [{ id: 1, v: 3 }], o: { a: 1, b: 1 } }
    const snapshot = JSON.stringify([base, mine, theirs])
    const r = mergeValues(base, mine, theirs)
    resolveValues(
      r,
      r.conflicts.map(() => 'mine'),
    )
    expect(JSON.stringify([base, mine, theirs])).toBe(snapshot)
  })

  test('merged shares what merges to theirs and copies only the way down to a change', () => {
    const parse = (v: unknown) => JSON.parse(JSON.stringify(v)) as Doc
    type Doc = { meta: { tags: string[] }; list: { id: number; v: number }[]; o: { a: number } }
    const doc: Doc = {
      meta: { tags: ['x'] },
      list: [
        { id: 1, v: 1 },
        { id: 2, v: 1 },
      ],
      o: { a: 1 },
    }
    const [base, mine, theirs] = [parse(doc), parse(doc), parse(doc)]
    mine.o.a = 2
    const r = mergeValues(base, mine, theirs)
    expect(r.merged).toEqual({ ...doc, o: { a: 2 } })
    expect(r.merged).not.toBe(theirs)
    expect(r.merged.meta).toBe(theirs.meta)
    expect(r.merged.list).toBe(theirs.list)
    expect(mergeValues(base, parse(doc), theirs).merged).toBe(theirs)
    // An id-matched array with one item changed: a new array, its other items shared.
    mine.list[1] = { id: 2, v: 5 }
    const items = mergeValues(base, mine, theirs).merged.list
    expect(items).not.toBe(theirs.list)
    expect(items[0]).toBe(theirs.list[0])
    expect(items[1]).toEqual({ id: 2, v: 5 })
  })

  test('ids: integers, strings, big and odd numbers are told apart as before', () => {
    const items = (...ids: (number | string)[]) => ids.map((id) => ({ id, v: 0 }))
    // 1 and '1' are different ids; so are 0 and 0.5; a huge id falls back from the table.
    const base = items(1, '1', 0.5, 1e12, -3)
    const mine = [...items(1, '1', 0.5, 1e12, -3), { id: 0, v: 1 }]
    const theirs = items('1', 1, 0.5, 1e12, -3).map((x) => (x.id === 1e12 ? { ...x, v: 9 } : x))
    const r = mergeValues(base, mine, theirs)
    expect(r.clean).toBe(true)
    expect(r.merged).toEqual([
      ...items('1', 1, 0.5),
      { id: 1e12, v: 9 },
      ...items(-3),
      { id: 0, v: 1 },
    ])
    // A repeated id on one side makes the array one value, whichever lookup finds it.
    for (const dup of [7, 'k', 1e12]) {
      const twice = mergeValues(items(dup), items(dup, dup), items(dup))
      expect(twice.changes).toEqual([{ path: [], from: 'mine' }])
    }
  })

  test('a __proto__ key from JSON stays a plain key', () => {
    const base = JSON.parse('{"a":1}') as object
    const mine = JSON.parse('{"a":1,"__proto__":{"polluted":true}}') as object
    const r = mergeValues(base, mine, base)
    expect(Object.getPrototypeOf(r.merged)).toBe(Object.prototype)
    expect(Object.hasOwn(r.merged, '__proto__')).toBe(true)
    expect(({} as { polluted?: boolean }).polluted).toBeUndefined()
  })
})

describe('paths and resolveValues', () => {
  test('getAtPath and setAtPath walk objects and arrays immutably', () => {
    const v = { a: [{ b: 1 }, { b: 2 }] }
    expect(getAtPath(v, ['a', 1, 'b'])).toBe(2)
    expect(getAtPath(v, ['a', 5, 'b'])).toBeUndefined()
    expect(getAtPath(v, ['a', 'x'])).toBeUndefined()
    const next = setAtPath(v, ['a', 1, 'b'], 3)
    expect(next).toEqual({ a: [{ b: 1 }, { b: 3 }] })
    expect(v.a[1]?.b).toBe(2)
    expect(next.a[0]).toBe(v.a[0])
    expect(setAtPath(v, ['a', 0], undefined)).toEqual({ a: [{ b: 2 }] })
    expect(setAtPath(v, ['c', 'd'], 1)).toEqual({ ...v, c: { d: 1 } })
    expect(insertAtPath(v, ['a', 1], { b: 9 })).toEqual({ a: [{ b: 1 }, { b: 9 }, { b: 2 }] })
    expect(() => setAtPath(v, ['a', 7], 1)).toThrow(RangeError)
    expect(() => setAtPath({ s: 'x' }, ['s', 'y'], 1)).toThrow(TypeError)
  })

  const base = {
    title: 'T',
    items: [
      { id: 1, v: 0 },
      { id: 2, v: 0 },
      { id: 3, v: 0 },
    ],
  }
  const mine = {
    title: 'Mine',
    items: [
      { id: 1, v: 1 },
      { id: 2, v: 1 },
      { id: 3, v: 0 },
    ],
  }
  const theirs = { title: 'Theirs', items: [{ id: 3, v: 0 }] }
  // Merged per test (not while collecting) so each test's coverage is its own.
  let r: MergeResult<typeof base>
  beforeEach(() => {
    r = mergeValues(base, mine, theirs)
  })

  test('conflict paths index merged; deleted items get their insertion index', () => {
    expect(r.merged).toEqual(theirs)
    expect(r.conflicts.map((c) => c.path)).toEqual([['title'], ['items', 0], ['items', 0]])
  })

  test('choosing mine restores deleted items in order', () => {
    expect(resolveValues(r, ['mine', 'mine', 'mine'])).toEqual(mine)
    expect(resolveValues(r, ['theirs', 'theirs', 'theirs'])).toEqual(theirs)
    expect(resolveValues(r, ['base', 'theirs', 'mine'])).toEqual({
      title: 'T',
      items: [
        { id: 2, v: 1 },
        { id: 3, v: 0 },
      ],
    })
    expect(resolveValues(r, [{ value: 'Own' }, 'theirs', 'theirs'])).toEqual({
      ...theirs,
      title: 'Own',
    })
  })

  test('mine deleting an item theirs edited: choosing mine removes it', () => {
    const x = mergeValues(
      { l: [{ id: 1 }, { id: 2, v: 0 }] },
      { l: [{ id: 1 }] },
      { l: [{ id: 1 }, { id: 2, v: 5 }] },
    )
    expect(x.conflicts.map((c) => c.path)).toEqual([['l', 1]])
    expect(resolveValues(x, ['mine'])).toEqual({ l: [{ id: 1 }] })
    expect(resolveValues(x, ['theirs'])).toEqual({ l: [{ id: 1 }, { id: 2, v: 5 }] })
  })

  test('wrong number of choices throws', () => {
    expect(() => resolveValues(r, ['mine'])).toThrow(RangeError)
  })
})
