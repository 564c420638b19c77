import { mergeText, resolveChunks } from '../../../src/core/merge/index'
import { createGitMerger, hasGit } from './gitMergeFile'

// 120,000 distinct lines: past the 65,535 distinct lines diff-match-patch's line mode can encode.
const N = 120_000
const base = Array.from({ length: N }, (_, i) => `line ${i}`)
const join = (lines: string[]) => lines.join('\n') + '\n'
const withEdits = (edits: Record<number, string | null>, inserts: Record<number, string> = {}) => {
  const out: string[] = []
  base.forEach((l, i) => {
    if (inserts[i] !== undefined) out.push(inserts[i] as string)
    const e = edits[i]
    if (e === undefined) out.push(l)
    else if (e !== null) out.push(e)
  })
  return out
}

describe('mergeText on a 120k-line document', () => {
  const mine = withEdits(
    { 5: 'mine 5', 70_000: 'mine 70000', 119_998: null },
    { 90_000: 'mine ins' },
  )
  const theirs = withEdits({ 7: 'theirs 7', 70_000: 'theirs 70000', 100_001: 'theirs 100001' })

  test('changes past line 65,535 land where they were made, one real conflict', () => {
    const r = mergeText(join(base), join(mine), join(theirs))
    expect(r.clean).toBe(false)
    expect(r.hunks).toHaveLength(1)
    expect(r.hunks[0]).toMatchObject({
      base: 'line 70000\n',
      mine: 'mine 70000\n',
      theirs: 'theirs 70000\n',
      baseRange: [70_000, 70_001],
    })
    const expected = withEdits(
      {
        5: 'mine 5',
        7: 'theirs 7',
        70_000: 'theirs 70000',
        100_001: 'theirs 100001',
        119_998: null,
      },
      { 90_000: 'mine ins' },
    )
    expect(resolveChunks(r.chunks, ['theirs'])).toBe(join(expected))
  })

  test('a clean merge of far-apart edits', () => {
    const m = withEdits({ 80_000: 'm' })
    const t = withEdits({ 80_002: 't' })
    const r = mergeText(join(base), join(m), join(t))
    expect(r).toMatchObject({ clean: true, text: join(withEdits({ 80_000: 'm', 80_002: 't' })) })
  })
})

describe.skipIf(!hasGit)('mergeText on a 120k-line document vs git', () => {
  const mine = withEdits(
    { 5: 'mine 5', 70_000: 'mine 70000', 119_998: null },
    { 90_000: 'mine ins' },
  )
  const theirs = withEdits({ 7: 'theirs 7', 70_000: 'theirs 70000', 100_001: 'theirs 100001' })

  test('agrees with git merge-file --diff3', () => {
    const git = createGitMerger()
    try {
      const ref = git.merge(join(base), join(mine), join(theirs), true)
      expect(mergeText(join(base), join(mine), join(theirs), { showBase: true }).text).toBe(
        ref.text,
      )
    } finally {
      git.dispose()
    }
  })
})
