import { fieldPath, getAtPath } from '../../../src/core/merge/getAtPath'
import { insertAtPath, setAtPath } from '../../../src/core/merge/setAtPath'
import { readVersion, withVersionField } from '../../../src/core/http/version'
import { theirsFromProblem } from '../../../src/core/resource/createConflict'

function deep(levels: number): Record<string, unknown> {
  let node: Record<string, unknown> = { leaf: 1 }
  for (let i = 0; i < levels; i++) node = { next: node }
  return node
}

describe('one path walker', () => {
  test.each([
    [{ '@odata.etag': 'x', '@odata': { etag: 'nested' } }, '@odata.etag', ['@odata.etag']],
    [{ meta: { version: 1 } }, 'meta.version', ['meta', 'version']],
    [{ 'a.b': { c: 1 } }, 'a.b.c', ['a.b', 'c']],
    [{ items: [{ v: 1 }] }, 'items.0.v', ['items', 0, 'v']],
    [{}, 'meta.version', ['meta', 'version']],
  ])('fieldPath(%j, %s)', (value, field, path) => {
    expect(fieldPath(value, field)).toEqual(path)
  })

  test('reads and writes of a dotted key reach the same place (no nested twin)', () => {
    const body = { title: 'x', '@odata.etag': 'W/"1"' }
    expect(getAtPath(body, '@odata.etag')).toBe('W/"1"')
    const next = withVersionField(body, '@odata.etag', 'W/"2"')
    expect(next).toEqual({ title: 'x', '@odata.etag': 'W/"2"' })
    expect(readVersion(new Headers(), next, { field: '@odata.etag' })).toBe('W/"2"')
  })

  test('theirsFromProblem reads a dotted-key version from the current representation', () => {
    const current = { title: 'T', '@odata.etag': 'W/"7"' }
    expect(
      theirsFromProblem(
        { status: 412, kind: 'stale', title: 't', current, raw: null },
        { field: '@odata.etag' },
      ),
    ).toEqual({ value: current, version: 'W/"7"' })
  })

  test('10,000 levels deep: get and set walk without growing the stack', () => {
    const value = deep(10_000)
    const path = [...Array.from({ length: 10_000 }, () => 'next'), 'leaf']
    expect(getAtPath(value, path)).toBe(1)
    const next = setAtPath(value, path, 2)
    expect(getAtPath(next, path)).toBe(2)
    expect(getAtPath(value, path)).toBe(1)
    expect(getAtPath(deep(10_000), `${'next.'.repeat(10_000)}leaf`)).toBe(1)
    expect(fieldPath(value, `${'next.'.repeat(10_000)}leaf`)).toHaveLength(10_001)
  })

  test('set shares untouched branches, removes with undefined, inserts into arrays', () => {
    const v = { a: [{ b: 1 }, { b: 2 }], c: { d: 1 } }
    const next = setAtPath(v, ['a', 1, 'b'], 3)
    expect(next.c).toBe(v.c)
    expect(v.a[1]?.b).toBe(2)
    expect(setAtPath(v, 'c.d', undefined)).toEqual({ a: v.a, c: {} })
    expect(insertAtPath(v, ['a', 0], { b: 0 }).a).toEqual([{ b: 0 }, { b: 1 }, { b: 2 }])
    expect(() => setAtPath(v, ['a', 9], 1)).toThrow(RangeError)
    expect(() => setAtPath({ a: 1 }, ['a', 'b'], 1)).toThrow(TypeError)
  })

  test('never reads or writes through the prototype', () => {
    expect(getAtPath({}, 'constructor')).toBeUndefined()
    expect(getAtPath({}, ['__proto__'])).toBeUndefined()
    const out = setAtPath({}, ['__proto__', 'polluted'], 1) as Record<string, unknown>
    expect(({} as Record<string, unknown>).polluted).toBeUndefined()
    expect(Object.getPrototypeOf(out)).toBe(Object.prototype)
  })
})
