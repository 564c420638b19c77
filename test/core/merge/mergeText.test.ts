import { mergeText, resolveChunks } from '../../../src/core/merge/index'
import type { MergeTextResult } from '../../../src/core/merge/index'
import fixtures from './fixtures/git-cases.json'

type Range = [number, number]
interface Case {
  name: string
  base: string
  mine: string
  theirs: string
  text: string
  hunks?: { base: Range; mine: Range; theirs: Range }[]
}

const ranges = (r: MergeTextResult) =>
  r.hunks.map((h) => ({ base: h.baseRange, mine: h.mineRange, theirs: h.theirsRange }))

// Classic diff3 situations, with the expected output spelled out.
const cases: Case[] = [
  {
    name: 'changes far apart merge cleanly',
    base: 'a\nb\nc\nd\ne\n',
    mine: 'A\nb\nc\nd\ne\n',
    theirs: 'a\nb\nc\nd\nE\n',
    text: 'A\nb\nc\nd\nE\n',
  },
  {
    name: 'both insert at the same point: conflict',
    base: 'a\nb\n',
    mine: 'a\nX\nb\n',
    theirs: 'a\nY\nb\n',
    text: 'a\n<<<<<<< mine\nX\n=======\nY\n>>>>>>> theirs\nb\n',
    hunks: [{ base: [1, 1], mine: [1, 2], theirs: [1, 2] }],
  },
  {
    name: 'edits on adjacent lines conflict (as in git)',
    base: 'a\nb\nc\nd\n',
    mine: 'a\nB\nc\nd\n',
    theirs: 'a\nb\nC\nd\n',
    text: 'a\n<<<<<<< mine\nB\nc\n=======\nb\nC\n>>>>>>> theirs\nd\n',
    hunks: [{ base: [1, 3], mine: [1, 3], theirs: [1, 3] }],
  },
  {
    name: 'delete vs edit conflicts',
    base: 'a\nb\nc\n',
    mine: 'a\nc\n',
    theirs: 'a\nB\nc\n',
    text: 'a\n<<<<<<< mine\n=======\nB\n>>>>>>> theirs\nc\n',
    hunks: [{ base: [1, 2], mine: [1, 1], theirs: [1, 2] }],
  },
  {
    name: 'identical changes are taken once',
    base: 'a\nb\nc\n',
    mine: 'a\nB\nB2\nc\n',
    theirs: 'a\nB\nB2\nc\n',
    text: 'a\nB\nB2\nc\n',
  },
  {
    name: 'conflict at file start',
    base: 'a\nb\nc\n',
    mine: 'A\nb\nc\n',
    theirs: 'Z\nb\nc\n',
    text: '<<<<<<< mine\nA\n=======\nZ\n>>>>>>> theirs\nb\nc\n',
    hunks: [{ base: [0, 1], mine: [0, 1], theirs: [0, 1] }],
  },
  {
    name: 'conflict at file end',
    base: 'a\nb\nc\n',
    mine: 'a\nb\nC\n',
    theirs: 'a\nb\nZ\n',
    text: 'a\nb\n<<<<<<< mine\nC\n=======\nZ\n>>>>>>> theirs\n',
    hunks: [{ base: [2, 3], mine: [2, 3], theirs: [2, 3] }],
  },
  {
    name: 'empty base, both add',
    base: '',
    mine: 'x\n',
    theirs: 'y\n',
    text: '<<<<<<< mine\nx\n=======\ny\n>>>>>>> theirs\n',
    hunks: [{ base: [0, 0], mine: [0, 1], theirs: [0, 1] }],
  },
  {
    name: 'CRLF conflict keeps CRLF markers',
    base: 'a\r\nb\r\nc\r\n',
    mine: 'a\r\nB\r\nc\r\n',
    theirs: 'a\r\nZ\r\nc\r\n',
    text: 'a\r\n<<<<<<< mine\r\nB\r\n=======\r\nZ\r\n>>>>>>> theirs\r\nc\r\n',
    hunks: [{ base: [1, 2], mine: [1, 2], theirs: [1, 2] }],
  },
  {
    name: 'a dropped final newline is a change of its own',
    base: 'a\nb\nc\nd\n',
    mine: 'a\nb\nc\nd',
    theirs: 'A\nb\nc\nd\n',
    text: 'A\nb\nc\nd',
  },
  {
    name: 'no final newline: marker sections still end lines',
    base: 'a\nb',
    mine: 'a\nB',
    theirs: 'a\nC',
    text: 'a\n<<<<<<< mine\nB\n=======\nC\n>>>>>>> theirs\n',
    hunks: [{ base: [1, 2], mine: [1, 2], theirs: [1, 2] }],
  },
]

describe('mergeText: classic cases', () => {
  test.each(cases)('$name', (c) => {
    const r = mergeText(c.base, c.mine, c.theirs)
    expect(r.text).toBe(c.text)
    expect(r.clean).toBe(!c.hunks)
    expect(ranges(r)).toEqual(c.hunks ?? [])
  })

  test('hunks carry the three texts', () => {
    const r = mergeText('a\nb\nc\n', 'a\nB\nc\n', 'a\nZ\nZ2\nc\n')
    expect(r.hunks).toEqual([
      {
        base: 'b\n',
        mine: 'B\n',
        theirs: 'Z\nZ2\n',
        baseRange: [1, 2],
        mineRange: [1, 2],
        theirsRange: [1, 3],
      },
    ])
  })

  test('labels, marker size and the base section are configurable', () => {
    const r = mergeText('a\nb\n', 'a\nB\n', 'a\nC\n', {
      showBase: true,
      markerSize: 4,
      labels: { mine: 'yours', base: 'original', theirs: 'server' },
    })
    expect(r.text).toBe('a\n<<<< yours\nB\n|||| original\nb\n====\nC\n>>>> server\n')
  })
})

describe('mergeText agrees with git merge-file (fixtures)', () => {
  test(`fixtures come from ${fixtures.git}`, () => {
    expect(fixtures.cases.length).toBeGreaterThan(30)
  })
  test.each(fixtures.cases)('$name', (c) => {
    const r = mergeText(c.base, c.mine, c.theirs)
    expect(r.clean).toBe(c.clean)
    expect(r.clean ? r.text : 'conflicted').toBe(c.clean ? c.text : 'conflicted')
    // Conflict layout is git's --diff3 layout, byte for byte.
    expect(mergeText(c.base, c.mine, c.theirs, { showBase: true }).text).toBe(c.diff3Text)
  })
})

describe('chunks and resolveChunks', () => {
  const base = '1\n2\n3\n4\n5\n6\n7\n8\n9\n'
  const mine = '1\nT\n3\n4\n5\n6\nS\n8\n9\n'
  const theirs = '1\n2\n3\nF\n5\n6\nR\n8\n9\n'
  // Merged per test (not while collecting) so each test's coverage is its own.
  let r: MergeTextResult
  beforeEach(() => {
    r = mergeText(base, mine, theirs)
  })

  test('one clean and one conflicting change', () => {
    expect(r.clean).toBe(false)
    expect(r.hunks).toHaveLength(1)
    expect(r.chunks.map((c) => c.type)).toEqual(['ok', 'conflict', 'ok'])
    expect(r.chunks[0]).toEqual({ type: 'ok', text: '1\nT\n3\nF\n5\n6\n' })
  })

  test('each choice rebuilds the text', () => {
    expect(resolveChunks(r.chunks, ['mine'])).toBe('1\nT\n3\nF\n5\n6\nS\n8\n9\n')
    expect(resolveChunks(r.chunks, ['theirs'])).toBe('1\nT\n3\nF\n5\n6\nR\n8\n9\n')
    expect(resolveChunks(r.chunks, ['both'])).toBe('1\nT\n3\nF\n5\n6\nS\nR\n8\n9\n')
    expect(resolveChunks(r.chunks, ['base'])).toBe('1\nT\n3\nF\n5\n6\n7\n8\n9\n')
    expect(resolveChunks(r.chunks, [{ text: 'own\n' }])).toBe('1\nT\n3\nF\n5\n6\nown\n8\n9\n')
  })

  test('a missing or extra choice throws instead of guessing', () => {
    expect(() => resolveChunks(r.chunks, [])).toThrow(RangeError)
    expect(() => resolveChunks(r.chunks, ['mine', 'mine'])).toThrow(RangeError)
  })

  test("'both' keeps lines apart when mine lacks a final newline", () => {
    const m = mergeText('a\nb', 'a\nB', 'a\nC')
    expect(resolveChunks(m.chunks, ['both'])).toBe('a\nB\nC')
    const crlf = mergeText('a\r\nb', 'a\r\nB', 'a\r\nC')
    expect(resolveChunks(crlf.chunks, ['both'])).toBe('a\r\nB\r\nC')
  })

  test('a clean merge is one ok chunk, or none for an empty result', () => {
    expect(mergeText('a\n', 'b\n', 'a\n').chunks).toEqual([{ type: 'ok', text: 'b\n' }])
    expect(mergeText('a\n', '', '').chunks).toEqual([])
  })
})
