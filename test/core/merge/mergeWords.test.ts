import * as fc from 'fast-check'
import { tokenize } from '../../../src/core/diff/index'
import { mergeText } from '../../../src/core/merge/index'

const word = (base: string, mine: string, theirs: string) =>
  mergeText(base, mine, theirs, { granularity: 'word' })

describe("mergeText granularity 'word'", () => {
  test.each([
    [
      'different words of one line',
      'the quick brown fox\n',
      'the slow brown fox\n',
      'the quick brown cat\n',
      'the slow brown cat\n',
    ],
    ['neighbouring words, a space apart', 'a b\n', 'A b\n', 'a B\n', 'A B\n'],
    ['edits on adjacent lines', 'one\ntwo\n', 'ONE\ntwo\n', 'one\nTWO\n', 'ONE\nTWO\n'],
    ['the same word change on both sides', 'x y z\n', 'x Y z\n', 'x Y z\n', 'x Y z\n'],
  ])('settles %s', (_name, base, mine, theirs, expected) => {
    expect(word(base, mine, theirs)).toMatchObject({ clean: true, text: expected, hunks: [] })
    // Line granularity (git's) reports these as conflicts.
    expect(mergeText(base, mine, theirs).clean).toBe(base === 'x y z\n')
  })

  test.each([
    ['the same word changed differently', 'a b c\n', 'a X c\n', 'a Y c\n'],
    ['touching words (no unchanged word between)', 'ab\n', 'Ab\n', 'aB\n'],
    ['insertions at the same place', 'a b\n', 'a X b\n', 'a Y b\n'],
    ['a deletion of a repeated word (place unknown)', 'x x x\n', 'x x\n', 'x x x y\n'],
  ])('keeps the conflict for %s', (_name, base, mine, theirs) => {
    const r = word(base, mine, theirs)
    expect(r.clean).toBe(false)
    expect(r.hunks).toHaveLength(1)
  })

  test('only conflicting hunks are refined; others stay as git merges them', () => {
    const base = 'a b\nkeep\nc d\n'
    const r = word(base, 'A b\nkeep\nc D\n', 'a B\nkeep\nC d\n')
    expect(r).toMatchObject({ clean: true, text: 'A B\nkeep\nC D\n' })
  })
})

// The proof: on random small token sequences, an exhaustive search over every way to
// describe each side's change as one minimal span agrees with the word merge. The merge
// settles a hunk exactly when each side's span is unique and the two are apart (or equal).
const token = fc.constantFrom('a', 'b', ' ', 'x', 'ab', 'c')
/** A side: base with one random span of tokens replaced by random tokens. */
const edit = fc.tuple(fc.nat(), fc.nat(3), fc.array(token, { maxLength: 3 }))
const hunk = fc
  .tuple(fc.array(token, { minLength: 1, maxLength: 7 }), edit, edit)
  .map(([base, m, t]) => {
    const apply = ([at, len, put]: [number, number, string[]]) => {
      const start = at % (base.length + 1)
      return [...base.slice(0, start), ...put, ...base.slice(start + len)].join('')
    }
    return [base.join(''), apply(m), apply(t)] as const
  })

interface Span {
  start: number
  end: number
  with: string
}

function minimalSpans(base: string[], side: string[]) {
  const spans: Span[] = []
  let best = Infinity
  const short = Math.min(base.length, side.length)
  for (let i = 0; i <= short; i++) {
    for (let t = 0; i + t <= short; t++) {
      const prefix = base.slice(0, i).join('\u0000') === side.slice(0, i).join('\u0000')
      const suffix =
        base.slice(base.length - t).join('\u0000') === side.slice(side.length - t).join('\u0000')
      if (!prefix || !suffix) continue
      const cost = base.length - i - t + (side.length - i - t)
      if (cost < best) spans.length = 0
      if (cost <= best) {
        best = cost
        spans.push({
          start: i,
          end: base.length - t,
          with: side.slice(i, side.length - t).join(''),
        })
      }
    }
  }
  return { spans, cost: best }
}

function bruteForce(base: string, mine: string, theirs: string): string | null {
  const b = tokenize(base, 'word')
  const m = minimalSpans(b, tokenize(mine, 'word'))
  const t = minimalSpans(b, tokenize(theirs, 'word'))
  if (m.cost === 0) return theirs
  if (t.cost === 0) return mine
  if (m.spans.length !== 1 || t.spans.length !== 1) return null
  const [x, y] = [m.spans[0], t.spans[0]].toSorted((p, q) => p!.start - q!.start) as [Span, Span]
  if (x.start === y.start && x.end === y.end && x.with === y.with) return mine
  if (x.end >= y.start) return null
  return (
    b.slice(0, x.start).join('') +
    x.with +
    b.slice(x.end, y.start).join('') +
    y.with +
    b.slice(y.end).join('')
  )
}

describe('word merge proof by exhaustive search', () => {
  test('settles exactly the hunks an exhaustive search finds unambiguous, with the same text', () => {
    let settled = 0
    let kept = 0
    fc.assert(
      fc.property(hunk, ([b, m, t]) => {
        const [base, mine, theirs] = [b, m, t].map((s) => `${s}\n`) as [string, string, string]
        const lines = mergeText(base, mine, theirs)
        const words = word(base, mine, theirs)
        const expected = lines.clean ? lines.text : bruteForce(base, mine, theirs)
        expect(words.clean ? words.text : null).toBe(expected)
        if (!lines.clean) {
          if (words.clean) settled++
          else kept++
        }
      }),
      { numRuns: 3000 },
    )
    expect(settled).toBeGreaterThan(100)
    expect(kept).toBeGreaterThan(100)
  })
})
