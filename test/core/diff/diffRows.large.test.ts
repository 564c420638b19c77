import { diffRows } from '../../../src/core/diff/index'
import { flatRows, sideText } from './rowsText'

describe('diffRows on a 120k-line document', () => {
  const N = 120_000
  const original = Array.from({ length: N }, (_, i) => `line ${i}`)
  const modified = original.slice()
  modified[3] = 'line three'
  modified.splice(80_000, 1) // a deletion past line 65,535
  modified[100_000] = 'changed 100001'
  modified.push('appended')
  const a = original.join('\n') + '\n'
  const b = modified.join('\n') + '\n'

  test('rebuilds both texts and finds exactly the edits', () => {
    const rows = diffRows(a, b)
    expect(sideText(rows, 'old')).toBe(a)
    expect(sideText(rows, 'new')).toBe(b)
    const changed = flatRows(rows).filter((r) => r.change !== 'equal')
    expect(changed.map((r) => [r.change, r.old?.number ?? null, r.new?.number ?? null])).toEqual([
      ['change', 4, 4],
      ['delete', 80_001, null],
      ['change', 100_002, 100_001],
      ['insert', null, 120_000],
    ])
    // Four changes, each with context, and the long unchanged runs folded.
    expect(rows.length).toBeLessThan(40)
  })
})
