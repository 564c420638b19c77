// A Node client of `react-conflict-kit/core` in a `module: NodeNext` project: compiled by tsc
// against the packed package with `skipLibCheck: false`, then run by Node.
import { classifyResponse, mergeText, mergeValues, type HttpProblem } from 'react-conflict-kit/core'

const text = mergeText('a\nb\nc\n', 'A\nb\nc\n', 'a\nb\nC\n')
if (!text.clean || text.text !== 'A\nb\nC\n') throw new Error(`mergeText: ${JSON.stringify(text)}`)

const values = mergeValues({ title: 'a', n: 1 }, { title: 'b', n: 1 }, { title: 'a', n: 2 })
if (!values.clean || values.merged.title !== 'b' || values.merged.n !== 2) {
  throw new Error(`mergeValues: ${JSON.stringify(values)}`)
}

const stale = new Response(JSON.stringify({ title: 'Precondition failed' }), {
  status: 412,
  headers: { 'content-type': 'application/problem+json' },
})
const problem: HttpProblem | null = await classifyResponse(stale, {
  method: 'PUT',
  headers: { 'if-match': '"v1"' },
})
if (problem?.kind !== 'stale') throw new Error(`classifyResponse: ${JSON.stringify(problem)}`)

/** Never called: wrong on purpose, so that types degraded to `any` fail the typecheck. */
export function wrongOnPurpose() {
  // @ts-expect-error: mergeText takes strings
  mergeText(1, 2, 3)
  // @ts-expect-error: the merged text is a string
  const length: number = text.text
  return length
}

process.stdout.write('node client: merge and classify work from the packed package\n')
