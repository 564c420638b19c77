import { diffSegments } from '../../../src/core/diff/diffSegments'
import type { DiffRowsOptions } from '../../../src/core/diff/diffRowsOptions'
import { layoutRows } from '../../../src/core/diff/layoutRows'
import type { DiffLayout, DiffViewMode } from '../../../src/core/diff/layoutRows'
import { lineDiff } from '../../../src/core/diff/lineDiff'
import { rowModel } from '../../../src/core/diff/rowModel'
import { rowModelOfRows } from '../../../src/core/diff/rowModelOfRows'
import type { RowChunk, RowModel } from '../../../src/core/diff/rowModel'
import { wholeLine } from '../../../src/core/diff/segmentPair'
import type { WordSegmenter } from '../../../src/core/diff/segmentPair'
import type { DiffLineRow, DiffRow } from '../../../src/core/diff/types'

const lines = (n: number) => Array.from({ length: n }, (_, i) => `line ${i + 1}\n`).join('')

/** Chunks as `=@at×count`, `~@at(-olds+news)`, `fold@at×count`. */
const chunkShape = (chunks: readonly RowChunk[]) =>
  chunks
    .map((c) =>
      c.kind === 'equal'
        ? `=@${c.at}×${c.count}`
        : c.kind === 'change'
          ? `~@${c.at}(-${c.olds}+${c.news})`
          : `fold@${c.at}×${c.count}`,
    )
    .join(' ')

/** Items as `=`, `~`, `-`, `+` and `fold@id(count)`. */
const itemShape = (layout: DiffLayout) =>
  Array.from({ length: layout.count }, (_, i) => {
    const item = layout.item(i)
    if (item.type === 'fold') return `fold@${item.foldId}(${item.count})`
    const change = item.type === 'split' ? item.row.change : item.change
    return { equal: '=', change: '~', insert: '+', delete: '-' }[change]
  }).join(' ')

const edit = (t: string, from: string, to: string) => t.replace(from, to)

interface Case {
  name: string
  model: () => RowModel
  chunks: string
  split: string
  unified: string
  hunks: { split: [number, number][]; unified: [number, number][] }
  /** Layouts with these folds open, both modes (none open: the same as shut). */
  open?: { ids: number[]; split: string; unified: string }
}

const fromTexts =
  (a: string, b: string, opts: DiffRowsOptions = {}) =>
  () =>
    rowModel(lineDiff(a, b), opts, diffSegments)

const equalRow = (n: number, t: string): DiffLineRow => ({
  kind: 'line',
  change: 'equal',
  old: { number: n, text: t, newline: '\n' },
  new: { number: n, text: t, newline: '\n' },
})

const cases: Case[] = [
  {
    name: 'identical texts: one fold over everything',
    model: fromTexts(lines(10), lines(10)),
    chunks: 'fold@0×10',
    split: 'fold@0(10)',
    unified: 'fold@0(10)',
    hunks: { split: [], unified: [] },
    open: { ids: [0], split: '= = = = = = = = = =', unified: '= = = = = = = = = =' },
  },
  {
    name: 'one changed line: 3 lines of context by default, folds at both ends',
    model: fromTexts(lines(20), edit(lines(20), 'line 10\n', 'line ten\n')),
    chunks: 'fold@0×6 =@6×3 ~@9(-1+1) =@10×3 fold@13×7',
    split: 'fold@0(6) = = = ~ = = = fold@13(7)',
    unified: 'fold@0(6) = = = - + = = = fold@13(7)',
    hunks: { split: [[4, 5]], unified: [[4, 6]] },
    open: {
      ids: [13],
      split: 'fold@0(6) = = = ~ = = = = = = = = = =',
      unified: 'fold@0(6) = = = - + = = = = = = = = = =',
    },
  },
  {
    name: 'a replaced block: pairs, then the leftover deletes; unified lists old lines first',
    model: fromTexts('a\nb1\nb2\nb3\nc\n', 'a\nB1\nB2\nc\n', { context: false }),
    chunks: '=@0×1 ~@1(-3+2) =@4×1',
    split: '= ~ ~ - =',
    unified: '= - - - + + =',
    hunks: { split: [[1, 4]], unified: [[1, 6]] },
  },
  {
    name: 'a fold id counts rows, not original lines: two inserted rows shift it',
    model: fromTexts(lines(12), `x\ny\n${lines(12)}`),
    chunks: '~@0(-0+2) =@2×3 fold@5×9',
    split: '+ + = = = fold@5(9)',
    unified: '+ + = = = fold@5(9)',
    hunks: { split: [[0, 2]], unified: [[0, 2]] },
  },
  {
    name: 'a run one line over the context is not folded',
    model: fromTexts('a\nb\nc\nd\n', 'a\nb\nC\nd\n', { context: 1 }),
    chunks: '=@0×2 ~@2(-1+1) =@3×1',
    split: '= = ~ =',
    unified: '= = - + =',
    hunks: { split: [[2, 3]], unified: [[2, 4]] },
  },
  {
    name: 'rows keep their folds; a change then an insert are one change',
    model: () =>
      rowModelOfRows([
        equalRow(1, 'a'),
        { kind: 'fold', count: 2, rows: [equalRow(2, 'b'), equalRow(3, 'c')] },
        {
          kind: 'line',
          change: 'change',
          old: { number: 4, text: 'd', newline: '\n', segments: [{ change: 'delete', text: 'd' }] },
          new: { number: 4, text: 'D', newline: '\n', segments: [{ change: 'insert', text: 'D' }] },
        },
        { kind: 'line', change: 'insert', old: null, new: { number: 5, text: 'e', newline: '' } },
      ] satisfies DiffRow[]),
    chunks: '=@0×1 fold@1×2 ~@3(-1+2)',
    split: '= fold@1(2) ~ +',
    unified: '= fold@1(2) - + +',
    hunks: { split: [[2, 4]], unified: [[2, 5]] },
    open: { ids: [1], split: '= = = ~ +', unified: '= = = - + +' },
  },
]

describe('rowModel and layoutRows', () => {
  test.each(cases)('$name', (c) => {
    const model = c.model()
    expect(chunkShape(model.chunks)).toBe(c.chunks)
    for (const mode of ['split', 'unified'] as DiffViewMode[]) {
      const layout = layoutRows(model, mode, new Set())
      expect(itemShape(layout)).toBe(c[mode])
      expect(layout.hunks).toEqual(c.hunks[mode])
      const opened = layoutRows(model, mode, new Set(c.open?.ids ?? []))
      expect(itemShape(opened)).toBe(c.open?.[mode] ?? c[mode])
    }
  })
})

/** The segments of the `k`-th changed pair's old side. */
const oldSegments = (model: RowModel, k: number) => {
  let left = k
  for (const c of model.chunks) {
    if (c.kind !== 'change') continue
    const pairs = Math.min(c.olds, c.news)
    if (left < pairs) return c.row(left).old?.segments
    left -= pairs
  }
  throw new RangeError(`no changed pair ${k}`)
}

describe('word segments of a row model', () => {
  const a = 'keep\nthe quick fox\nend\n'
  const b = 'keep\nthe slow fox\nend\n'
  const words = [
    { change: 'equal', text: 'the ' },
    { change: 'delete', text: 'quick' },
    { change: 'equal', text: ' fox' },
  ]
  const whole = wholeLine('the quick fox', 'the slow fox').old

  test.each([
    { name: 'within the budget: word segments', opts: {}, elapsedMs: 0, expected: words },
    { name: 'the line diff spent the budget', opts: {}, elapsedMs: 1000, expected: whole },
    {
      name: 'a block over maxBlockLines',
      opts: { maxBlockLines: 0 },
      elapsedMs: 0,
      expected: whole,
    },
    {
      name: 'a line over maxLineLength',
      opts: { maxLineLength: 12 },
      elapsedMs: 0,
      expected: whole,
    },
  ])('$name', ({ opts, elapsedMs, expected }) => {
    const model = rowModel({ ...lineDiff(a, b), elapsedMs }, opts, diffSegments)
    expect(oldSegments(model, 0)).toEqual(expected)
  })

  test('time spent on word segments counts against the same budget as the line diff', () => {
    const spin = (ms: number) => {
      const until = performance.now() + ms
      while (performance.now() < until) {
        // busy: this segmenter is slow on purpose
      }
    }
    const budgets: number[] = []
    const slow: WordSegmenter = (x, y, o) => {
      budgets.push(o?.timeoutMs ?? Infinity)
      spin(10)
      return diffSegments(x, y, o)
    }
    const many = (tag: string) => ['a', 'b', 'c'].map((w) => `${w} ${tag}\n`).join('')
    const diff = { ...lineDiff(many('one'), many('two')), elapsedMs: 0 }
    const model = rowModel(diff, { timeoutMs: 15 }, slow)
    expect(oldSegments(model, 0)).toEqual([
      { change: 'equal', text: 'a ' },
      { change: 'delete', text: 'one' },
    ])
    oldSegments(model, 1)
    // Two pairs took at least 20 ms of a 15 ms budget: the third is not compared.
    expect(oldSegments(model, 2)).toEqual([{ change: 'delete', text: 'c one' }])
    expect(budgets[0]).toBe(15)
    expect(budgets.length).toBeLessThanOrEqual(2)
  })
})
