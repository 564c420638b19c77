import { classifyResponse } from '../http/classifyResponse'
import { ProblemError, problemFromError } from '../http/problemError'
import type { ProblemRequest } from '../http/problemFromBody'
import { fallbackTitle } from '../http/titles'
import type { HeadersInput, HttpProblem } from '../http/types'
import { withVersionField } from '../http/version'
import { jsonEqual } from '../merge/jsonEqual'
import { mergeValues } from '../merge/mergeValues'
import {
  acceptFor,
  parseAnswerBody,
  parseResourceBody,
  serializeBody,
  type BodyFormat,
} from './resourceBody'
import type { VersionSource, VersionedValue } from './types'
import {
  preconditionFor,
  preconditionFromRead,
  validatorsOf,
  type Precondition,
  type Validators,
  type WriteProtection,
} from './writePrecondition'

/** How to reach a resource over HTTP. */
export interface ResourceRequest {
  url: string
  /** Where the version lives. Defaults to `'etag'`. */
  version?: VersionSource
  /** JSON or text body. Defaults to `'auto'` (by content type on load, by value on save). */
  body?: BodyFormat
  signal?: AbortSignal
  /** Extra request headers (auth, tenant). */
  headers?: HeadersInput
  /** The fetch implementation. Defaults to `globalThis.fetch`. */
  fetch?: typeof globalThis.fetch
}

/** What a write answered, for {@link ResourceWrite.saveResponse}. */
export interface SaveAnswer<T> {
  status: number
  headers: Headers
  /** The parsed answer: JSON, text, or `undefined` when empty or not the resource's type. */
  body: unknown
  /** The value that was sent (with its version field, for body versions). */
  sent: T
}

/** A write of a whole value against the version it was based on. */
export interface ResourceWrite<T> extends ResourceRequest {
  value: T
  baseVersion: string | null
  /**
   * The value the edit started from. Used when the server gives no usable validator: the
   * resource is read again right before the write and compared with it. Without `base` and
   * `baseVersion` the write is a create (`If-None-Match: *`). Defaults to unknown.
   */
  base?: T
  /** Defaults to `'PUT'`. */
  method?: 'PUT' | 'PATCH' | 'POST'
  /** Content type of the request body. Defaults to JSON or `text/plain; charset=utf-8`. */
  contentType?: string
  /**
   * Maps a write's answer to the saved `{ value, version }` when the server answers with
   * something other than the resource (CouchDB: `{ ok, id, rev }`). Return null when the answer
   * carries no version: the kit then reads the resource again. Defaults to: the answer is the
   * resource (or, when empty, what was sent), versioned by its ETag or body field.
   */
  saveResponse?: (answer: SaveAnswer<T>) => VersionedValue<T> | null
  /**
   * Sends the write without any precondition when the server gives no usable validator,
   * instead of reading again and comparing. Someone else's newer save can then be overwritten.
   * Defaults to `false`.
   */
  allowUnconditional?: boolean
  /** Longest wait for a `Last-Modified` still within its second to settle (ms). Defaults to `3000`. */
  settleTimeoutMs?: number
}

/** A saved value, its new version, and what protected the write. */
export interface SavedResource<T> extends VersionedValue<T> {
  protection: WriteProtection
}

interface Answer<T> {
  res: Response
  value: T
  validators: Validators
}

async function send(url: string, init: RequestInit, impl?: typeof globalThis.fetch) {
  try {
    return await (impl ?? globalThis.fetch)(url, init)
  } catch (error) {
    throw new ProblemError(problemFromError(error))
  }
}

async function bodyText(res: Response): Promise<string> {
  try {
    return await res.text()
  } catch (error) {
    throw new ProblemError(problemFromError(error))
  }
}

async function failure(res: Response, request: ProblemRequest): Promise<ProblemError> {
  const problem = await classifyResponse(res, request)
  return new ProblemError(problem ?? unreadableStatus(res.status))
}

function unreadableStatus(status: number): HttpProblem {
  return {
    status,
    kind: 'other',
    title: "The server's answer could not be read",
    detail: `Unexpected status ${status}.`,
    code: 'unreadable_response',
    raw: null,
  }
}

/**
 * Reads a successful response into a value and its version (for custom loaders and savers
 * that return a Response). Throws `ProblemError` otherwise. `sent` stands in for an empty body.
 */
export async function readResponse<T>(
  res: Response,
  version: VersionSource,
  request: ProblemRequest & { sent?: T; body?: BodyFormat },
): Promise<VersionedValue<T>> {
  if (!res.ok) throw await failure(res, request)
  const text = await bodyText(res)
  if (text.trim() === '' && request.sent !== undefined) {
    // 204 and empty 200s: the server accepted what was sent.
    return { value: request.sent, version: validatorsOf(res.headers, undefined, 'etag').version }
  }
  const value = parseResourceBody(
    text,
    res.headers.get('content-type'),
    request.body ?? 'auto',
    res.status,
  ) as T
  return { value, version: validatorsOf(res.headers, value, version).version }
}

async function getResource<T>(request: ResourceRequest, fresh: boolean): Promise<Answer<T>> {
  const format = request.body ?? 'auto'
  const headers = new Headers(request.headers)
  if (!headers.has('accept')) headers.set('accept', acceptFor(format))
  const res = await send(
    request.url,
    { method: 'GET', headers, signal: request.signal, cache: fresh ? 'no-store' : 'default' },
    request.fetch,
  )
  if (!res.ok) throw await failure(res, { method: 'GET', headers })
  const text = await bodyText(res)
  const value = parseResourceBody(text, res.headers.get('content-type'), format, res.status) as T
  return { res, value, validators: validatorsOf(res.headers, value, request.version ?? 'etag') }
}

/**
 * GETs a resource with its version. `fresh` bypasses HTTP caches (used after a conflict,
 * when a cached copy would hide the newer version). Text bodies load as strings.
 */
export async function loadResource<T>(
  request: ResourceRequest & { fresh?: boolean },
): Promise<VersionedValue<T>> {
  const { value, validators } = await getResource<T>(request, request.fresh === true)
  return { value, version: validators.version }
}

function wait(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    const done = () => {
      clearTimeout(timer)
      signal?.removeEventListener('abort', abort)
    }
    const abort = () => {
      done()
      reject(
        new ProblemError(problemFromError(signal?.reason ?? new DOMException('', 'AbortError'))),
      )
    }
    const timer = setTimeout(() => {
      done()
      resolve()
    }, ms)
    if (signal?.aborted) abort()
    else signal?.addEventListener('abort', abort, { once: true })
  })
}

/**
 * The server gave nothing that makes the write exact: read the resource again right before
 * writing. Changed since the base: a stale problem carrying theirs (the merge flow follows).
 * Unchanged: the strongest precondition that read allows.
 */
async function preconditionByReading<T>(write: ResourceWrite<T>): Promise<Precondition> {
  const started = Date.now()
  const settleTimeoutMs = write.settleTimeoutMs ?? 3000
  for (;;) {
    const fresh = await getResource<T>(write, true)
    const same =
      write.base !== undefined
        ? jsonEqual(fresh.value, write.base)
        : write.baseVersion !== null && fresh.validators.version === write.baseVersion
    if (!same) {
      throw new ProblemError({
        status: 412,
        kind: 'stale',
        title: fallbackTitle('stale', 412),
        detail: 'The resource changed since editing started; nothing was written.',
        code: 'changed_before_write',
        current: fresh.value,
        ...(fresh.validators.version ? { currentVersion: fresh.validators.version } : {}),
        raw: null,
      })
    }
    const decided = preconditionFromRead(fresh.validators, write.version ?? 'etag')
    if (decided === null) return { protection: 'compared', headers: {}, fieldVersion: null }
    if (decided !== 'unsettled') return decided
    if (Date.now() - started >= settleTimeoutMs) {
      throw new ProblemError({
        status: 0,
        kind: 'busy',
        title: 'This was changed moments ago. Try again in a second.',
        detail:
          'The server dates changes to the second and gives no strong ETag, so a write within ' +
          'the same second as the last change could not be made safe.',
        code: 'validator_unsettled',
        retryAfterMs: 1000,
        raw: null,
      })
    }
    await wait(1000, write.signal)
  }
}

async function decidePrecondition<T>(write: ResourceWrite<T>): Promise<Precondition> {
  if (write.allowUnconditional) {
    const known = preconditionFor(write.baseVersion, write.version ?? 'etag')
    return known ?? { protection: 'unconditional', headers: {}, fieldVersion: null }
  }
  const known = preconditionFor(write.baseVersion, write.version ?? 'etag')
  if (known) return known
  if (write.base === undefined && write.baseVersion === null) {
    return { protection: 'if-none-match', headers: { 'If-None-Match': '*' }, fieldVersion: null }
  }
  return preconditionByReading(write)
}

// A create that meets something already there is a duplicate, whatever the body's wording.
function asDuplicate(problem: HttpProblem): HttpProblem {
  if (problem.status !== 409 && problem.status !== 412) return problem
  if (problem.kind !== 'stale' && problem.kind !== 'unknown') return problem
  return { ...problem, kind: 'duplicate', title: fallbackTitle('duplicate', problem.status) }
}

/**
 * Writes a whole value, never unprotected by default: `If-Match` for a strong ETag, the body
 * field for body versions; otherwise the resource is read again right before the write and
 * compared with `base`, and the write carries `If-Unmodified-Since` when that read allows it
 * (see {@link WriteProtection}). An answer without a version is followed by a fresh read, so
 * the next write has one. Resolves with the saved value, its version and the protection it
 * had; throws `ProblemError` (kind `stale` when theirs moved, `duplicate` for a create that
 * found something there).
 */
export async function saveResource<T>(write: ResourceWrite<T>): Promise<SavedResource<T>> {
  const source = write.version ?? 'etag'
  const method = write.method ?? 'PUT'
  const precondition = await decidePrecondition(write)
  let sent = write.value
  if (source !== 'etag' && precondition.fieldVersion !== null) {
    sent = withVersionField(write.value, source.field, precondition.fieldVersion)
  }
  const { payload, type } = serializeBody(sent, write.body ?? 'auto', write.contentType)
  const headers = new Headers(write.headers)
  headers.set('content-type', type)
  if (!headers.has('accept'))
    headers.set('accept', `${acceptFor(write.body ?? 'auto')}, application/problem+json`)
  for (const [name, value] of Object.entries(precondition.headers)) headers.set(name, value)
  const res = await send(
    write.url,
    { method, headers, body: payload, signal: write.signal },
    write.fetch,
  )
  if (!res.ok) {
    const error = await failure(res, {
      method,
      headers,
      versioned: precondition.fieldVersion !== null,
    })
    if (precondition.protection === 'if-none-match')
      throw new ProblemError(asDuplicate(error.problem))
    throw error
  }
  const answer = parseAnswerBody(await bodyText(res), res.headers.get('content-type'), type)
  const saved = savedFromAnswer(write, res, answer, sent, source)
  if (saved && saved.version !== null) return { ...saved, protection: precondition.protection }
  // No version in the answer: learn it now, or the next write could not be conditional.
  const fresh = await getResource<T>(write, true)
  if (write.base !== undefined && !holdsChanges(write.base, sent, fresh.value)) {
    // Some servers check a precondition and write in two steps (Apache mod_dav): two writes
    // carrying the same If-Match can both pass and the later one erases this one. The read
    // after the write shows it; the merge flow then puts these changes back on top.
    throw new ProblemError({
      status: 412,
      kind: 'stale',
      title: fallbackTitle('stale', 412),
      detail: 'A concurrent write replaced this one right after it was stored.',
      code: 'overwritten_after_write',
      current: fresh.value,
      ...(fresh.validators.version ? { currentVersion: fresh.validators.version } : {}),
      raw: null,
    })
  }
  return {
    value: fresh.value,
    version: fresh.validators.version,
    protection: precondition.protection,
  }
}

/** True when `held` still carries every change `sent` made to `base`. */
function holdsChanges(base: unknown, sent: unknown, held: unknown): boolean {
  if (jsonEqual(sent, held)) return true
  const merged = mergeValues(base, sent, held)
  return merged.conflicts.length === 0 && jsonEqual(merged.merged, held)
}

function savedFromAnswer<T>(
  write: ResourceWrite<T>,
  res: Response,
  body: unknown,
  sent: T,
  source: VersionSource,
): VersionedValue<T> | null {
  if (write.saveResponse) {
    return write.saveResponse({ status: res.status, headers: res.headers, body, sent })
  }
  if (body === undefined) {
    // Empty or not the resource: the server holds what was sent; only an ETag versions it
    // (a body field in `sent` is the old version).
    const version = source === 'etag' ? validatorsOf(res.headers, sent, 'etag').version : null
    return { value: sent, version }
  }
  return { value: body as T, version: validatorsOf(res.headers, body, source).version }
}
