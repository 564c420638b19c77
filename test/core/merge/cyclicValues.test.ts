import { CyclicValueError } from '../../../src/core/merge/CyclicValueError'
import { jsonEqual, mergeValues, resolveValues } from '../../../src/core/merge/index'
import type { MergeResult } from '../../../src/core/merge/types'

type Node = Record<string, unknown>

/** An object whose keys `keys` all point back at itself: walked naively, 2^depth paths. */
function selfLoop(keys: string[], extra: Node = {}): Node {
  const node: Node = { ...extra }
  for (const key of keys) node[key] = node
  return node
}

/** `[{ id: 1, items: <the array itself> }]`: a cycle through arrays of identified items. */
function itemLoop(label: string): unknown[] {
  const items: unknown[] = []
  items.push({ id: 1, label, items })
  return items
}

/** A chain `a -> b -> c -> a` of three objects. */
function ring(label: string): Node {
  const a: Node = { label }
  const b: Node = { label, next: a }
  const c: Node = { label, next: b }
  a.next = c
  return a
}

describe('values that contain themselves throw CyclicValueError at once', () => {
  it.each([
    ['one key', () => selfLoop(['self'])],
    ['two keys (exponential when walked naively)', () => selfLoop(['left', 'right'])],
    ['a ring of three objects', () => ring('x')],
    ['through an array', () => ({ list: itemLoop('x') })],
  ])('jsonEqual: %s on both sides', (_name, make) => {
    const a = make()
    const b = make()
    expect(() => jsonEqual(a, b)).toThrow(CyclicValueError)
    expect(() => jsonEqual({ wrap: [a] }, { wrap: [b] })).toThrow(TypeError)
  })

  it('jsonEqual: a cycle in the first value throws as soon as the walk comes back to it', () => {
    let deep: unknown = {}
    for (let i = 0; i < 5; i++) deep = { next: deep }
    expect(() => jsonEqual(selfLoop(['next']), deep)).toThrow(CyclicValueError)
    // A cycle in the second value only cannot keep the walk going: it ends where the first
    // value ends, with an honest answer.
    let chain: unknown = { label: 'x' }
    for (let i = 0; i < 5; i++) chain = { label: 'x', next: chain }
    expect(jsonEqual(chain, ring('x'))).toBe(false)
  })

  it.each([
    ['one key', () => selfLoop(['self'], { v: 1 }), () => selfLoop(['self'], { v: 2 })],
    ['two keys', () => selfLoop(['l', 'r'], { v: 1 }), () => selfLoop(['l', 'r'], { v: 2 })],
    ['a ring', () => ring('base'), () => ring('theirs')],
    [
      'arrays of identified items',
      () => ({ list: itemLoop('b') }),
      () => ({ list: itemLoop('t') }),
    ],
  ])('mergeValues: %s on every side', (_name, make, other) => {
    expect(() => mergeValues(make(), make(), other())).toThrow(CyclicValueError)
    expect(() => mergeValues(make(), other(), make())).toThrow(CyclicValueError)
  })

  it('mergeValues: a cycle below the depth where objects merge whole is caught by the comparison', () => {
    let b: unknown = selfLoop(['s'], { v: 1 })
    let m: unknown = selfLoop(['s'], { v: 1 })
    let t: unknown = selfLoop(['s'], { v: 1 })
    for (let i = 0; i < 1500; i++) {
      b = { child: b, i }
      m = { child: m, i }
      t = { child: t, i }
    }
    expect(() => mergeValues(b, m, t)).toThrow(CyclicValueError)
  })

  it('resolveValues: a value of one’s own that contains itself', () => {
    const result = mergeValues({ a: 1 }, { a: 2 }, { a: 3 })
    expect(() => resolveValues(result, [{ value: selfLoop(['self']) }])).toThrow(CyclicValueError)
  })

  it('the error is a TypeError with a name to tell it by', () => {
    const a = selfLoop(['x'])
    const error = (() => {
      try {
        jsonEqual(a, selfLoop(['x']))
      } catch (caught) {
        return caught
      }
    })()
    expect(error).toBeInstanceOf(TypeError)
    expect((error as Error).name).toBe('CyclicValueError')
    expect((error as Error).message).toMatch(/^jsonEqual: .*cycle/)
  })
})

describe('shared objects that are not cycles are fine', () => {
  const shared = { note: 'same object twice' }

  it('jsonEqual compares a value holding one object twice', () => {
    expect(jsonEqual({ x: shared, y: shared }, { x: { ...shared }, y: shared })).toBe(true)
    expect(jsonEqual([shared, shared], [shared, { note: 'other' }])).toBe(false)
    // One side's object inside the other side's: not a cycle either.
    const inner = { k: {} }
    expect(jsonEqual({ k: inner }, inner)).toBe(false)
  })

  it('mergeValues merges values that share objects, on one side and across sides', () => {
    const base = { x: shared, y: shared, n: 1 }
    const mine = { x: shared, y: { ...shared, note: 'mine' }, n: 1 }
    const theirs = { x: base, y: shared, n: 2 }
    const result = mergeValues<unknown>(base, mine, theirs)
    expect(result.clean).toBe(true)
    expect(result.merged).toEqual({ x: base, y: { note: 'mine' }, n: 2 })
  })

  it('resolveValues takes a value of one’s own that shares an object', () => {
    const result: MergeResult<unknown> = mergeValues<unknown>({ a: 1 }, { a: 2 }, { a: 3 })
    expect(resolveValues(result, [{ value: [shared, shared] }])).toEqual({ a: [shared, shared] })
  })
})
