// Which string fields `mergeValues` merges line by line (the `text` option) and with which
// text options; every other string is one value, so two different edits are a conflict.
import { mergeValues } from '../../../src/core/merge/index'

const base = 'one\ntwo\nthree\n'
const mine = 'ONE\ntwo\nthree\n'
const theirs = 'one\ntwo\nTHREE\n'
const both = 'ONE\ntwo\nTHREE\n'

describe("mergeValues' text fields", () => {
  it('a multi-line string not named as text is one value: two different edits conflict', () => {
    const r = mergeValues({ title: base }, { title: mine }, { title: theirs })
    expect(r.clean).toBe(false)
    expect(r.conflicts.map((c) => c.path)).toEqual([['title']])
    expect(r.merged).toEqual({ title: theirs })
  })

  it('a field named as text merges line by line', () => {
    const r = mergeValues({ title: base }, { title: mine }, { title: theirs }, { text: ['title'] })
    expect(r.clean).toBe(true)
    expect(r.merged).toEqual({ title: both })
    expect(r.changes).toEqual([{ path: ['title'], from: 'both' }])
  })

  it('a name matches that exact path only, not a field of the same name deeper down', () => {
    const doc = (t: string) => ({ title: 'T', section: { title: t } })
    const r = mergeValues(doc(base), doc(mine), doc(theirs), { text: ['title'] })
    expect(r.conflicts.map((c) => c.path)).toEqual([['section', 'title']])
  })

  it('a name does not match a shorter path that starts like it', () => {
    const r = mergeValues(
      { notes: base },
      { notes: mine },
      { notes: theirs },
      {
        text: ['notes.body'],
      },
    )
    expect(r.conflicts.map((c) => c.path)).toEqual([['notes']])
  })

  it('a name does not cover the fields below it', () => {
    const doc = (t: string) => ({ notes: { body: t } })
    const r = mergeValues(doc(base), doc(mine), doc(theirs), { text: ['notes'] })
    expect(r.conflicts.map((c) => c.path)).toEqual([['notes', 'body']])
  })

  it('`*` stands for any key or index, and the other parts must all match', () => {
    const doc = (t: string) => ({
      sections: [
        { id: 1, text: t, note: t },
        { id: 2, text: t, note: t },
      ],
    })
    const r = mergeValues(doc(base), doc(mine), doc(theirs), { text: ['sections.*.text'] })
    expect(r.conflicts.map((c) => c.path)).toEqual([
      ['sections', 0, 'note'],
      ['sections', 1, 'note'],
    ])
    expect(r.merged).toMatchObject({ sections: [{ text: both }, { text: both }] })
  })

  it('any one of several names is enough', () => {
    const doc = (t: string) => ({ body: t, summary: t })
    const r = mergeValues(doc(base), doc(mine), doc(theirs), { text: ['body', 'summary'] })
    expect(r.clean).toBe(true)
    expect(r.merged).toEqual(doc(both))
  })

  it('a predicate decides by path', () => {
    const doc = (t: string) => ({ body: t, summary: t })
    const r = mergeValues(doc(base), doc(mine), doc(theirs), {
      text: (path) => path[0] === 'summary',
    })
    expect(r.conflicts.map((c) => c.path)).toEqual([['body']])
  })

  it('the text options reach the line merge (marker labels of a conflicting field)', () => {
    const r = mergeValues(
      { body: base },
      { body: 'A\ntwo\nthree\n' },
      { body: 'B\ntwo\nthree\n' },
      {
        text: ['body'],
        textOptions: { labels: { mine: 'yours', theirs: 'server' } },
      },
    )
    expect(r.conflicts).toHaveLength(1)
    expect(r.conflicts[0]?.text?.text).toMatch(/^<<<<<<< yours\n[\s\S]*>>>>>>> server\n/m)
  })
})
