import * as fc from 'fast-check'
import { LineCodes, sliceLines } from '../../../src/core/diff/lineCodes'
import { splitLines } from './splitLines'

const text = fc
  .array(fc.constantFrom('a\n', 'b\n', 'a\r\n', '\n', 'ab\n', 'a', 'b', '😀\n'), { maxLength: 20 })
  .map((parts) => parts.join(''))

describe('LineCodes', () => {
  test('lines, starts and codes match a plain split; equal lines share codes', () => {
    fc.assert(
      fc.property(text, text, (a, b) => {
        const codes = new LineCodes()
        const ea = codes.encode(a)
        const eb = codes.encode(b)
        const lines = [...splitLines(a), ...splitLines(b)]
        const all = [...ea.codes, ...eb.codes]
        expect(sliceLines(ea, 0, ea.codes.length)).toBe(a)
        expect(Array.from(ea.codes, (_, i) => sliceLines(ea, i, i + 1))).toEqual(splitLines(a))
        for (let i = 0; i < all.length; i++) {
          for (let j = 0; j < all.length; j++) expect(all[i] === all[j]).toBe(lines[i] === lines[j])
        }
      }),
      { numRuns: 500 },
    )
  })

  test('encoding against a similar text gives the same codes as hashing every line', () => {
    fc.assert(
      fc.property(text, text, (a, b) => {
        const hinted = new LineCodes()
        const plain = new LineCodes()
        const ha = hinted.encode(a)
        plain.encode(a)
        const hb = hinted.encode(b, ha)
        const pb = plain.encode(b)
        expect(Array.from(hb.codes)).toEqual(Array.from(pb.codes))
        expect(Array.from(hb.starts)).toEqual(Array.from(pb.starts))
        expect(hinted.size).toBe(plain.size)
      }),
      { numRuns: 2000 },
    )
  })

  test('a long version of a text (runs of lines taken whole) gets the codes of hashing every line', () => {
    const lines = fc.array(fc.constantFrom('a\n', 'b\n', 'c\r\n', '\n', 'ab\n', '😀\n'), {
      minLength: 1,
      maxLength: 400,
      size: 'max',
    })
    const edit = fc.record({
      at: fc.nat(),
      remove: fc.nat({ max: 3 }),
      insert: fc.array(fc.constantFrom('a\n', 'x\n', 'b', '\n'), { maxLength: 3 }),
    })
    fc.assert(
      fc.property(lines, fc.array(edit, { maxLength: 6 }), fc.boolean(), (base, edits, cut) => {
        const next: string[] = [...base]
        for (const e of edits) next.splice(e.at % (next.length + 1), e.remove, ...e.insert)
        const a = base.join('')
        // Either text may end without a newline.
        const b = cut ? next.join('').replace(/\n$/, '') : next.join('')
        const hinted = new LineCodes()
        const plain = new LineCodes()
        const ha = hinted.encode(cut ? a : a.replace(/\n$/, ''))
        plain.encode(cut ? a : a.replace(/\n$/, ''))
        const job = hinted.start(b, ha)
        while (!job.run(0)) {
          // smallest slices: one batch per run
        }
        const hb = job.result()
        const pb = plain.encode(b)
        expect(Array.from(hb.codes)).toEqual(Array.from(pb.codes))
        expect(Array.from(hb.starts)).toEqual(Array.from(pb.starts))
        expect(hinted.size).toBe(plain.size)
      }),
      { numRuns: 1000 },
    )
  })

  test('many distinct lines grow the table without mixing them up', () => {
    const codes = new LineCodes()
    const big = Array.from({ length: 70_000 }, (_, i) => `${i}\n`).join('')
    const e = codes.encode(big)
    expect(codes.size).toBe(70_000)
    expect(e.codes[69_999]).toBe(69_999)
    expect(codes.encode('69999\n0\n', e).codes).toEqual(Int32Array.from([69_999, 0]))
  })
})
