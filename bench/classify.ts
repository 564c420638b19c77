/**
 * Classification benchmark: the corpus report (kinds and fields of train, held-out, the responses
 * gathered after the rules, and the whole corpus) and the median time classifyResponse takes per
 * response, over the responses the rules were written against and every fixture.
 */
import { performance } from 'node:perf_hooks'
import { classifyReport } from '../scripts/classifyReport'
import { classifyResponse } from '../src/core/http/classifyResponse'
import { fixtures } from '../test/core/http/fixtures/responses'
import { corpus } from '../test/core/http/corpus/responses'
import { responseOf } from '../test/core/http/corpus/score'
import { median, ms, percentile } from './stats'

const ROUNDS = 30

/** Runs the report and times every response ROUNDS times (building the Response is not timed). */
export async function runClassifyBench(): Promise<string> {
  const inputs = [...corpus, ...fixtures]
  const times: number[] = []
  for (let round = 0; round < ROUNDS; round++) {
    for (const input of inputs) {
      const res = responseOf(input)
      const start = performance.now()
      await classifyResponse(res, input.request)
      times.push(performance.now() - start)
    }
  }
  const report = await classifyReport()
  return [
    report,
    '',
    `Time per response (${inputs.length} responses x ${ROUNDS} rounds, reading the body included): median ${ms(median(times))} ms, p95 ${ms(percentile(times, 95))} ms.`,
    'Reproduce: `npm run classify-report` (scores only) or `npm run bench -- classification`.',
  ].join('\n')
}
