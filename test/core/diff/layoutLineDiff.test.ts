import * as fc from 'fast-check'
import { layoutDiffItems } from '../../../src/core/diff/layoutDiffItems'
import type { DiffItem, DiffLayout, DiffViewMode } from '../../../src/core/diff/layoutDiffItems'
import { layoutLineDiff } from '../../../src/core/diff/layoutLineDiff'
import { diffRows } from '../../../src/core/diff/diffRows'
import { diffSegments } from '../../../src/core/diff/diffSegments'
import { wholeLine } from '../../../src/core/diff/segmentPair'
import { lineDiff } from '../../../src/core/diff/lineDiff'

const line = fc.constantFrom('a', 'b', 'c', 'a b', 'x y z', '', '😀 é', 'long line here')
const text = fc
  .tuple(fc.array(fc.tuple(line, fc.constantFrom('\n', '\r\n')), { maxLength: 40 }), fc.boolean())
  .map(([ls, cut]) => ls.map(([l, e], i) => (cut && i === ls.length - 1 ? l : l + e)).join(''))
/** A text and a copy with some lines edited, inserted or dropped. */
const pair = fc
  .tuple(
    text,
    fc.array(fc.constantFrom('keep', 'keep', 'keep', 'edit', 'drop', 'add'), { maxLength: 40 }),
  )
  .map(([a, ops]) => {
    const lines = a.split('\n')
    const out: string[] = []
    lines.forEach((l, i) => {
      const op = ops[i % Math.max(1, ops.length)] ?? 'keep'
      if (op === 'keep') out.push(l)
      else if (op === 'edit') out.push(`${l} edited`)
      else if (op === 'add') out.push(l, 'added b')
    })
    return [a, out.join('\n')] as const
  })

/** Items without their keys and fold ids (which name folds differently in the two layouts). */
function plain(layout: DiffLayout): unknown[] {
  const out: unknown[] = []
  for (let i = 0; i < layout.count; i++) {
    const item = layout.item(i) as DiffItem & { key?: string; foldId?: number }
    const { key: _key, foldId: _foldId, ...rest } = item
    out.push(rest)
  }
  return out
}

const foldIds = (layout: DiffLayout) => {
  const ids: number[] = []
  for (let i = 0; i < layout.count; i++) {
    const item = layout.item(i)
    if (item.type === 'fold') ids.push(item.foldId)
  }
  return ids
}

// Both sides' segments of item 1, a changed pair in split mode.
const changed = (layout: DiffLayout) => {
  const item = layout.item(1)
  if (item.type !== 'split' || item.row.kind !== 'line') throw new Error('not a split row')
  return [item.row.old?.segments, item.row.new?.segments]
}

describe('layoutLineDiff', () => {
  it('gives the items layoutDiffItems gives for diffRows, in both modes, folds open or shut', () => {
    fc.assert(
      fc.property(
        pair,
        fc.constantFrom<DiffViewMode>('split', 'unified'),
        fc.constantFrom(0, 1, 3, false as const),
        fc.constantFrom('none', 'first', 'all'),
        ([a, b], mode, context, open) => {
          const rows = diffRows(a, b, { context })
          const diff = lineDiff(a, b)
          const shut = {
            rows: layoutDiffItems(rows, mode, new Set()),
            lazy: layoutLineDiff(diff, mode, new Set(), { context }, diffSegments),
          }
          const pick = (ids: number[]) =>
            new Set(open === 'all' ? ids : open === 'first' ? ids.slice(0, 1) : [])
          const expected = layoutDiffItems(rows, mode, pick(foldIds(shut.rows)))
          const actual = layoutLineDiff(
            diff,
            mode,
            pick(foldIds(shut.lazy)),
            { context },
            diffSegments,
          )
          expect(plain(actual)).toEqual(plain(expected))
          expect(actual.hunks).toEqual(expected.hunks)
          expect(actual.maxLineNumber).toBe(expected.maxLineNumber)
          expect(actual.maxOldLength).toBe(expected.maxOldLength)
          expect(actual.maxNewLength).toBe(expected.maxNewLength)
        },
      ),
      { numRuns: 300 },
    )
  })

  it('keeps item keys unique', () => {
    fc.assert(
      fc.property(pair, fc.constantFrom<DiffViewMode>('split', 'unified'), ([a, b], mode) => {
        const layout = layoutLineDiff(lineDiff(a, b), mode, new Set(), { context: false })
        const keys = new Set<string>()
        for (let i = 0; i < layout.count; i++) keys.add(layout.item(i).key)
        expect(keys.size).toBe(layout.count)
      }),
    )
  })

  it('shows changed pairs unmarked until the word segmenter is there, and caches per segmenter', () => {
    const diff = lineDiff('keep\nthe quick fox\nend\n', 'keep\nthe slow fox\nend\n')
    expect(changed(layoutLineDiff(diff, 'split', new Set(), {}, null))).toEqual([
      [{ change: 'equal', text: 'the quick fox' }],
      [{ change: 'equal', text: 'the slow fox' }],
    ])
    const words = changed(layoutLineDiff(diff, 'split', new Set(), {}, diffSegments))
    expect(words).toEqual([
      [
        { change: 'equal', text: 'the ' },
        { change: 'delete', text: 'quick' },
        { change: 'equal', text: ' fox' },
      ],
      [
        { change: 'equal', text: 'the ' },
        { change: 'insert', text: 'slow' },
        { change: 'equal', text: ' fox' },
      ],
    ])
    // The fallback after a failed load is cached apart from the word segments.
    expect(changed(layoutLineDiff(diff, 'split', new Set(), {}, wholeLine))).toEqual([
      [{ change: 'delete', text: 'the quick fox' }],
      [{ change: 'insert', text: 'the slow fox' }],
    ])
    expect(changed(layoutLineDiff(diff, 'split', new Set(), {}, diffSegments))).toEqual(words)
  })
})
