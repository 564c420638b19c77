// What a save that stops says: the kind a UI branches on and words that tell the person
// nothing was saved and the draft is kept.
import type { HttpProblem } from '../../../src/core/http/types'
import {
  preconditionNeverMatches,
  saveStep,
  startSave,
  type SaveCommand,
} from '../../../src/core/resource/saveStep'

type Doc = { title: string; body: string }
const base: Doc = { title: 'T', body: 'b' }
const mine: Doc = { ...base, title: 'mine' }
const stale: HttpProblem = { status: 412, kind: 'stale', title: 'Stale', raw: '412 body' }

const failure = (command: SaveCommand<Doc>): HttpProblem => {
  if (command.type !== 'done' || command.result.type !== 'failed') {
    throw new Error(`expected a failure, got ${JSON.stringify(command)}`)
  }
  return command.result.problem
}

describe('a server whose validators never match', () => {
  const problem = preconditionNeverMatches({ ...stale, currentVersion: '"v1"' }, '"v1"')

  it('is a developer problem, not a conflict or a retryable failure', () => {
    expect(problem).toMatchObject({
      status: 412,
      kind: 'other',
      code: 'precondition_never_matches',
    })
  })

  it('says the write was refused although nothing changed on the server', () => {
    expect(problem.title).toMatch(/rejects its own version.*refused although nothing changed/)
  })

  it('explains the cause and that the draft is kept', () => {
    expect(problem.detail).toMatch(/failed precondition while holding exactly the version/)
    expect(problem.detail).toMatch(/validators are broken \(Apache with mod_deflate/)
    expect(problem.detail).toMatch(/Nothing was saved; the draft is kept\.$/)
  })

  it("keeps the server's version and the raw answer for the developer", () => {
    expect(problem.currentVersion).toBe('"v1"')
    expect(problem.raw).toBe('412 body')
    expect(preconditionNeverMatches(stale, null)).not.toHaveProperty('currentVersion')
  })
})

describe('a server that keeps changing under every re-send', () => {
  it('is a busy failure that says the draft is kept', () => {
    const policy = { merge: { serverFields: ['body'] }, maxRebases: 0 }
    const waiting = saveStep(startSave(mine, base, '"v1"').state, {
      type: 'refused',
      problem: stale,
    }).state
    const theirs = { value: { ...base, body: 'stamp' }, version: '"v2"' }
    const problem = failure(saveStep(waiting, { type: 'loaded', theirs, mine }, policy).command)
    expect(problem).toMatchObject({ kind: 'busy', code: 'kept_changing', raw: '412 body' })
    expect(problem.title).toMatch(/kept changing.*nothing was saved, the draft is kept/)
  })
})

describe('an answer the save did not ask for', () => {
  it('ends it unsent, as a developer problem', () => {
    const theirs = { value: base, version: '"v1"' }
    const start = startSave(mine, base, '"v1"').state
    const problem = failure(saveStep(start, { type: 'loaded', theirs, mine }).command)
    expect(problem).toMatchObject({ kind: 'other', code: 'unexpected_event', status: 0 })
    expect(problem.title).toMatch(/had not asked for; nothing was sent/)
  })
})

describe('a save that wrote a clean merge of their changes', () => {
  it('reports that it wrote, and what it combined', () => {
    const policy = { autoMerge: 'save' as const }
    const waiting = saveStep(startSave(mine, base, '"v1"').state, {
      type: 'refused',
      problem: stale,
    }).state
    const theirs = { value: { ...base, body: 'theirs' }, version: '"v2"' }
    const rebased = saveStep(waiting, { type: 'loaded', theirs, mine }, policy).state
    const saved = { value: { title: 'mine', body: 'theirs' }, version: '"v3"' }
    const { command } = saveStep(rebased, { type: 'written', saved }, policy)
    expect(command).toMatchObject({
      type: 'done',
      result: { type: 'saved', wrote: true, saved, autoMerge: { baseVersion: '"v1"', saved } },
    })
  })
})
