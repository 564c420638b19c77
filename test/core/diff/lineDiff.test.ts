import * as fc from 'fast-check'
import { diffRows, rowsOfModel } from '../../../src/core/diff/diffRows'
import { diffSegments } from '../../../src/core/diff/diffSegments'
import { lineDiff, startLineDiff } from '../../../src/core/diff/lineDiff'
import { rowModel } from '../../../src/core/diff/rowModel'

/** Runs a job in the smallest steps it takes (every `run` call is already past its time). */
function runInSlices(original: string, modified: string) {
  const job = startLineDiff(original, modified)
  let slices = 0
  let progress = 0
  while (!job.run(performance.now() - 1)) {
    slices++
    expect(job.progress).toBeGreaterThanOrEqual(progress)
    expect(job.progress).toBeLessThanOrEqual(1)
    progress = job.progress
  }
  return { diff: job.result(), slices }
}

/** A large document with spread-out edits of every kind. */
function document(lines: number): [string, string] {
  const a: string[] = []
  const b: string[] = []
  for (let i = 0; i < lines; i++) {
    const text = i % 7 === 0 ? '' : `line ${i % 1000} of ${i}`
    a.push(text)
    if (i % 97 === 0) b.push(`${text} edited`)
    else if (i % 89 === 0) b.push(text, `inserted ${i}`)
    else if (i % 83 !== 0) b.push(text)
  }
  return [a.join('\n') + '\n', b.join('\n') + '\n']
}

describe('startLineDiff', () => {
  it('in many small slices gives exactly the one-go diff of a large document', () => {
    const [a, b] = document(60_000)
    const sliced = runInSlices(a, b)
    // Each slice checks the clock every few thousand lines or a few dozen boxes.
    expect(sliced.slices).toBeGreaterThan(20)
    const whole = lineDiff(a, b)
    expect(sliced.diff.changes).toEqual(whole.changes)
    expect(sliced.diff.coarse).toBe(false)
    const rows = rowsOfModel(rowModel(sliced.diff, { timeoutMs: Infinity }, diffSegments))
    expect(rows).toEqual(diffRows(a, b, { timeoutMs: Infinity }))
  })

  it('slices the set-up between encoding and search too, a step per late slice', () => {
    const [a, b] = document(60_000)
    const job = startLineDiff(a, b)
    // Progress stays at the end of encoding (0.5) while the counts and reduced sides are
    // made; one slice did them all (and began the search) before.
    let atSetUp = 0
    while (!job.run(performance.now() - 1)) if (job.progress === 0.5) atSetUp++
    expect(atSetUp).toBeGreaterThanOrEqual(5)
    expect(job.result().changes).toEqual(lineDiff(a, b).changes)
  })

  it('agrees with the one-go diff on small random texts', () => {
    const line = fc.constantFrom('a', 'b', 'c', '', 'x y')
    const text = fc.array(line, { maxLength: 30 }).map((ls) => ls.join('\n'))
    fc.assert(
      fc.property(text, text, (a, b) => {
        expect(runInSlices(a, b).diff.changes).toEqual(lineDiff(a, b).changes)
      }),
    )
  })

  it('reports progress from 0 to 1 and refuses a result before it is done', () => {
    const [a, b] = document(20_000)
    const job = startLineDiff(a, b)
    expect(job.progress).toBe(0)
    expect(job.done).toBe(false)
    expect(() => job.result()).toThrow(/before run\(\) finished/)
    job.run(Infinity)
    expect(job.done).toBe(true)
    expect(job.progress).toBe(1)
  })
})
