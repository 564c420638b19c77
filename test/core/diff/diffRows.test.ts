import { diffRows } from '../../../src/core/diff/index'
import type { DiffLineRow } from '../../../src/core/diff/index'
import { flatRows, shape, sideText } from './rowsText'

const lines = (n: number, prefix = 'line') =>
  Array.from({ length: n }, (_, i) => `${prefix} ${i + 1}\n`).join('')

describe('diffRows', () => {
  test('empty inputs give no rows', () => {
    expect(diffRows('', '')).toEqual([])
  })

  test('insert into an empty text', () => {
    expect(diffRows('', 'a\n')).toEqual([
      { kind: 'line', change: 'insert', old: null, new: { number: 1, text: 'a', newline: '\n' } },
    ])
  })

  test('a changed word gets word segments on both sides', () => {
    const [row] = diffRows('the quick brown fox\n', 'the slow brown fox\n')
    expect(row).toEqual({
      kind: 'line',
      change: 'change',
      old: {
        number: 1,
        text: 'the quick brown fox',
        newline: '\n',
        segments: [
          { change: 'equal', text: 'the ' },
          { change: 'delete', text: 'quick' },
          { change: 'equal', text: ' brown fox' },
        ],
      },
      new: {
        number: 1,
        text: 'the slow brown fox',
        newline: '\n',
        segments: [
          { change: 'equal', text: 'the ' },
          { change: 'insert', text: 'slow' },
          { change: 'equal', text: ' brown fox' },
        ],
      },
    })
  })

  test("'char' granularity compares characters", () => {
    const [row] = diffRows('colour\n', 'color\n', { granularity: 'char' }) as DiffLineRow[]
    expect(row?.old?.segments).toEqual([
      { change: 'equal', text: 'colo' },
      { change: 'delete', text: 'u' },
      { change: 'equal', text: 'r' },
    ])
    const [word] = diffRows('colour\n', 'color\n') as DiffLineRow[]
    expect(word?.old?.segments).toEqual([{ change: 'delete', text: 'colour' }])
  })

  test('a replaced block pairs lines, leftovers are deletes or inserts', () => {
    const rows = diffRows('a\nb1\nb2\nb3\nc\n', 'a\nB1\nB2\nc\n', { context: false })
    expect(shape(rows)).toBe('= ~ ~ - =')
    const numbers = flatRows(rows).map((r) => [r.old?.number ?? null, r.new?.number ?? null])
    expect(numbers).toEqual([
      [1, 1],
      [2, 2],
      [3, 3],
      [4, null],
      [5, 4],
    ])
    expect(shape(diffRows('a\nb\n', 'a\nB\nC\nD\n'))).toBe('= ~ + +')
  })

  test('only change rows carry segments', () => {
    const rows = flatRows(diffRows('a\nb\nc\n', 'a\nB\nc\nd\n'))
    expect(rows.map((r) => Boolean(r.old?.segments ?? r.new?.segments))).toEqual([
      false,
      true,
      false,
      false,
    ])
  })

  test('line endings: CRLF vs LF is a change, a missing final newline too', () => {
    const crlf = diffRows('a\r\nb\r\n', 'a\r\nb\n') as DiffLineRow[]
    expect(shape(crlf)).toBe('= ~')
    expect(crlf[1]?.old).toMatchObject({ text: 'b', newline: '\r\n' })
    expect(crlf[1]?.new).toMatchObject({ text: 'b', newline: '\n' })
    const eof = diffRows('a\nb\n', 'a\nb') as DiffLineRow[]
    expect(eof[1]?.new).toMatchObject({ text: 'b', newline: '' })
  })

  test('unchanged runs fold, keeping context next to changes', () => {
    const original = lines(20)
    const modified = original.replace('line 10\n', 'line ten\n')
    expect(shape(diffRows(original, modified))).toBe('fold(6) = = = ~ = = = fold(7)')
    expect(shape(diffRows(original, modified, { context: 1 }))).toBe('fold(8) = ~ = fold(9)')
    expect(shape(diffRows(original, modified, { context: 0 }))).toBe('fold(9) ~ fold(10)')
  })

  test('a run one line longer than the context is not folded', () => {
    const original = lines(8)
    const modified = original.replace('line 5\n', 'five\n')
    expect(shape(diffRows(original, modified))).toBe('= = = = ~ = = =')
    expect(shape(diffRows(original, modified, { context: 2 }))).toBe('fold(2) = = ~ = = =')
  })

  test('context false or Infinity folds nothing', () => {
    const original = lines(20)
    const modified = original.replace('line 10\n', 'x\n')
    expect(diffRows(original, modified, { context: false }).every((r) => r.kind === 'line')).toBe(
      true,
    )
    expect(diffRows(original, modified, { context: Infinity })).toHaveLength(20)
  })

  test('identical texts fold entirely', () => {
    const rows = diffRows(lines(10), lines(10))
    expect(shape(rows)).toBe('fold(10)')
    expect(sideText(rows, 'old')).toBe(lines(10))
  })

  test('lines over maxLineLength get whole-line segments', () => {
    const long = 'x'.repeat(50)
    const [row] = diffRows(`${long} a\n`, `${long} b\n`, { maxLineLength: 20 }) as DiffLineRow[]
    expect(row?.old?.segments).toEqual([{ change: 'delete', text: `${long} a` }])
    expect(row?.new?.segments).toEqual([{ change: 'insert', text: `${long} b` }])
  })

  test('emoji are never split', () => {
    const [row] = diffRows('👍🏽 ok\n', '👍🏿 ok\n', { granularity: 'char' }) as DiffLineRow[]
    expect(row?.old?.segments).toEqual([
      { change: 'delete', text: '👍🏽' },
      { change: 'equal', text: ' ok' },
    ])
  })

  test('a spent time budget still gives an exact, not all-or-nothing, diff', () => {
    const original = Array.from({ length: 4000 }, (_, i) => `${i % 7} ${i % 13}\n`).join('')
    const modified = Array.from({ length: 4000 }, (_, i) => `${i % 11} ${i % 13}\n`).join('')
    const rows = diffRows(original, modified, { timeoutMs: 0, context: false })
    expect(sideText(rows, 'old')).toBe(original)
    expect(sideText(rows, 'new')).toBe(modified)
    expect(flatRows(rows).filter((r) => r.change === 'equal').length).toBeGreaterThan(100)
  })
})
