import { classifyResponse } from '../core/http/classifyResponse'
import { isFetchResponse, problemFromError } from '../core/http/problemError'
import type { ProblemRule } from '../core/http/problemRule'
import type { HttpProblem } from '../core/http/types'

type Settled<R> =
  { problem: HttpProblem; data?: undefined } | { problem: null; data: R | undefined }

// A value the app's function returned (a GraphQL client's `{ data, errors }`, a parsed body) is
// read as the 200 JSON answer it stands for, so an error envelope in it is not taken for success.
function asAnswer(value: unknown): Response | null {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return null
  try {
    return new Response(JSON.stringify(value), {
      status: 200,
      headers: { 'content-type': 'application/json' },
    })
  } catch {
    return null // not JSON (a cycle, a BigInt): not an envelope either
  }
}

/**
 * The outcome of an app's request function, which may return or throw a Response, throw a
 * `ProblemError`, or throw anything else: a problem, or null with the value for success. A 2xx
 * whose body is an unambiguous error envelope (GraphQL `errors` with no data, `ok: false`, ...)
 * is the problem it carries. `rules` are the app's own readings of its server.
 */
export async function settle<R>(
  request: () => Promise<unknown>,
  method: string,
  rules?: readonly ProblemRule[],
): Promise<Settled<R>> {
  const options = rules ? { rules } : {}
  let result: unknown
  try {
    result = await request()
  } catch (error) {
    if (isFetchResponse(error)) result = error
    else return { problem: problemFromError(error, options) }
  }
  if (!isFetchResponse(result)) {
    const answer = asAnswer(result)
    const problem = answer && (await classifyResponse(answer, { method }, options))
    return problem ? { problem } : { problem: null, data: result as R }
  }
  if (result.status < 400) {
    const problem = await classifyResponse(result, { method }, options)
    if (problem) return { problem }
    let data: R | undefined
    try {
      const text = await result.text()
      data = text ? (JSON.parse(text) as R) : undefined
    } catch {
      data = undefined // a success with an unreadable body is still a success
    }
    return { problem: null, data }
  }
  const problem = await classifyResponse(result, { method }, options)
  return problem ? { problem } : { problem: null, data: undefined }
}
