// A 428 (the server wants a precondition the write did not carry) is answered once per save,
// by reading the server's version; the same unconditional write is never sent again.
import type { HttpProblem } from '../../../src/core/http/types'
import {
  saveStep,
  startSave,
  type SaveCommand,
  type SaveEvent,
  type SavePolicy,
  type SaveState,
} from '../../../src/core/resource/saveStep'

type Doc = { title: string; body: string }
const base: Doc = { title: 'T', body: 'b' }
const mine: Doc = { ...base, title: 'mine' }
const stale: HttpProblem = { status: 412, kind: 'stale', title: 'Stale', raw: null }
const required: HttpProblem = {
  status: 428,
  kind: 'precondition-required',
  title: 'Precondition required',
  raw: null,
}

/** Feeds `events` to a save of `mine` from `baseVersion`; returns every command it answered. */
function run(baseVersion: string | null, events: SaveEvent<Doc>[], policy: SavePolicy = {}) {
  let state: SaveState<Doc> = startSave(mine, base, baseVersion).state
  const commands: SaveCommand<Doc>[] = []
  for (const event of events) {
    const next = saveStep(state, event, policy)
    state = next.state
    commands.push(next.command)
  }
  return commands
}

describe('a 428 to a save', () => {
  it('is answered once even after a stale round in the same save', () => {
    const commands = run(
      '"v1"',
      [
        { type: 'refused', problem: stale },
        { type: 'loaded', theirs: { value: { ...base, body: 'stamp' }, version: '"v2"' }, mine },
        { type: 'refused', problem: required },
      ],
      { merge: { serverFields: ['body'] } },
    )
    expect(commands.map((c) => c.type)).toEqual(['load', 'write', 'load'])
  })

  it('a second time in the same save ends it with that problem', () => {
    const commands = run('"v1"', [
      { type: 'refused', problem: required },
      { type: 'loaded', theirs: { value: base, version: '"v1"' }, mine },
      { type: 'refused', problem: required },
    ])
    expect(commands.map((c) => c.type)).toEqual(['load', 'write', 'done'])
    expect(commands[2]).toEqual({ type: 'done', result: { type: 'failed', problem: required } })
  })

  it('reads theirs fresh even when its body carries a value and a version', () => {
    const problem = { ...required, current: { title: 'x', body: 'y' }, currentVersion: '"v9"' }
    expect(run('"v1"', [{ type: 'refused', problem }])).toEqual([{ type: 'load', known: null }])
  })

  it('with no version anywhere is not answered with the same unconditional write', () => {
    // the draft had no version, the 428 names none and the GET has no ETag
    const commands = run(null, [
      { type: 'refused', problem: required },
      { type: 'loaded', theirs: { value: base, version: null }, mine },
    ])
    const last = commands[1]
    expect(last?.type).toBe('done')
    // the person's draft is what the result carries: nothing typed is lost
    expect(last).toMatchObject({ result: { type: 'conflict', conflict: { mine, merged: mine } } })
  })
})
