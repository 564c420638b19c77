import { classifyResponse } from '../http/classifyResponse'
import { ifMatchHeaders } from '../http/etag'
import { readVersion } from '../http/version'
import { ProblemError, problemFromError } from '../http/problemError'
import type { HeadersInput, HttpProblem } from '../http/types'
import type { VersionSource, VersionedValue } from './types'

/** How to reach a resource over HTTP. */
export interface ResourceRequest {
  url: string
  /** Where the version lives. Defaults to `'etag'`. */
  version?: VersionSource
  signal?: AbortSignal
  /** Extra request headers (auth, tenant). */
  headers?: HeadersInput
  /** The fetch implementation. Defaults to `globalThis.fetch`. */
  fetch?: typeof globalThis.fetch
}

/** A write of a whole value against the version it was based on. */
export interface ResourceWrite<T> extends ResourceRequest {
  value: T
  baseVersion: string | null
  /** Defaults to `'PUT'`. */
  method?: 'PUT' | 'PATCH' | 'POST'
}

function unreadable(status: number, detail: string): HttpProblem {
  return {
    status,
    kind: 'other',
    title: "The server's answer could not be read",
    detail,
    code: 'unreadable_response',
    raw: null,
  }
}

/** Reads a successful response into a value and its version. Throws `ProblemError` otherwise. */
export async function readVersioned<T>(
  res: Response,
  version: VersionSource,
  request: { method: string; headers?: HeadersInput; sent?: T },
): Promise<VersionedValue<T>> {
  if (!res.ok) {
    const problem = await classifyResponse(res, {
      method: request.method,
      headers: request.headers,
    })
    throw new ProblemError(problem ?? unreadable(res.status, `Unexpected status ${res.status}.`))
  }
  let text: string
  try {
    text = await res.text()
  } catch (error) {
    throw new ProblemError(problemFromError(error))
  }
  let value: T
  if (text.trim() === '') {
    // 204 and empty 200s: the server accepted what was sent.
    if (request.sent === undefined) throw new ProblemError(unreadable(res.status, 'Empty body.'))
    value = request.sent
  } else {
    try {
      value = JSON.parse(text) as T
    } catch {
      throw new ProblemError(unreadable(res.status, 'The body is not JSON.'))
    }
  }
  return { value, version: readVersion(res, value, version) }
}

async function send(url: string, init: RequestInit, impl?: typeof globalThis.fetch) {
  try {
    return await (impl ?? globalThis.fetch)(url, init)
  } catch (error) {
    throw new ProblemError(problemFromError(error))
  }
}

/**
 * GETs a resource with its version. `fresh` bypasses HTTP caches (used after a conflict,
 * when a cached copy would hide the newer version).
 */
export async function loadResource<T>(
  request: ResourceRequest & { fresh?: boolean },
): Promise<VersionedValue<T>> {
  const headers = new Headers(request.headers)
  if (!headers.has('accept')) headers.set('accept', 'application/json')
  const res = await send(
    request.url,
    {
      method: 'GET',
      headers,
      signal: request.signal,
      cache: request.fresh ? 'no-store' : 'default',
    },
    request.fetch,
  )
  return readVersioned<T>(res, request.version ?? 'etag', { method: 'GET', headers })
}

/** Puts `version` into the body's version field, keeping a numeric field numeric. */
export function setVersionField<T>(value: T, path: string, version: string | null): T {
  if (version === null || value === null || typeof value !== 'object') return value
  const keys = path.split('.')
  const write = (node: unknown, i: number): unknown => {
    const record = node && typeof node === 'object' ? (node as Record<string, unknown>) : {}
    const key = keys[i] as string
    if (i === keys.length - 1) {
      const old = record[key]
      const numeric = typeof old === 'number' && /^-?\d+(\.\d+)?$/.test(version)
      return { ...record, [key]: numeric ? Number(version) : version }
    }
    return { ...record, [key]: write(record[key], i + 1) }
  }
  return write(value, 0) as T
}

/**
 * Writes a whole value conditionally: `If-Match` for ETag versions, the version field for
 * body versions. Resolves with the server's answer and new version; throws `ProblemError`.
 */
export async function saveResource<T>(write: ResourceWrite<T>): Promise<VersionedValue<T>> {
  const version = write.version ?? 'etag'
  const method = write.method ?? 'PUT'
  const headers = new Headers(write.headers)
  headers.set('content-type', 'application/json')
  if (!headers.has('accept')) headers.set('accept', 'application/json, application/problem+json')
  let body = write.value
  if (version === 'etag') {
    for (const [k, v] of Object.entries(ifMatchHeaders(write.baseVersion))) headers.set(k, v)
  } else {
    body = setVersionField(write.value, version.field, write.baseVersion)
  }
  let payload: string
  try {
    payload = JSON.stringify(body)
  } catch (error) {
    throw new ProblemError({
      status: 0,
      kind: 'other',
      title: 'This value cannot be sent',
      detail: error instanceof Error ? error.message : String(error),
      code: 'unserializable',
      raw: null,
    })
  }
  const res = await send(
    write.url,
    { method, headers, body: payload, signal: write.signal },
    write.fetch,
  )
  return readVersioned<T>(res, version, { method, headers, sent: body })
}
