import { isFetchResponse } from '../http/problemError'
import type { HeadersInput } from '../http/types'
import type { BodyFormat } from './resourceBody'
import { loadResource, readResponse, saveResource, type ResourceWrite } from './resourceClient'
import type { VersionSource, VersionedValue } from './types'
import type { WriteProtection } from './writePrecondition'

/** What the write of a draft is given: the value, the version it is based on, and that base. */
export interface WriteVariables<T> extends VersionedValue<T> {
  /** The value the edit started from (for servers without validators). */
  base: T
}

/** How a resource is loaded and written: the app's own functions, or GET / PUT of `url`. */
export interface ResourceRequestOptions<T> {
  /** GET and PUT address of the resource. Needed unless both `fetch` and `save` are given. */
  url?: string
  /** Custom loader: a Response or a `{ value, version }`. Defaults to a GET of `url`. */
  fetch?: (ctx: { signal: AbortSignal; fresh: boolean }) => Promise<Response | VersionedValue<T>>
  /** Custom conditional write: a Response or `{ value, version }`; may throw a Response. Defaults to a PUT of `url`. */
  save?: (ctx: WriteVariables<T> & { signal: AbortSignal }) => Promise<Response | VersionedValue<T>>
  /** Where the version lives. Defaults to `'etag'`. */
  version?: VersionSource
  /** Method of the default write. Defaults to `'PUT'`. */
  method?: 'PUT' | 'PATCH' | 'POST'
  /** Extra headers for the default load and write. Defaults to none. */
  headers?: HeadersInput
  /** JSON or text body for the default load and write. Defaults to `'auto'` (by content type). */
  body?: BodyFormat
  /** Maps a write's answer that is not the resource (CouchDB's `{ ok, id, rev }`). Defaults to the answer being the resource. */
  saveResponse?: ResourceWrite<T>['saveResponse']
  /** Lets the default write go out without a precondition when the server gives no validator. Defaults to `false`. */
  allowUnconditional?: boolean
  /** Longest time one default load or write may take, bodies included; then `code: 'timeout'`. Defaults to `30000`. */
  timeoutMs?: number
  /** Most bytes of a successful body the default load and write read. Defaults to 16 MiB. */
  maxBodyBytes?: number
  /**
   * A scratch URL the default write may use once per origin to verify that the server enforces
   * its preconditions (see `ResourceWrite.probeUrl`). Without it a precondition the server has
   * not yet been seen to enforce is reported as `'unverified'`. Defaults to none.
   */
  probeUrl?: string
}

/** What the write answered: the stored value, its version, and what protected the write. */
export type WrittenValue<T> = VersionedValue<T> & { protection?: WriteProtection }

/** Accepts what a custom loader or saver returned: a Response, or a value with its version. */
async function toVersioned<T>(
  result: Response | VersionedValue<T>,
  version: VersionSource,
  method: string,
  sent?: T,
  body?: BodyFormat,
): Promise<VersionedValue<T>> {
  return isFetchResponse(result) ? readResponse<T>(result, version, { method, sent, body }) : result
}

/** Turns a thrown Response into the same problem a returned one gives. */
async function rethrowResponse(
  error: unknown,
  version: VersionSource,
  method: string,
): Promise<never> {
  if (isFetchResponse(error)) await readResponse(error, version, { method })
  throw error
}

/** Loads the resource as `options` say. Throws `ProblemError` on a failed answer. */
export async function requestLoad<T>(
  o: ResourceRequestOptions<T>,
  signal: AbortSignal,
  fresh: boolean,
): Promise<VersionedValue<T>> {
  const version = o.version ?? 'etag'
  if (o.fetch) {
    try {
      return await toVersioned(await o.fetch({ signal, fresh }), version, 'GET', undefined, o.body)
    } catch (error) {
      return rethrowResponse(error, version, 'GET')
    }
  }
  if (!o.url) throw new TypeError('A resource needs `url` or `fetch`.')
  return loadResource<T>({
    url: o.url,
    version,
    headers: o.headers,
    body: o.body,
    signal,
    fresh,
    ...bounds(o),
  })
}

const bounds = (o: Pick<ResourceRequestOptions<never>, 'timeoutMs' | 'maxBodyBytes'>) => ({
  ...(o.timeoutMs === undefined ? {} : { timeoutMs: o.timeoutMs }),
  ...(o.maxBodyBytes === undefined ? {} : { maxBodyBytes: o.maxBodyBytes }),
})

/** Writes `value` conditionally as `options` say. Throws `ProblemError` on a refusal. */
export async function requestWrite<T>(
  o: ResourceRequestOptions<T> & { merge?: { serverFields?: readonly string[] } },
  { value, version, base }: WriteVariables<T>,
  signal: AbortSignal = new AbortController().signal,
): Promise<WrittenValue<T>> {
  const source = o.version ?? 'etag'
  const method = o.method ?? 'PUT'
  if (o.save) {
    try {
      return await toVersioned(
        await o.save({ value, version, base, signal }),
        source,
        method,
        value,
        o.body,
      )
    } catch (error) {
      return rethrowResponse(error, source, method)
    }
  }
  if (!o.url) throw new TypeError('A resource needs `url` or `save`.')
  // The cache and the outcome hold `{ value, version }`; what protected the write is the core
  // client's to report.
  const saved = await saveResource<T>({
    url: o.url,
    value,
    baseVersion: version,
    base,
    version: source,
    method,
    headers: o.headers,
    body: o.body,
    saveResponse: o.saveResponse,
    allowUnconditional: o.allowUnconditional,
    signal,
    ...bounds(o),
    ...(o.probeUrl === undefined ? {} : { probeUrl: o.probeUrl }),
    // Fields the server changes by itself are left out of the compare before a write too.
    ...(o.merge?.serverFields === undefined ? {} : { serverFields: o.merge.serverFields }),
  })
  return { value: saved.value, version: saved.version, protection: saved.protection }
}
