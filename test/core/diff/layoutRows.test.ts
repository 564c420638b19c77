import * as fc from 'fast-check'
import { diffRows } from '../../../src/core/diff/diffRows'
import { diffSegments } from '../../../src/core/diff/diffSegments'
import { layoutRows } from '../../../src/core/diff/layoutRows'
import type { DiffItem, DiffLayout, DiffViewMode } from '../../../src/core/diff/layoutRows'
import { lineDiff } from '../../../src/core/diff/lineDiff'
import { rowModel } from '../../../src/core/diff/rowModel'
import { rowModelOfRows } from '../../../src/core/diff/rowModelOfRows'
import { wholeLine } from '../../../src/core/diff/segmentPair'
import type { WordSegmenter } from '../../../src/core/diff/segmentPair'
import type { DiffLineRow, DiffRow } from '../../../src/core/diff/types'

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

type Plain = Record<string, unknown>

/**
 * The layout of rows, made eagerly the plainest way, as the reference: every line row in
 * order, a change's old lines before its new lines in unified mode, a fold's id the position
 * of its first hidden row among all line rows. Items without keys.
 */
function reference(rows: readonly DiffRow[], mode: DiffViewMode, open: ReadonlySet<number>) {
  const items: Plain[] = []
  const hunks: [number, number][] = []
  let maxOld = 0
  let maxNew = 0
  let position = 0
  let olds: Plain[] = []
  let news: Plain[] = []
  let hunkStart = -1
  const endHunk = () => {
    items.push(...olds, ...news)
    olds = []
    news = []
    if (hunkStart >= 0) hunks.push([hunkStart, items.length])
    hunkStart = -1
  }
  const pushLine = (row: DiffLineRow) => {
    position++
    maxOld = Math.max(maxOld, row.old?.text.length ?? 0)
    maxNew = Math.max(maxNew, row.new?.text.length ?? 0)
    if (row.change === 'equal') endHunk()
    else if (hunkStart < 0) hunkStart = items.length
    if (mode === 'split') {
      if (row.change === 'equal') items.push({ type: 'split', row })
      else olds.push({ type: 'split', row })
    } else if (row.change === 'equal') {
      const side = row.new
      items.push({
        type: 'unified',
        change: 'equal',
        oldNumber: row.old?.number ?? null,
        newNumber: side?.number ?? null,
        side,
      })
    } else {
      const { old, new: now } = row
      if (old)
        olds.push({
          type: 'unified',
          change: 'delete',
          oldNumber: old.number,
          newNumber: null,
          side: old,
        })
      if (now)
        news.push({
          type: 'unified',
          change: 'insert',
          oldNumber: null,
          newNumber: now.number,
          side: now,
        })
    }
  }
  for (const row of rows) {
    if (row.kind === 'line') pushLine(row)
    else if (open.has(position)) row.rows.forEach(pushLine)
    else {
      endHunk()
      items.push({ type: 'fold', foldId: position, count: row.count })
      position += row.rows.length
    }
  }
  endHunk()
  return { items, hunks, maxOld, maxNew }
}

function itemsOf(layout: DiffLayout, keys = false): Plain[] {
  const out: Plain[] = []
  for (let i = 0; i < layout.count; i++) {
    const { key, ...rest } = layout.item(i) as DiffItem & Plain
    out.push(keys ? { key, ...rest } : rest)
  }
  return out
}

const foldIds = (layout: DiffLayout) =>
  itemsOf(layout).flatMap((item) => (item.type === 'fold' ? [item.foldId as number] : []))

// Both sides' segments of item 1, a changed pair in split mode.
const changed = (layout: DiffLayout) => {
  const item = layout.item(1)
  if (item.type !== 'split') throw new Error('not a split row')
  return [item.row.old?.segments, item.row.new?.segments]
}

describe('layoutRows', () => {
  it('lays out a line diff and its diffRows alike, as the plain eager layout does, folds open or shut', () => {
    fc.assert(
      fc.property(
        pair,
        fc.constantFrom<DiffViewMode>('split', 'unified'),
        fc.constantFrom(0, 1, 3, false as const),
        fc.constantFrom('none', 'first', 'all'),
        ([a, b], mode, context, open) => {
          const rows = diffRows(a, b, { context })
          const lazy = rowModel(lineDiff(a, b), { context }, diffSegments)
          const ids = foldIds(layoutRows(lazy, mode, new Set()))
          const expanded = new Set(open === 'all' ? ids : open === 'first' ? ids.slice(0, 1) : [])
          const expected = reference(rows, mode, expanded)
          const fromDiff = layoutRows(lazy, mode, expanded)
          const fromRows = layoutRows(rowModelOfRows(rows), mode, expanded)
          expect(itemsOf(fromDiff)).toEqual(expected.items)
          expect(fromDiff.hunks).toEqual(expected.hunks)
          expect([fromDiff.maxOldLength, fromDiff.maxNewLength]).toEqual([
            expected.maxOld,
            expected.maxNew,
          ])
          // Keys and fold ids too: one row model, whichever source it was made from.
          expect(itemsOf(fromRows, true)).toEqual(itemsOf(fromDiff, true))
          expect(fromRows.hunks).toEqual(fromDiff.hunks)
          expect(fromRows.maxLineNumber).toBe(fromDiff.maxLineNumber)
          expect([fromRows.maxOldLength, fromRows.maxNewLength]).toEqual([
            fromDiff.maxOldLength,
            fromDiff.maxNewLength,
          ])
        },
      ),
      { numRuns: 300 },
    )
  })

  it('keeps item keys unique, folds open or shut', () => {
    fc.assert(
      fc.property(
        pair,
        fc.constantFrom<DiffViewMode>('split', 'unified'),
        fc.boolean(),
        ([a, b], mode, openAll) => {
          const model = rowModel(lineDiff(a, b), { context: 1 })
          const ids = openAll ? foldIds(layoutRows(model, mode, new Set())) : []
          const layout = layoutRows(model, mode, new Set(ids))
          const keys = new Set(itemsOf(layout, true).map((item) => item.key))
          expect(keys.size).toBe(layout.count)
        },
      ),
    )
  })

  it('shows changed pairs unmarked until the word segmenter is there, and keeps each segmenter apart', () => {
    const diff = lineDiff('keep\nthe quick fox\nend\n', 'keep\nthe slow fox\nend\n')
    const layout = (segmenter: Parameters<typeof rowModel>[2]) =>
      layoutRows(rowModel(diff, {}, segmenter), 'split', new Set())
    expect(changed(layout(null))).toEqual([
      [{ change: 'equal', text: 'the quick fox' }],
      [{ change: 'equal', text: 'the slow fox' }],
    ])
    const words = changed(layout(diffSegments))
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
    // The fallback after a failed load is kept apart from the word segments.
    expect(changed(layout(wholeLine))).toEqual([
      [{ change: 'delete', text: 'the quick fox' }],
      [{ change: 'insert', text: 'the slow fox' }],
    ])
    expect(changed(layout(diffSegments))).toEqual(words)
  })

  it('asks the segmenter once per pair, whichever mode or side shows it', () => {
    const diff = lineDiff('a\nthe quick fox\nz\n', 'a\nthe slow fox\nz\n')
    const segmenter = vi.fn<WordSegmenter>(diffSegments)
    const model = rowModel(diff, {}, segmenter)
    for (const mode of ['split', 'unified', 'split'] as const) {
      const layout = layoutRows(model, mode, new Set())
      for (let i = 0; i < layout.count; i++) layout.item(i)
    }
    expect(segmenter).toHaveBeenCalledTimes(1)
  })
})
