// Decisions applied with no React at all, the way a Node client saves a resolved conflict.
import {
  mergeValues,
  resolveConflict,
  type ConflictDecision,
  type ResolveConflictResult,
} from '../../../src/core/index'

type Doc = { title: string; price: number; tags: string[]; body: string }
const base: Doc = { title: 'Plan', price: 10, tags: ['a'], body: 'one\ntwo\nthree\nfour\nfive\n' }
const mine: Doc = {
  title: 'Mine',
  price: 12,
  tags: ['a'],
  body: 'ONE\ntwo\nthree\nfour\nmy five\n',
}
const theirs: Doc = {
  title: 'Theirs',
  price: 15,
  tags: ['a', 'b'],
  body: 'One\ntwo\nthree\nfour\ntheir five\n',
}
// Slots in document order: title, price, then the body's two hunks.
const merge = mergeValues(base, mine, theirs, { text: ['body'] })

describe('resolveConflict', () => {
  it('reads the fixture as four slots: two values, two hunks of the body', () => {
    expect(merge.conflicts.map((c) => c.path)).toEqual([['title'], ['price'], ['body']])
    expect(merge.conflicts[2]?.text?.hunks).toHaveLength(2)
  })

  it.each<[string, ConflictDecision[], Partial<Doc>]>([
    [
      'sides per slot',
      ['mine', 'theirs', 'theirs', 'mine'],
      { title: 'Mine', price: 15, body: 'One\ntwo\nthree\nfour\nmy five\n' },
    ],
    [
      'both sides of a string and of a hunk',
      ['theirs-then-mine', 'mine', 'mine-then-theirs', 'theirs'],
      { title: 'Theirs\nMine', price: 12, body: 'ONE\nOne\ntwo\nthree\nfour\ntheir five\n' },
    ],
    [
      'text of ones own: JSON for a number, lines for a hunk',
      [{ text: 'Ours' }, { text: '13' }, { text: 'uno' }, { value: 'cinco\n' }],
      { title: 'Ours', price: 13, body: 'uno\ntwo\nthree\nfour\ncinco\n' },
    ],
    [
      'a value of ones own',
      ['theirs', { value: 99 }, 'theirs', 'theirs'],
      { price: 99, body: 'One\ntwo\nthree\nfour\ntheir five\n' },
    ],
  ])('%s', (_name, decisions, expected) => {
    const result = resolveConflict(merge, decisions)
    expect(result).toEqual({ ok: true, value: { ...theirs, ...expected, tags: ['a', 'b'] } })
  })

  it.each<[string, (ConflictDecision | null)[], ResolveConflictResult<Doc>]>([
    ['a slot left out', ['mine', 'mine', null, 'mine'], { ok: false, slot: 2, reason: 'missing' }],
    ['too few decisions', ['mine', 'mine'], { ok: false, slot: 2, reason: 'missing' }],
    [
      'too many decisions',
      ['mine', 'mine', 'mine', 'mine', 'mine'],
      { ok: false, slot: 4, reason: 'extra' },
    ],
    [
      'JSON that does not parse',
      ['mine', { text: '1 2' }, 'mine', 'mine'],
      { ok: false, slot: 1, reason: 'invalid' },
    ],
    [
      'both sides of two numbers',
      ['mine', 'mine-then-theirs', 'mine', 'mine'],
      { ok: false, slot: 1, reason: 'invalid' },
    ],
    [
      'a hunk given a value that is not text',
      ['mine', 'mine', { value: 5 }, 'mine'],
      { ok: false, slot: 2, reason: 'invalid' },
    ],
  ])('gives %s back as data', (_name, decisions, expected) => {
    expect(resolveConflict(merge, decisions)).toEqual(expected)
  })

  it('leaves its inputs untouched', () => {
    const before = structuredClone(merge)
    resolveConflict(merge, ['mine', 'mine', 'mine', 'mine'])
    expect(merge).toEqual(before)
  })

  it('gives a clean merge back as merged', () => {
    const clean = mergeValues(base, { ...base, price: 11 }, { ...base, title: 'T' })
    expect(resolveConflict(clean, [])).toEqual({ ok: true, value: clean.merged })
  })
})
