import { classifyResponse } from '../core/http/classifyResponse'
import { isFetchResponse, problemFromError } from '../core/http/problemError'
import type { HttpProblem } from '../core/http/types'

/**
 * The outcome of an app's request function, which may return or throw a Response, throw a
 * `ProblemError`, or throw anything else: a problem, or null with the value for success.
 */
export async function settle<R>(
  request: () => Promise<unknown>,
  method: string,
): Promise<{ problem: HttpProblem; data?: undefined } | { problem: null; data: R | undefined }> {
  let result: unknown
  try {
    result = await request()
  } catch (error) {
    if (isFetchResponse(error)) result = error
    else return { problem: problemFromError(error) }
  }
  if (!isFetchResponse(result)) return { problem: null, data: result as R }
  if (result.status < 400) {
    let data: R | undefined
    try {
      const text = await result.text()
      data = text ? (JSON.parse(text) as R) : undefined
    } catch {
      data = undefined // a success with an unreadable body is still a success
    }
    return { problem: null, data }
  }
  const problem = await classifyResponse(result, { method })
  return problem ? { problem } : { problem: null, data: undefined }
}
