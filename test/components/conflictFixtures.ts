import type { HttpProblem } from '../../src/core/http/types'
import type { MergeTextResult, TextConflict } from '../../src/core/merge/types'
import type { ResourceConflict } from '../../src/hooks/types'

/** The document edited in the resolver tests. */
export interface Doc {
  title: string
  body: string
  tags: string[]
  price: number
  address: { city: string }
}

export const problem: HttpProblem = {
  status: 412,
  kind: 'stale',
  title: 'Precondition Failed',
  raw: null,
}

const base: Doc = {
  title: 'Draft',
  body: 'intro\nA\nmiddle\nB\nend\n',
  tags: ['x'],
  price: 10,
  address: { city: 'Oslo' },
}

/** Two value conflicts (title, price) and two automatic changes (tags theirs, city mine). */
export function valueConflict(): ResourceConflict<Doc> {
  const mine = { ...base, title: 'My title', price: 12, address: { city: 'Bergen' } }
  const theirs = { ...base, title: 'Their title', price: 15, tags: ['x', 'y'] }
  return {
    base,
    mine,
    theirs,
    merged: { ...theirs, address: { city: 'Bergen' } },
    conflicts: [
      { path: ['title'], base: 'Draft', mine: 'My title', theirs: 'Their title' },
      { path: ['price'], base: 10, mine: 12, theirs: 15 },
    ],
    changes: [
      { path: ['tags'], from: 'theirs' },
      { path: ['address', 'city'], from: 'mine' },
    ],
    problem,
    theirsVersion: '"v2"',
  }
}

/** The body merged as text with two conflicting hunks. */
export function textConflict(): ResourceConflict<Doc> {
  const mine = { ...base, body: 'intro\nA1\nmiddle\nB1\nend\n' }
  const theirs = { ...base, body: 'intro\nA2\nmiddle\nB2\nend\n' }
  const hunkA: TextConflict = {
    base: 'A\n',
    mine: 'A1\n',
    theirs: 'A2\n',
    baseRange: [1, 2],
    mineRange: [1, 2],
    theirsRange: [1, 2],
  }
  const hunkB: TextConflict = {
    base: 'B\n',
    mine: 'B1\n',
    theirs: 'B2\n',
    baseRange: [3, 4],
    mineRange: [3, 4],
    theirsRange: [3, 4],
  }
  const text: MergeTextResult = {
    clean: false,
    text: 'intro\n<<<<<<< mine\nA1\n=======\nA2\n>>>>>>> theirs\nmiddle\n(...)',
    hunks: [hunkA, hunkB],
    chunks: [
      { type: 'ok', text: 'intro\n' },
      { type: 'conflict', conflict: hunkA },
      { type: 'ok', text: 'middle\n' },
      { type: 'conflict', conflict: hunkB },
      { type: 'ok', text: 'end\n' },
    ],
  }
  return {
    base,
    mine,
    theirs,
    merged: theirs,
    conflicts: [{ path: ['body'], base: base.body, mine: mine.body, theirs: theirs.body, text }],
    changes: [],
    problem,
    theirsVersion: '"v3"',
  }
}

/** Both sides changed different fields: nothing to decide. */
export function cleanConflict(): ResourceConflict<Doc> {
  const mine = { ...base, title: 'My title' }
  const theirs = { ...base, price: 11 }
  return {
    base,
    mine,
    theirs,
    merged: { ...base, title: 'My title', price: 11 },
    conflicts: [],
    changes: [
      { path: ['title'], from: 'mine' },
      { path: ['price'], from: 'theirs' },
    ],
    problem,
    theirsVersion: '"v4"',
  }
}
