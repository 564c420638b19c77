import {
  etagStrongMatch,
  etagWeakMatch,
  formatETag,
  ifMatchHeaders,
  parseETag,
} from '../../../src/core/http/etag'

// RFC 9110 section 8.8.3.2, the comparison table, row for row.
const RFC_TABLE: Array<[string, string, boolean, boolean]> = [
  ['W/"1"', 'W/"1"', false, true],
  ['W/"1"', 'W/"2"', false, false],
  ['W/"1"', '"1"', false, true],
  ['"1"', '"1"', true, true],
]

describe('RFC 9110 8.8.3.2 comparison table', () => {
  test.each(RFC_TABLE)('%s vs %s: strong %s, weak %s', (a, b, strong, weak) => {
    expect(etagStrongMatch(a, b)).toBe(strong)
    expect(etagWeakMatch(a, b)).toBe(weak)
    // Comparison is symmetric.
    expect(etagStrongMatch(b, a)).toBe(strong)
    expect(etagWeakMatch(b, a)).toBe(weak)
  })
})

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

  test('formatETag round-trips', () => {
    for (const v of ['"x"', 'W/"x"', '""', 'W/""']) expect(formatETag(parseETag(v)!)).toBe(v)
    expect(formatETag({ weak: false, tag: 'abc' })).toBe('"abc"')
  })

  test('sloppy unquoted and quoted forms of the same tag match', () => {
    expect(etagStrongMatch('abc', '"abc"')).toBe(true)
    expect(etagStrongMatch('"abc"', { weak: false, tag: 'abc' })).toBe(true)
    expect(etagStrongMatch(null, '"abc"')).toBe(false)
    expect(etagWeakMatch('"abc"', undefined)).toBe(false)
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
