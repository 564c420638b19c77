import { observable } from './observable'
import { jsonResponse, notJsonObject, problemResponse, readJsonObject } from './responses'

/** What a versioned store holds: the value and its version number (sent as ETag `"N"`). */
export interface Versioned<T> {
  value: T
  version: number
}

/** A resource with optimistic concurrency, answering the way a careful HTTP API does. */
export interface VersionedStore<T> {
  /** GET: 200 with the value and its ETag. */
  get: () => Response
  /**
   * PUT: needs `If-Match`. 428 without it, 412 with `current` and `currentVersion` when it
   * names an older version, else 200 with the stored value and the new ETag.
   */
  put: (request: Request) => Promise<Response>
  /** Someone else saves: the value changes and the version moves on. */
  edit: (change: (value: T) => T) => void
  /** What the server holds now; `subscribe` to hear about changes. */
  current: () => Versioned<T>
  subscribe: (listener: () => void) => () => void
  /** Back to the initial value at version 1. */
  reset: () => void
}

/** The ETag of a version: strong, quoted. */
export const etagOf = (version: number) => `"${version}"`

/** Creates a versioned store holding a JSON object. */
export function createVersionedStore<T extends object>(initial: T): VersionedStore<T> {
  const state = observable<Versioned<T>>({ value: structuredClone(initial), version: 1 })
  const etag = () => etagOf(state.get().version)

  return {
    get: () => jsonResponse(state.get().value, 200, { ETag: etag() }),
    async put(request) {
      const ifMatch = request.headers.get('if-match')
      if (ifMatch === null) {
        return problemResponse({
          title: 'Send If-Match with the version you edited',
          status: 428,
          currentVersion: etag(),
        })
      }
      if (ifMatch !== '*' && ifMatch !== etag()) {
        // Both the representation and its version: the client can merge without another GET.
        return problemResponse(
          {
            type: 'https://example.com/problems/stale',
            title: 'Someone else saved this document first',
            status: 412,
            detail: `You edited version ${ifMatch}; the server has ${etag()}.`,
            current: state.get().value,
            currentVersion: etag(),
          },
          { ETag: etag() },
        )
      }
      const body = await readJsonObject(request)
      if (body === null) return notJsonObject()
      state.set({ value: body as T, version: state.get().version + 1 })
      return jsonResponse(body, 200, { ETag: etag() })
    },
    edit(change) {
      const { value, version } = state.get()
      state.set({ value: change(structuredClone(value)), version: version + 1 })
    },
    current: state.get,
    subscribe: state.subscribe,
    reset: () => state.set({ value: structuredClone(initial), version: 1 }),
  }
}
