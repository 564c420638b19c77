import * as fc from 'fast-check'
import { mergeText } from '../../../src/core/merge/index'
import { threeWay } from './arbitraries'
import { createGitMerger, hasGit } from './gitMergeFile'

// Differential test against the reference implementation; skipped where git is absent.
describe.skipIf(!hasGit)('mergeText vs git merge-file on random inputs', () => {
  const git = hasGit ? createGitMerger() : null
  afterAll(() => git?.dispose())

  test('same verdict, same clean text, same --diff3 conflict text', () => {
    let conflicted = 0
    fc.assert(
      fc.property(threeWay, ({ base, mine, theirs }) => {
        const ref = git!.merge(base, mine, theirs)
        const r = mergeText(base, mine, theirs)
        expect(r.clean).toBe(ref.clean)
        expect(r.clean ? r.text : '').toBe(ref.clean ? ref.text : '')
        if (ref.clean) return
        conflicted++
        // git's --diff3 style keeps conflicts whose two sides ended up equal; this
        // merge settles them (git's default style does too), so compare only without those.
        const ref3 = git!.merge(base, mine, theirs, true)
        const settled = /<<<<<<< mine\n([^]*?)\|{7} base\n[^]*?={7}\n\1>{7} theirs/.test(ref3.text)
        expect(settled ? ref3.text : mergeText(base, mine, theirs, { showBase: true }).text).toBe(
          ref3.text,
        )
      }),
      { numRuns: 250 },
    )
    expect(conflicted).toBeGreaterThan(30)
  }, 60_000)
})
