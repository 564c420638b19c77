import * as fc from 'fast-check'
import { diffRows, diffSegments } from '../../../src/core/diff/index'
import type { DiffSegment } from '../../../src/core/diff/index'
import { flatRows, sideText } from './rowsText'

const piece = fc.constantFrom(
  'a',
  'b',
  'ab',
  ' ',
  'x y',
  '😀',
  '👍🏽',
  '👨‍👩‍👧',
  '🇫🇷',
  'é',
  'e\u0301',
  '中文',
  '\t',
)
const line = fc.array(piece, { maxLength: 6 }).map((p) => p.join(''))
const eol = fc.constantFrom('\n', '\n', '\r\n')
const text = fc
  .tuple(fc.array(fc.tuple(line, eol), { maxLength: 12 }), fc.boolean())
  .map(([ls, cut]) => ls.map(([l, e], i) => (cut && i === ls.length - 1 ? l : l + e)).join(''))
/** A text and an edited copy, so that most rows pair up with some change. */
const pair = fc.tuple(text, text, fc.boolean()).map(([a, b, mix]) => {
  if (!mix) return [a, b] as const
  const al = a.split('\n')
  const bl = b.split('\n')
  return [a, al.map((l, i) => (i % 2 ? (bl[i] ?? l) : l)).join('\n')] as const
})
const options = fc.record({
  granularity: fc.constantFrom('word' as const, 'char' as const),
  context: fc.constantFrom(0, 1, 3, false as const),
})

const isHigh = (c: number) => c >= 0xd800 && c <= 0xdbff
const isLow = (c: number) => c >= 0xdc00 && c <= 0xdfff
/** True when some segment boundary falls between the two halves of a surrogate pair. */
function splitsPair(segments: DiffSegment[]): boolean {
  return segments.some((s, i) => {
    const next = segments[i + 1]
    return (
      next !== undefined &&
      isHigh(s.text.charCodeAt(s.text.length - 1)) &&
      isLow(next.text.charCodeAt(0))
    )
  })
}
const joined = (segments: DiffSegment[], drop: DiffSegment['change']) =>
  segments
    .filter((s) => s.change !== drop)
    .map((s) => s.text)
    .join('')

describe('diffRows properties', () => {
  test('rows rebuild both texts exactly, with consecutive line numbers', () => {
    fc.assert(
      fc.property(pair, options, ([a, b], opts) => {
        const rows = diffRows(a, b, opts)
        expect(sideText(rows, 'old')).toBe(a)
        expect(sideText(rows, 'new')).toBe(b)
        const flat = flatRows(rows)
        const olds = flat.flatMap((r) => (r.old ? [r.old.number] : []))
        const news = flat.flatMap((r) => (r.new ? [r.new.number] : []))
        expect(olds).toEqual(olds.map((_, i) => i + 1))
        expect(news).toEqual(news.map((_, i) => i + 1))
      }),
      { numRuns: 1500 },
    )
  })

  test('row kinds are consistent and folds hold only unchanged rows', () => {
    fc.assert(
      fc.property(pair, options, ([a, b], opts) => {
        const rows = diffRows(a, b, opts)
        const folds = rows.flatMap((r, i) => (r.kind === 'fold' ? [{ r, next: rows[i + 1] }] : []))
        for (const { r, next } of folds) {
          expect(r.count).toBe(r.rows.length)
          expect(r.rows.every((x) => x.change === 'equal')).toBe(true)
          expect(next?.kind).not.toBe('fold')
        }
        for (const r of flatRows(rows)) {
          expect(r.old === null).toBe(r.change === 'insert')
          expect(r.new === null).toBe(r.change === 'delete')
          const segmented = Boolean(r.old?.segments) || Boolean(r.new?.segments)
          expect(segmented).toBe(r.change === 'change')
        }
        for (const r of flatRows(rows).filter((x) => x.change === 'equal')) {
          expect(r.old).toEqual({ ...r.new, number: r.old?.number })
        }
      }),
      { numRuns: 1000 },
    )
  })

  test('segments rebuild each side and never split a surrogate pair', () => {
    fc.assert(
      fc.property(pair, options, ([a, b], opts) => {
        for (const r of flatRows(diffRows(a, b, opts))) {
          if (r.change !== 'change') continue
          const olds = r.old?.segments ?? []
          const news = r.new?.segments ?? []
          expect(joined(olds, 'insert')).toBe(r.old?.text)
          expect(joined(news, 'delete')).toBe(r.new?.text)
          expect(joined(olds, 'delete')).toBe(joined(news, 'insert'))
          expect(splitsPair(olds) || splitsPair(news)).toBe(false)
        }
      }),
      { numRuns: 1500 },
    )
  })

  test('segment diff of emoji-heavy random strings keeps pairs whole', () => {
    const emojiText = fc.string({
      unit: fc.constantFrom('😀', '😃', '👍', '🏽', 'a', ' ', '🇫', '🇷', '\u200d'),
      maxLength: 30,
    })
    fc.assert(
      fc.property(
        emojiText,
        emojiText,
        fc.constantFrom('word' as const, 'char' as const),
        (a, b, granularity) => {
          const s = diffSegments(a, b, { granularity })
          expect(joined(s.old, 'insert')).toBe(a)
          expect(joined(s.new, 'delete')).toBe(b)
          expect(splitsPair(s.old) || splitsPair(s.new)).toBe(false)
        },
      ),
      { numRuns: 3000 },
    )
  })
})
