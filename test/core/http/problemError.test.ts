import { classifyResponse } from '../../../src/core/http/classifyResponse'
import {
  ProblemError,
  isHttpProblem,
  isProblemError,
  problemFromError,
} from '../../../src/core/http/problemError'
import type { HttpProblem } from '../../../src/core/http/types'

const stale: HttpProblem = {
  status: 412,
  kind: 'stale',
  title: 'Someone else changed this',
  raw: '',
}

describe('ProblemError', () => {
  test('carries the problem, has a stable name and the title as message', () => {
    const cause = new Error('inner')
    const err = new ProblemError(stale, { cause })
    expect(err).toBeInstanceOf(Error)
    expect(err.name).toBe('ProblemError')
    expect(err.message).toBe('Someone else changed this')
    expect(err.problem).toBe(stale)
    expect(err.cause).toBe(cause)
    expect(isProblemError(err)).toBe(true)
  })

  test('isProblemError recognises a copy from another bundle by name and shape only', () => {
    const foreign = Object.assign(new Error('x'), { name: 'ProblemError', problem: stale })
    expect(isProblemError(foreign)).toBe(true)
    const fake = Object.assign(new Error('x'), { name: 'ProblemError', problem: { status: 1 } })
    expect(isProblemError(fake)).toBe(false)
    expect(isProblemError({ name: 'ProblemError', problem: stale })).toBe(false)
    expect(isProblemError(null)).toBe(false)
  })

  test('isHttpProblem checks the kind', () => {
    expect(isHttpProblem(stale)).toBe(true)
    expect(isHttpProblem({ ...stale, kind: 'weird' })).toBe(false)
  })
})

describe('problemFromError', () => {
  test('a ProblemError gives its problem back; a bare problem is passed through', () => {
    expect(problemFromError(new ProblemError(stale))).toBe(stale)
    expect(problemFromError(stale)).toBe(stale)
  })

  test('fetch network failure (TypeError) -> status 0, code network', () => {
    const p = problemFromError(
      new TypeError('fetch failed', {
        cause: Object.assign(new Error('connect ECONNREFUSED'), { code: 'ECONNREFUSED' }),
      }),
    )
    expect(p).toMatchObject({ status: 0, kind: 'other', code: 'network' })
    expect(p.title).toMatch(/^Could not reach the server/)
  })

  test('a real refused connection from fetch', async () => {
    const error: unknown = await fetch('http://127.0.0.1:9/').catch((e: unknown) => e)
    expect(problemFromError(error)).toMatchObject({ status: 0, code: 'network' })
  })

  test('aborts and timeouts', async () => {
    const abort: unknown = await fetch('http://127.0.0.1:9/', {
      signal: AbortSignal.abort(),
    }).catch((e: unknown) => e)
    expect(problemFromError(abort)).toMatchObject({ status: 0, kind: 'other', code: 'aborted' })
    expect(problemFromError(new DOMException('x', 'AbortError'))).toMatchObject({ code: 'aborted' })
    expect(problemFromError(new DOMException('x', 'TimeoutError'))).toMatchObject({
      code: 'timeout',
    })
    const undiciTimeout = new TypeError('fetch failed', {
      cause: Object.assign(new Error('Connect Timeout Error'), { code: 'UND_ERR_CONNECT_TIMEOUT' }),
    })
    expect(problemFromError(undiciTimeout)).toMatchObject({ code: 'timeout' })
  })

  test('axios-style error with a parsed body is classified like a response', () => {
    const axiosError = Object.assign(new Error('Request failed with status code 422'), {
      isAxiosError: true,
      config: { method: 'post', headers: { 'Content-Type': 'application/json' } },
      response: {
        status: 422,
        headers: { 'content-type': 'application/json', etag: '"9"' },
        data: { errors: { email: ['has already been taken'] } },
      },
    })
    expect(problemFromError(axiosError)).toMatchObject({
      status: 422,
      kind: 'duplicate',
      field: 'email',
      title: 'Email has already been taken',
      currentVersion: '"9"',
    })
  })

  test('ofetch-style error with status and data; axios network and cancel codes', () => {
    const ofetch = Object.assign(new Error('[POST] "/x": 409 Conflict'), {
      status: 409,
      data: { error: 'conflict', reason: 'Document update conflict.' },
    })
    expect(problemFromError(ofetch)).toMatchObject({ status: 409, kind: 'stale' })
    expect(
      problemFromError(Object.assign(new Error('Network Error'), { code: 'ERR_NETWORK' })),
    ).toMatchObject({ code: 'network' })
    expect(
      problemFromError(
        Object.assign(new Error('canceled'), { name: 'CanceledError', code: 'ERR_CANCELED' }),
      ),
    ).toMatchObject({ code: 'aborted' })
  })

  test('a thrown Response is classified by status and headers', () => {
    const res = new Response('ignored', { status: 428 })
    expect(problemFromError(res)).toMatchObject({ status: 428, kind: 'precondition-required' })
    const busy = new Response(null, { status: 409, headers: { 'retry-after': '3' } })
    expect(problemFromError(busy)).toMatchObject({ kind: 'busy', retryAfterMs: 3000 })
  })

  test('anything else: status 0, code error, never throws', () => {
    const hostile = new Proxy(
      {},
      {
        get() {
          throw new Error('trap')
        },
        has() {
          throw new Error('trap')
        },
      },
    )
    for (const e of [new Error('boom'), 'text', 42, null, undefined, Symbol('s'), hostile]) {
      expect(problemFromError(e)).toMatchObject({ status: 0, kind: 'other', code: 'error' })
    }
    expect(problemFromError(new RangeError('bad')).detail).toBe('bad')
  })

  test('round trip: a classified response thrown through ProblemError', async () => {
    const problem = await classifyResponse(new Response('{"code":"user_exists"}', { status: 400 }))
    const thrown = new ProblemError(problem!)
    expect(problemFromError(thrown).kind).toBe('duplicate')
  })
})
