/**
 * A versioned document served through msw the way a strict optimistic-concurrency API serves
 * it: ETag on every answer, `If-Match` compared as a plain string against the current tag
 * (weak tags never match), 428 without a precondition, 412 with the current representation.
 * The ETag's format can change between answers (weak, strong, unquoted), and the next answer
 * can be replaced by anything (`queue`).
 */
import { http, HttpResponse } from 'msw'

/** How the current ETag is written. */
export type EtagFormat = 'strong' | 'weak' | 'unquoted'

/** The document the hook edits. */
export interface FaultDoc {
  title: string
  tags: string[]
  body: string
}

export function modelResource(url: string, initial: FaultDoc) {
  const state = { value: structuredClone(initial), version: 1, etagFormat: 'strong' as EtagFormat }
  const queued: { method: string; answer: () => Response | Promise<Response> }[] = []
  const etag = () => {
    const tag = `v${state.version}`
    return state.etagFormat === 'weak'
      ? `W/"${tag}"`
      : state.etagFormat === 'unquoted'
        ? tag
        : `"${tag}"`
  }
  const next = (method: string) => {
    const i = queued.findIndex((q) => q.method === method)
    return i === -1 ? null : (queued.splice(i, 1)[0]?.answer ?? null)
  }
  const problem = (status: number, title: string, extra: Record<string, unknown> = {}) =>
    HttpResponse.json(
      { type: 'about:blank', title, status, ...extra },
      { status, headers: { 'content-type': 'application/problem+json', ETag: etag() } },
    )

  const handlers = [
    http.get(
      url,
      () => next('GET')?.() ?? HttpResponse.json(state.value, { headers: { ETag: etag() } }),
    ),
    http.put(url, async ({ request }) => {
      const queuedAnswer = next('PUT')
      if (queuedAnswer) return queuedAnswer()
      const ifMatch = request.headers.get('if-match')
      if (ifMatch === null) return problem(428, 'Precondition required')
      if (ifMatch.startsWith('W/') || ifMatch !== etag()) {
        return problem(412, 'Precondition failed', { current: state.value, currentVersion: etag() })
      }
      state.value = (await request.json()) as FaultDoc
      state.version++
      return HttpResponse.json(state.value, { headers: { ETag: etag() } })
    }),
  ]

  return {
    handlers,
    state,
    /** The next `method` request gets this answer instead. */
    queue(method: 'GET' | 'PUT', answer: () => Response | Promise<Response>) {
      queued.push({ method, answer })
    },
    /** Someone else's write. */
    apply(value: FaultDoc) {
      state.value = value
      state.version++
    },
  }
}
