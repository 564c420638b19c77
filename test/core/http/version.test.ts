import { readVersion, withVersionField } from '../../../src/core/http/version'
import { getAtPath } from '../../../src/core/merge/getAtPath'

describe('readVersion', () => {
  test('etag from a Response and from Headers, kept as sent', () => {
    const res = new Response('{}', { headers: { etag: 'W/"abc"' } })
    expect(readVersion(res, {}, 'etag')).toBe('W/"abc"')
    expect(readVersion(new Headers({ ETag: '"1"' }), null, 'etag')).toBe('"1"')
    expect(readVersion(new Headers(), null, 'etag')).toBeNull()
  })

  test('body fields, dotted paths, numbers and dotted keys', () => {
    const body = { version: 3, meta: { rev: '2-abc' }, '@odata.etag': 'W/"x"', items: [{ v: 9 }] }
    expect(readVersion(new Headers(), body, { field: 'version' })).toBe('3')
    expect(readVersion(new Headers(), body, { field: 'meta.rev' })).toBe('2-abc')
    expect(readVersion(new Headers(), body, { field: '@odata.etag' })).toBe('W/"x"')
    expect(readVersion(new Headers(), body, { field: 'items.0.v' })).toBe('9')
    expect(readVersion(new Headers(), { big: 10n }, { field: 'big' })).toBe('10')
  })

  test('missing, empty and non-scalar values give null', () => {
    const h = new Headers()
    expect(readVersion(h, { v: '' }, { field: 'v' })).toBeNull()
    expect(readVersion(h, { v: { x: 1 } }, { field: 'v' })).toBeNull()
    expect(readVersion(h, { v: Number.NaN }, { field: 'v' })).toBeNull()
    expect(readVersion(h, null, { field: 'v' })).toBeNull()
    expect(readVersion(h, 'text', { field: 'length' })).toBeNull()
  })

  test('getAtPath does not walk into the prototype', () => {
    expect(getAtPath({}, 'constructor')).toBeUndefined()
    expect(getAtPath({ a: {} }, 'a.toString')).toBeUndefined()
  })
})

describe('withVersionField', () => {
  test('sets a nested field without touching the input', () => {
    const body = { title: 'x', meta: { version: 1, other: true } }
    const out = withVersionField(body, 'meta.version', '2')
    expect(out).toEqual({ title: 'x', meta: { version: 2, other: true } })
    expect(body.meta.version).toBe(1)
  })

  test('keeps strings as strings where the body had none or a string', () => {
    expect(withVersionField({ a: 1 }, '_rev', '3-def')).toEqual({ a: 1, _rev: '3-def' })
    expect(withVersionField({ version: 'v1' }, 'version', '7')).toEqual({ version: '7' })
    expect(withVersionField({}, 'a.b', 5)).toEqual({ a: { b: 5 } })
  })

  test('prefers an existing dotted key, creates objects on the way, treats null as empty', () => {
    expect(withVersionField({ '@odata.etag': 'a' }, '@odata.etag', 'b')).toEqual({
      '@odata.etag': 'b',
    })
    expect(withVersionField(null, 'version', '1')).toEqual({ version: '1' })
  })

  test('__proto__ is written as a plain key, never as a prototype', () => {
    const out = withVersionField({}, '__proto__.polluted', 'yes') as Record<string, unknown>
    expect(({} as Record<string, unknown>).polluted).toBeUndefined()
    expect(Object.getPrototypeOf(out)).toBe(Object.prototype)
  })

  test('a non-object body is a programming error', () => {
    expect(() => withVersionField([1, 2] as unknown as object, 'v', '1')).toThrow(TypeError)
    expect(() => withVersionField('x' as unknown as object, 'v', '1')).toThrow(TypeError)
  })
})
