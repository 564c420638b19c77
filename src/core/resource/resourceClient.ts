import { classifyResponse } from '../http/classifyResponse'
import { isProblemError, ProblemError, problemFromError } from '../http/problemError'
import type { ProblemRequest } from '../http/problemFromBody'
import { fallbackTitle } from '../http/titles'
import type { HeadersInput, HttpProblem } from '../http/types'
import { withVersionField } from '../http/version'
import { jsonEqual } from '../merge/jsonEqual'
import { mergeValues } from '../merge/mergeValues'
import {
  acceptFor,
  acknowledgedVersion,
  DEFAULT_MAX_RESOURCE_BYTES,
  isResourceAnswer,
  parseAnswerBody,
  parseResourceBody,
  readResourceText,
  serializeBody,
  type BodyFormat,
} from './resourceBody'
import type { VersionSource, VersionedValue } from './types'
import {
  enforcementAt,
  isHeaderProtection,
  noteEnforcement,
  preconditionFor,
  preconditionFromRead,
  probePreconditions,
  validatorsOf,
  warnUnprotected,
  type Precondition,
  type Validators,
  type WriteProtection,
} from './writePrecondition'
import { sameContent } from './sameContent'

/** The default time bound on a whole load or save, every request it makes included. */
export const DEFAULT_REQUEST_TIMEOUT_MS = 30_000

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
  /**
   * Longest time a whole load or save may take, every request and body it reads included.
   * Past it the requests are aborted and the call fails with a problem of kind `'other'`,
   * code `'timeout'` (a save's draft is the caller's and stays as it was; whether a write
   * that was out reached the server is unknown, so the next save compares first). Defaults to
   * `30000`.
   */
  timeoutMs?: number
  /**
   * Most bytes of a successful body to read (after decompression); past it the call fails
   * with code `'body_too_large'`. Defaults to `16777216` (16 MiB).
   */
  maxBodyBytes?: number
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
  /**
   * A scratch URL on the same server the kit may use once per origin to verify that the server
   * enforces `If-Match`, `If-None-Match` and `If-Unmodified-Since`: it creates the resource,
   * sends writes that must be refused, and deletes it. Without a probe (or a refusal seen
   * earlier) a header precondition is reported as `'unverified'`; where the probe shows a
   * header ignored, every write is compared with a fresh read first (`'compared'`).
   * Defaults to none (no probe).
   */
  probeUrl?: string
  /**
   * Dotted paths the server changes by itself (a view counter, `servedAt`, `version`): left
   * out when a fresh read is compared with `base` before the write. Defaults to none.
   */
  serverFields?: readonly string[]
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
    // An aborted signal's own reason tells a timeout from a cancel better than the fetch error.
    throw new ProblemError(problemFromError(init.signal?.aborted ? init.signal.reason : error))
  }
}

async function bodyText(res: Response, request: ResourceRequest): Promise<string> {
  try {
    return await readResourceText(
      res,
      request.maxBodyBytes ?? DEFAULT_MAX_RESOURCE_BYTES,
      request.signal,
    )
  } catch (error) {
    if (isProblemError(error)) throw error
    throw new ProblemError(problemFromError(request.signal?.reason ?? error))
  }
}

/**
 * The request with its signal bounded by `timeoutMs` (and still aborted by the caller's own).
 * A timeout aborts with a `TimeoutError`, which becomes the `timeout` problem.
 */
function bounded<R extends ResourceRequest>(request: R): R {
  const ms = request.timeoutMs ?? DEFAULT_REQUEST_TIMEOUT_MS
  if (!Number.isFinite(ms) || ms <= 0) return request
  const timeout = AbortSignal.timeout(ms)
  const signal = request.signal ? AbortSignal.any([request.signal, timeout]) : timeout
  return { ...request, signal }
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
  request: ProblemRequest & { sent?: T; body?: BodyFormat; maxBodyBytes?: number },
): Promise<VersionedValue<T>> {
  if (!res.ok) throw await failure(res, request)
  const text = await bodyText(res, {
    url: '',
    ...(request.maxBodyBytes === undefined ? {} : { maxBodyBytes: request.maxBodyBytes }),
  })
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
  const text = await bodyText(res, request)
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
  const { value, validators } = await getResource<T>(bounded(request), request.fresh === true)
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
    const fresh = await readUnchanged(write)
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

/**
 * Reads the resource right before the write and compares it with the base (server-owned
 * fields left out): a change is a stale problem carrying theirs, and nothing is written.
 */
async function readUnchanged<T>(write: ResourceWrite<T>): Promise<Answer<T>> {
  const fresh = await getResource<T>(write, true)
  const same =
    write.base !== undefined
      ? sameContent(fresh.value, write.base, write.serverFields ?? [])
      : write.baseVersion !== null && fresh.validators.version === write.baseVersion
  if (same) return fresh
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

/** A create onto a server that ignores `If-None-Match`: look first, write only onto nothing. */
async function readAbsent<T>(write: ResourceWrite<T>): Promise<void> {
  let found: Answer<T>
  try {
    found = await getResource<T>(write, true)
  } catch (error) {
    if (isProblemError(error) && (error.problem.status === 404 || error.problem.status === 410))
      return
    throw error
  }
  throw new ProblemError({
    status: 412,
    kind: 'duplicate',
    title: fallbackTitle('duplicate', 412),
    detail: 'Something is already there; nothing was written.',
    code: 'exists_before_write',
    current: found.value,
    ...(found.validators.version ? { currentVersion: found.validators.version } : {}),
    raw: null,
  })
}

/**
 * What a header precondition is worth on this server. Enforced (seen refusing, or probed):
 * as named. Known to be ignored: the resource is compared right before the write instead.
 * Unknown: sent all the same, and reported as `'unverified'`.
 */
async function verified<T>(
  write: ResourceWrite<T>,
  precondition: Precondition,
  payload: { body: string; type: string },
  compared: boolean,
): Promise<Precondition> {
  const protection = precondition.protection
  if (!isHeaderProtection(protection)) return precondition
  if (enforcementAt(write.url, protection) === undefined && write.probeUrl !== undefined) {
    const probeUrl = write.probeUrl
    await probePreconditions(probeUrl, async ({ method, headers }) => {
      try {
        const res = await (write.fetch ?? globalThis.fetch)(probeUrl, {
          method,
          headers: { ...headers, ...(method === 'PUT' ? { 'content-type': payload.type } : {}) },
          ...(method === 'PUT' ? { body: payload.body } : {}),
          signal: write.signal,
        })
        await res.body?.cancel().catch(() => undefined)
        return res.status
      } catch {
        return null
      }
    })
  }
  const verdict = enforcementAt(write.url, protection)
  if (verdict === 'enforced') return precondition
  if (verdict === 'ignored') {
    if (!compared) {
      if (protection === 'if-none-match') await readAbsent(write)
      else await readUnchanged(write)
    }
    return { ...precondition, protection: 'compared' }
  }
  return { ...precondition, protection: compared ? 'compared' : 'unverified' }
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
export async function saveResource<T>(request: ResourceWrite<T>): Promise<SavedResource<T>> {
  const write = bounded(request)
  const source = write.version ?? 'etag'
  const method = write.method ?? 'PUT'
  const decided = await decidePrecondition(write)
  let sent = write.value
  if (source !== 'etag' && decided.fieldVersion !== null) {
    sent = withVersionField(write.value, source.field, decided.fieldVersion)
  }
  const { payload, type } = serializeBody(sent, write.body ?? 'auto', write.contentType)
  // A precondition decided by a fresh read already compared the resource with the base.
  const compared =
    preconditionFor(write.baseVersion, source) === null && decided.protection !== 'if-none-match'
  const precondition = await verified(write, decided, { body: payload, type }, compared)
  warnUnprotected(write.url, precondition.protection)
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
    if ((res.status === 412 || res.status === 409) && isHeaderProtection(decided.protection)) {
      // The server refused a write for its precondition: it enforces that header.
      if (res.status === 412 || decided.protection === 'if-none-match')
        noteEnforcement(write.url, decided.protection, 'enforced')
    }
    const error = await failure(res, {
      method,
      headers,
      versioned: precondition.fieldVersion !== null,
    })
    if (decided.protection === 'if-none-match') throw new ProblemError(asDuplicate(error.problem))
    throw error
  }
  const answer = parseAnswerBody(await bodyText(res, write), res.headers.get('content-type'), type)
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
  const field = source === 'etag' ? undefined : source.field
  if (body === undefined) {
    // Empty (204), an HTML page, unparsable: the server holds what was sent; only an ETag
    // versions it (a body field in `sent` is the old version).
    return {
      value: sent,
      version: field === undefined ? validatorsOf(res.headers, sent, 'etag').version : null,
    }
  }
  if (!isResourceAnswer(body, sent, field)) {
    // An acknowledgement, not the resource ({ ok, id, rev }, a text "OK"): never the document.
    // An acknowledged `rev` for body versions goes where the version lives; otherwise the
    // resource is read again, since what was sent may carry server fields the write moved.
    const rev = acknowledgedVersion(body)
    if (field !== undefined && typeof rev === 'string') {
      return { value: withVersionField(sent, field, rev), version: rev }
    }
    return null
  }
  return { value: body as T, version: validatorsOf(res.headers, body, source).version }
}
