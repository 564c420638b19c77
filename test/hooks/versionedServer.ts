import { http, HttpResponse, delay } from 'msw'

/** Options of a model versioned resource served through msw. */
export interface VersionedOptions {
  /** `etag`: ETag + If-Match, 412 when stale. `field`: a `version` body field, 409 when stale. */
  mode?: 'etag' | 'field'
  /** Put the current representation in conflict bodies. */
  sendCurrent?: boolean
  /** Answer 428 to writes without a precondition. */
  requirePrecondition?: boolean
  /** Leave out the ETag header on GET (servers that forget it). */
  omitEtagOnGet?: boolean
  /** Delay of every write, in ms. */
  writeDelay?: number
}

type Json = Record<string, unknown>

/** A tiny versioned store speaking HTTP the way a real optimistic-concurrency API does. */
export function versionedResource<T extends Json>(
  url: string,
  initial: T,
  opts: VersionedOptions = {},
) {
  const mode = opts.mode ?? 'etag'
  const state = { value: structuredClone(initial) as T, version: 1 }
  const log: {
    method: string
    ifMatch: string | null
    bodyVersion: unknown
    cache: string
    status: number
  }[] = []
  const queued: (() => Response | Promise<Response>)[] = []
  const etag = () => `"v${state.version}"`
  const represent = () =>
    mode === 'field' ? { ...state.value, version: state.version } : state.value

  const handlers = [
    http.get(url, ({ request }) => {
      const next = queued.shift()
      if (next) return next()
      log.push({
        method: 'GET',
        ifMatch: null,
        bodyVersion: null,
        cache: request.cache,
        status: 200,
      })
      const headers: Record<string, string> = opts.omitEtagOnGet ? {} : { ETag: etag() }
      return HttpResponse.json(represent(), { headers })
    }),
    http.put(url, async ({ request }) => {
      if (opts.writeDelay) await delay(opts.writeDelay)
      const next = queued.shift()
      if (next) {
        const res = await next()
        log.push({
          method: 'PUT',
          ifMatch: request.headers.get('if-match'),
          bodyVersion: null,
          cache: '',
          status: res.status,
        })
        return res
      }
      const ifMatch = request.headers.get('if-match')
      const body = (await request.json()) as Json
      const bodyVersion = body.version
      const record = (status: number) =>
        log.push({ method: 'PUT', ifMatch, bodyVersion, cache: '', status })
      const problem = (status: number, title: string) => {
        record(status)
        return HttpResponse.json(
          {
            type: 'https://example.com/problems/stale',
            title,
            status,
            ...(opts.sendCurrent ? { current: represent(), currentVersion: etag() } : {}),
          },
          { status, headers: { 'content-type': 'application/problem+json', ETag: etag() } },
        )
      }
      if (mode === 'etag') {
        if (ifMatch === null) {
          if (opts.requirePrecondition) return problem(428, 'Precondition required')
        } else if (ifMatch !== '*' && ifMatch !== etag()) {
          return problem(412, 'Precondition failed')
        }
      } else if (bodyVersion === undefined) {
        if (opts.requirePrecondition) return problem(428, 'Precondition required')
      } else if (bodyVersion !== state.version) {
        return problem(409, 'Version conflict')
      }
      const { version: _drop, ...rest } = body
      state.value = (mode === 'field' ? rest : body) as T
      state.version++
      record(200)
      return HttpResponse.json(represent(), { headers: { ETag: etag() } })
    }),
  ]

  return {
    handlers,
    state,
    log,
    puts: () => log.filter((e) => e.method === 'PUT'),
    gets: () => log.filter((e) => e.method === 'GET'),
    /** Someone else writes. */
    externalEdit(change: (value: T) => T) {
      state.value = change(structuredClone(state.value))
      state.version++
    },
    /** The next request (GET or PUT) gets this answer instead. */
    queue(answer: () => Response | Promise<Response>) {
      queued.push(answer)
    },
  }
}
