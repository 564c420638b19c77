// createConflict: what the person is shown as a conflict. Sides a person could not tell apart
// (a trailing newline a server trimmed, CRLF against LF) are not one.
import { createConflict } from '../../../src/core/resource/createConflict'
import type { HttpProblem } from '../../../src/core/http/types'

const problem: HttpProblem = { status: 409, kind: 'stale', title: 'Stale', raw: null }
const theirs = <T>(value: T) => ({ value, version: '"v2"' })

describe('createConflict', () => {
  test.each([
    ['a trailing newline trimmed', 'two\n', 'two'],
    ['several trailing newlines', 'two\n\n', 'two'],
    ['CRLF against LF', 'a\r\nb\r\n', 'a\nb\n'],
    ['CRLF with no final newline', 'a\r\nb', 'a\nb\n'],
  ])('a field whose sides differ only by %s: no conflict, mine kept', (_name, mine, held) => {
    const c = createConflict(
      { notes: 'one', owner: 'ann' },
      { notes: mine, owner: 'ann' },
      theirs({ notes: held, owner: 'bob' }),
      problem,
    )
    expect(c.conflicts).toEqual([])
    expect(c.merged).toEqual({ notes: mine, owner: 'bob' })
  })

  test('sides that really differ are still a conflict', () => {
    const c = createConflict(
      { notes: 'one' },
      { notes: 'two\n' },
      theirs({ notes: 'three' }),
      problem,
    )
    expect(c.conflicts.map((x) => x.path)).toEqual([['notes']])
    expect(c.merged).toEqual({ notes: 'three' })
  })

  test('a text document stored with CRLF merges line by line with an LF draft', () => {
    const base = 'BEGIN\r\nNOTE:one\r\nTEL:1\r\nX:1\r\nEND\r\n'
    const mine = 'BEGIN\nNOTE:two\nTEL:1\nX:1\nEND\n'
    const held = 'BEGIN\r\nNOTE:one\r\nTEL:1\r\nX:2\r\nEND\r\n'
    const c = createConflict(base, mine, theirs(held), problem)
    expect(c.conflicts).toEqual([])
    expect(c.merged).toBe('BEGIN\r\nNOTE:two\r\nTEL:1\r\nX:2\r\nEND\r\n')
  })

  test('a whole text that differs only by its final newline is not a conflict', () => {
    const c = createConflict('one\n', 'two\n', theirs('two'), problem)
    expect(c.conflicts).toEqual([])
    expect(c.merged).toBe('two\n')
  })
})
