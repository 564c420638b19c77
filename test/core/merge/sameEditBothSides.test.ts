// Lines both sides changed the same way are taken once, never shown as a conflict, even when
// the two sides' diffs against base line them up differently (as `git merge-file` does).
import { mergeText } from '../../../src/core/merge/index'

describe('the same edit on both sides', () => {
  it('is taken once: only the lines that really differ are a conflict', () => {
    // base a,a,b,c; both sides start b,a,b; mine then ends, theirs adds another b
    const r = mergeText('a\na\nb\nc\n', 'b\na\nb\n', 'b\na\nb\nb\n')
    expect(r.hunks.map((h) => [h.mine, h.theirs])).toEqual([['', 'b\n']])
    // the text git merge-file -p gives for the same three files
    expect(r.text).toBe('b\na\nb\n<<<<<<< mine\n=======\nb\n>>>>>>> theirs\n')
    expect(r.chunks).toEqual([
      { type: 'ok', text: 'b\na\nb\n' },
      { type: 'conflict', conflict: r.hunks[0] },
    ])
  })
})
