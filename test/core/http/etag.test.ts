import { ifMatchHeaders, parseETag } from '../../../src/core/http/etag'

describe('parseETag', () => {
  test.each([
    ['"xyzzy"', { weak: false, tag: 'xyzzy' }],
    ['W/"xyzzy"', { weak: true, tag: 'xyzzy' }],
    ['""', { weak: false, tag: '' }],
    ['  "a b"  ', null], // space is not an etagc
    ['"0x8DC6A1B2C3D4E5F"', { weak: false, tag: '0x8DC6A1B2C3D4E5F' }],
    ['"ümlaut"', { weak: false, tag: 'ümlaut' }], // obs-text
    ['abc123', { weak: false, tag: 'abc123' }], // sloppy unquoted: strong opaque tag
    ['W/abc', { weak: true, tag: 'abc' }],
    ['w/"x"', null], // the weak indicator is case-sensitive
    ['"a"b"', null],
    ['"a", "b"', null], // a list is not one tag
    ['*', null],
    ['', null],
    ['   ', null],
  ] as const)('%j', (input, expected) => {
    expect(parseETag(input)).toEqual(expected)
  })

  test('non-strings give null', () => {
    expect(parseETag(null)).toBeNull()
    expect(parseETag(undefined)).toBeNull()
    expect(parseETag(42 as unknown as string)).toBeNull()
  })
})

describe('ifMatchHeaders', () => {
  test('a strong tag is sent back exactly as received', () => {
    expect(ifMatchHeaders('"v7"')).toEqual({ 'If-Match': '"v7"' })
    expect(ifMatchHeaders(' abc123 ')).toEqual({ 'If-Match': 'abc123' })
  })
  test.each([['W/"v7"'], [null], [undefined], [''], ['*'], ['"a", "b"']])(
    '%j gives no header (a weak tag can never match If-Match)',
    (v) => {
      expect(ifMatchHeaders(v)).toEqual({})
    },
  )
})
