import { boundText, printValue } from '../../../src/core/resolution/printValue'
import { prefill } from '../../../src/core/resolution/decisions'

/** An object `depth` levels deep: `{ a: { a: ... { a: leaf } } }`. */
function nested(depth: number, leaf: unknown = 1): unknown {
  let value = leaf
  for (let i = 0; i < depth; i++) value = { a: value }
  return value
}

describe('printValue', () => {
  it.each<[string, unknown]>([
    ['a number', 12.5],
    ['a quoted string', 'say "hi"\n'],
    ['null', null],
    ['empty containers', { o: {}, a: [] }],
    ['arrays and objects', [1, [2, { b: true }], { c: 'd' }]],
    ['what JSON leaves out or writes as null', { u: undefined, f: () => 1, arr: [undefined, NaN] }],
    ['toJSON', { at: new Date(0) }],
    ['emoji and right-to-left text', { s: 'שלום 👩‍👩‍👧' }],
  ])('writes %s as JSON.stringify(v, null, 2) does', (_name, value) => {
    expect(printValue(value)).toEqual({ text: JSON.stringify(value, null, 2), isComplete: true })
  })

  it('prints undefined as nothing', () => {
    expect(printValue(undefined)).toEqual({ text: '', isComplete: true })
  })

  it('writes nesting past maxDepth as {…} and says the text is not the whole value', () => {
    expect(printValue(nested(3), { maxDepth: 2, maxChars: 1000 })).toEqual({
      text: '{\n  "a": {\n    "a": {…}\n  }\n}',
      isComplete: false,
    })
  })

  it('cuts the text at maxChars', () => {
    const printed = printValue({ s: 'x'.repeat(100) }, { maxDepth: 5, maxChars: 20 })
    expect(printed.isComplete).toBe(false)
    expect(printed.text.length).toBeLessThanOrEqual(21)
    expect(printed.text.endsWith('…')).toBe(true)
  })

  it('prints a value 10,000 levels deep, where JSON.stringify runs out of stack', () => {
    const deep = nested(10_000)
    expect(() => JSON.stringify(deep)).toThrow(RangeError)
    const printed = printValue(deep)
    expect(printed.isComplete).toBe(false)
    expect(printed.text).toContain('{…}')
    expect(printed.text.length).toBeLessThan(5_000)
  })

  it('a long array stops at the bound, not after every item', () => {
    const items = Array.from({ length: 1_000_000 }, (_, i) => i)
    const printed = printValue(items, { maxDepth: 4, maxChars: 1_000 })
    expect(printed.text.length).toBeLessThanOrEqual(1_001)
  })

  it('boundText never splits a surrogate pair', () => {
    expect(boundText('ab😀cd', 3)).toBe('ab…')
    expect(boundText('short', 10)).toBe('short')
  })
})

describe('prefill of a value too deep to write out', () => {
  it('starts the editor empty rather than with a preview that parses to another value', () => {
    const conflict = { path: ['data'], base: 0, mine: nested(10_000), theirs: 1 }
    expect(prefill(conflict, undefined, 'mine')).toBe('')
    expect(prefill({ ...conflict, mine: nested(3) }, undefined, 'mine')).toBe(
      JSON.stringify(nested(3), null, 2),
    )
  })
})
