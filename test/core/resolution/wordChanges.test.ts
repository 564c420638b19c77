import fc from 'fast-check'
import { wordChanges } from '../../../src/core/resolution/wordChanges'
import { diffSegments } from '../../../src/core/diff/diffSegments'

const join = (segs: { change: string; text: string }[], skip: string) =>
  segs
    .filter((s) => s.change !== skip)
    .map((s) => s.text)
    .join('')

describe('wordChanges', () => {
  it.each([
    ['same text', 'a b c', 'a b c', [{ change: 'equal', text: 'a b c' }]],
    ['both empty', '', '', []],
    [
      'one word replaced',
      'the quick fox',
      'the slow fox',
      [
        { change: 'equal', text: 'the ' },
        { change: 'delete', text: 'quick' },
        { change: 'insert', text: 'slow' },
        { change: 'equal', text: ' fox' },
      ],
    ],
    [
      'a word added',
      'a c',
      'a b c',
      [
        { change: 'equal', text: 'a ' },
        { change: 'insert', text: 'b ' },
        { change: 'equal', text: 'c' },
      ],
    ],
  ])('%s', (_name, base, side, expected) => {
    expect(wordChanges(base, side, diffSegments)).toEqual(expected)
  })

  it('marks a one-word change in a 3,450-character line as that word only', () => {
    const words = Array.from({ length: 720 }, (_, i) => `w${i}`)
    const base = words.join(' ')
    expect(base.length).toBeGreaterThan(3_450)
    const side = base.replace('w300', 'changed')
    const changed = wordChanges(base, side, diffSegments).filter((s) => s.change !== 'equal')
    expect(changed).toEqual([
      { change: 'delete', text: 'w300' },
      { change: 'insert', text: 'changed' },
    ])
  })

  it('never splits an emoji', () => {
    const segs = wordChanges('a 👩‍👩‍👧 b', 'a 👩‍👩‍👦 b', diffSegments)
    const lone = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/
    for (const s of segs) expect(s.text).not.toMatch(lone)
  })

  it('keeps both texts: non-inserts give the base, non-deletes the side', () => {
    const text = fc.array(fc.constantFrom('a', 'b', ' ', 'cd', '\n', 'é', '😀'), { maxLength: 30 })
    fc.assert(
      fc.property(text, text, (x, y) => {
        const base = x.join('')
        const side = y.join('')
        const segs = wordChanges(base, side, diffSegments)
        expect(join(segs, 'insert')).toBe(base)
        expect(join(segs, 'delete')).toBe(side)
      }),
    )
  })
})
