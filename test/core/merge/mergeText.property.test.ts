import * as fc from 'fast-check'
import { lineChanges } from '../../../src/core/diff/lineChanges'
import type { LineChange } from '../../../src/core/diff/lineChanges'
import { LineCodes } from '../../../src/core/diff/lineCodes'
import { splitLines } from '../diff/splitLines'
import { mergeText, resolveChunks } from '../../../src/core/merge/index'
import { textLines, threeWay } from './arbitraries'

const text = textLines.map((l) => l.join(''))
const runs = { numRuns: 2000 }

/**
 * What a merge must produce, computed the plain way: the base with every change of both
 * sides applied where it was made (identical changes once), and the base kept wherever
 * a conflict was reported.
 */
function expectedWithBaseAtConflicts(
  base: string,
  mine: string,
  theirs: string,
  conflicts: [number, number][],
) {
  const codes = new LineCodes()
  const lines = { base: splitLines(base), mine: splitLines(mine), theirs: splitLines(theirs) }
  const cb = codes.encode(base).codes
  const edits: { at: number; count: number; text: string; side: 'mine' | 'theirs' }[] = []
  for (const side of ['mine', 'theirs'] as const) {
    const cs = codes.encode({ mine, theirs }[side]).codes
    for (const c of lineChanges(cb, cs, codes.size).changes as LineChange[]) {
      const inConflict = conflicts.some(([s, e]) => s <= c.a && c.a + c.aCount <= e)
      const newText = lines[side].slice(c.b, c.b + c.bCount).join('')
      if (inConflict) continue
      if (edits.some((x) => x.at === c.a && x.count === c.aCount && x.text === newText)) continue
      edits.push({ at: c.a, count: c.aCount, text: newText, side })
    }
  }
  edits.sort((x, y) => x.at - y.at || x.count - y.count)
  let out = ''
  let at = 0
  let last: (typeof edits)[number] | undefined
  for (const e of edits) {
    // Overlapping edits, or edits of the two sides that touch (the diffs of two identical
    // changes can place them differently among equal lines): not checkable this simple way.
    if (e.at < at || (last !== undefined && e.at === at && e.side !== last.side)) return null
    out += lines.base.slice(at, e.at).join('') + e.text
    at = e.at + e.count
    last = e
  }
  return out + lines.base.slice(at).join('')
}

describe('mergeText properties', () => {
  test('one side unchanged gives the other side', () => {
    fc.assert(
      fc.property(text, text, (base, x) => {
        expect(mergeText(base, base, x)).toMatchObject({ clean: true, text: x })
        expect(mergeText(base, x, base)).toMatchObject({ clean: true, text: x })
      }),
      runs,
    )
  })

  test('the same change on both sides gives that change', () => {
    fc.assert(
      fc.property(text, text, (base, x) => {
        expect(mergeText(base, x, x)).toMatchObject({ clean: true, text: x })
      }),
      runs,
    )
  })

  test('swapping mine and theirs keeps the verdict and the clean result', () => {
    fc.assert(
      fc.property(threeWay, ({ base, mine, theirs }) => {
        const a = mergeText(base, mine, theirs)
        const b = mergeText(base, theirs, mine)
        expect(b.clean).toBe(a.clean)
        expect(b.hunks.length).toBe(a.hunks.length)
        expect(a.clean ? b.text : '').toBe(a.clean ? a.text : '')
      }),
      runs,
    )
  })

  test('every change of both sides lands where it was made; conflicts keep base when chosen', () => {
    let checked = 0
    fc.assert(
      fc.property(threeWay, ({ base, mine, theirs }) => {
        const r = mergeText(base, mine, theirs)
        const expected = expectedWithBaseAtConflicts(
          base,
          mine,
          theirs,
          r.hunks.map((h) => h.baseRange),
        )
        if (expected === null) return
        checked++
        expect(
          resolveChunks(
            r.chunks,
            r.hunks.map(() => 'base'),
          ),
        ).toBe(expected)
      }),
      runs,
    )
    expect(checked).toBeGreaterThan(runs.numRuns * 0.9)
  })

  test('hunks quote the exact lines of their ranges, and chunks rebuild every side choice', () => {
    fc.assert(
      fc.property(threeWay, ({ base, mine, theirs }) => {
        const r = mergeText(base, mine, theirs)
        const lines = { base: splitLines(base), mine: splitLines(mine), theirs: splitLines(theirs) }
        for (const h of r.hunks) {
          expect(h.base).toBe(lines.base.slice(...h.baseRange).join(''))
          expect(h.mine).toBe(lines.mine.slice(...h.mineRange).join(''))
          expect(h.theirs).toBe(lines.theirs.slice(...h.theirsRange).join(''))
          expect(h.mine).not.toBe(h.theirs)
        }
        expect(r.clean).toBe(r.hunks.length === 0)
        const ok = r.chunks.filter((c) => c.type === 'ok').map((c) => c.text)
        expect(ok.every((t) => t !== '')).toBe(true)
        expect(r.clean ? resolveChunks(r.chunks, []) : r.text).toBe(r.text)
      }),
      runs,
    )
  })
})
