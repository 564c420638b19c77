// Which precondition a write carries, decided from what the server gave. The order is the
// strength of the guarantee: a strong ETag or a body version is exact; Last-Modified is exact
// only once its second has passed; with nothing at all, a fresh read compared with the base is
// the best a client can do.
import { ifMatchHeaders } from '../http/etag'
import { readVersion, type VersionSource } from '../http/version'

/**
 * What protected a write against overwriting someone else's:
 * - `'if-match'`: `If-Match` with a strong ETag;
 * - `'version-field'`: the version in the body, checked by the server;
 * - `'if-unmodified-since'`: `Last-Modified` sent back, once its second had passed;
 * - `'if-none-match'`: a create, sent with `If-None-Match: *` (only if nothing is there);
 * - `'compared'`: the server gave no validator, or is known to ignore the one it gave, so the
 *   resource was read again right before the write and found equal to the base (a narrow window
 *   remains between the two requests);
 * - `'unverified'`: a precondition header was sent, but nothing has shown that this server
 *   enforces it (no probe was allowed, no refusal seen yet): the write may have overwritten
 *   someone else's. Say so to the person; pass `probeUrl` to verify the server once.
 * - `'unconditional'`: the app opted out with `allowUnconditional`.
 *
 * `'if-match'`, `'if-unmodified-since'` and `'if-none-match'` are reported only for a server
 * that has been seen to enforce that header (a probe, or a refusal with 412 / 409).
 */
export type WriteProtection =
  | 'if-match'
  | 'version-field'
  | 'if-unmodified-since'
  | 'if-none-match'
  | 'compared'
  | 'unverified'
  | 'unconditional'

/** The precondition headers whose enforcement a server must show before the kit claims them. */
export type HeaderProtection = 'if-match' | 'if-unmodified-since' | 'if-none-match'

/** What a server was seen to do with a precondition header. */
export type Enforcement = 'enforced' | 'ignored'

// Per origin, what each header was seen to do. Module state on purpose: a server's behaviour
// is the same for every resource and every caller on the page.
const seen = new Map<string, Partial<Record<HeaderProtection, Enforcement>>>()
const probes = new Map<string, Promise<void>>()

function originOf(url: string): string {
  try {
    return new URL(url, globalThis.location?.href).origin
  } catch {
    return url
  }
}

/** True for the protections that name a header the server has to enforce. */
export function isHeaderProtection(protection: WriteProtection): protection is HeaderProtection {
  return (
    protection === 'if-match' ||
    protection === 'if-unmodified-since' ||
    protection === 'if-none-match'
  )
}

/** What `url`'s server was seen to do with `header`, or undefined when nothing showed it yet. */
export function enforcementAt(url: string, header: HeaderProtection): Enforcement | undefined {
  return seen.get(originOf(url))?.[header]
}

/** Records what `url`'s server did with `header`. A seen refusal outweighs a probe's doubt. */
export function noteEnforcement(url: string, header: HeaderProtection, verdict: Enforcement) {
  const origin = originOf(url)
  const known = seen.get(origin) ?? {}
  if (known[header] === 'enforced' && verdict === 'ignored') return
  seen.set(origin, { ...known, [header]: verdict })
}

/** Forgets every verdict and probe (for tests, or after the app learns the server changed). */
export function resetPreconditionChecks(): void {
  seen.clear()
  probes.clear()
  warned.clear()
}

// Typed here rather than through @types/node: the package's own build has no Node types, and
// the name must stay `process.env.NODE_ENV` for bundlers to replace it.
declare const process: { env: { NODE_ENV?: string } }
const warned = new Set<string>()

/**
 * In development, says once per origin that writes there are not protected by the server:
 * only compared with a read right before (a window remains), or sent with a precondition
 * nothing has shown it enforces.
 */
export function warnUnprotected(url: string, protection: WriteProtection): void {
  if (protection !== 'compared' && protection !== 'unverified') return
  const origin = originOf(url)
  if (warned.has(origin)) return
  try {
    if (process.env.NODE_ENV === 'production') return
  } catch {
    // no `process` in this page: development
  }
  warned.add(origin)
  console.warn(
    protection === 'compared'
      ? `react-conflict-kit: writes to ${origin} are only compared with a read right before ` +
          'them (the server gives no validator, or ignores it); a write that lands between ' +
          'the two requests can be overwritten.'
      : `react-conflict-kit: writes to ${origin} carry a precondition nothing has shown the ` +
          "server enforces (protection 'unverified'). Pass `probeUrl` (a scratch resource) " +
          'to verify it once.',
  )
}

/** How a probe sends one request: its status, or null when it could not be sent. */
export type ProbeSend = (init: {
  method: string
  headers: Record<string, string>
}) => Promise<number | null>

const refused = (status: number | null) => status === 412 || status === 409
const verdictOf = (status: number | null): Enforcement | undefined =>
  refused(status) ? 'enforced' : status !== null && status < 300 ? 'ignored' : undefined

/**
 * Checks once per origin, on the scratch resource `probeUrl` the app allows, whether the server
 * enforces each precondition header: it creates the resource (`If-None-Match: *`), then sends
 * writes that must be refused (`If-None-Match: *` again, an `If-Match` no version has, an
 * `If-Unmodified-Since` long past), and deletes it. A write that goes through marks the header
 * ignored; an answer that is neither a refusal nor a success proves nothing. Concurrent calls
 * share one probe.
 */
export function probePreconditions(probeUrl: string, send: ProbeSend): Promise<void> {
  const origin = originOf(probeUrl)
  const running = probes.get(origin)
  if (running) return running
  const note = (header: HeaderProtection, status: number | null) => {
    const verdict = verdictOf(status)
    if (verdict) noteEnforcement(probeUrl, header, verdict)
  }
  const probe = (async () => {
    const created = await send({ method: 'PUT', headers: { 'If-None-Match': '*' } })
    if (created === null || (created >= 300 && !refused(created))) return
    note('if-none-match', await send({ method: 'PUT', headers: { 'If-None-Match': '*' } }))
    const never = `"ck-probe-${Math.random().toString(36).slice(2)}"`
    note('if-match', await send({ method: 'PUT', headers: { 'If-Match': never } }))
    const past = 'Thu, 01 Jan 1970 00:00:00 GMT'
    note(
      'if-unmodified-since',
      await send({ method: 'PUT', headers: { 'If-Unmodified-Since': past } }),
    )
    await send({ method: 'DELETE', headers: {} })
  })()
  probes.set(origin, probe)
  return probe
}

/** The validators one response carried. */
export interface Validators {
  /** The version as the kit keeps it: the ETag (even weak) or the body field. */
  version: string | null
  /** A strong ETag, usable with `If-Match`. */
  strongETag: string | null
  /** The ETag was weak: the server does tag versions, just not exactly yet. */
  weakETag: boolean
  lastModified: string | null
  /** The response's `Date`: tells whether `Last-Modified` is still within its second. */
  date: string | null
}

/** The headers (and body version) a write goes out with. */
export interface Precondition {
  protection: WriteProtection
  headers: Record<string, string>
  /** The version to put into the body, for body-version resources. */
  fieldVersion: string | null
}

function header(headers: Headers, name: string): string | null {
  try {
    const value = headers.get(name)?.trim()
    return value ? value : null
  } catch {
    return null
  }
}

/** Reads the validators of a response (its headers and, for body versions, its body). */
export function validatorsOf(headers: Headers, body: unknown, source: VersionSource): Validators {
  const etag = header(headers, 'etag')
  return {
    version: readVersion(headers, body, source),
    strongETag: ifMatchHeaders(etag)['If-Match'] ?? null,
    weakETag: etag !== null && ifMatchHeaders(etag)['If-Match'] === undefined,
    lastModified: header(headers, 'last-modified'),
    date: header(headers, 'date'),
  }
}

/**
 * True when `Last-Modified` can no longer hide a change: the server answered in a later
 * second than the last change, so any change after that read moves `Last-Modified` forward.
 * Within the same second a second change would keep the same date and pass the check.
 */
export function isSettled(lastModified: string, date: string | null, afterMs = 1000): boolean {
  const modified = Date.parse(lastModified)
  const answered = date === null ? Number.NaN : Date.parse(date)
  if (Number.isNaN(modified) || Number.isNaN(answered)) return false
  return Math.floor(answered / 1000) * 1000 - Math.floor(modified / 1000) * 1000 >= afterMs
}

// A server that marks a fresh change's ETag weak (Apache does for the second after a change)
// turns it strong soon after: waiting a little longer for an exact If-Match beats
// If-Unmodified-Since, which some servers (Apache mod_dav) refuse whatever the date.
const WEAK_ETAG_SETTLE_MS = 2000

/** The precondition a known version gives without another read, or null when it gives none. */
export function preconditionFor(
  version: string | null,
  source: VersionSource,
): Precondition | null {
  if (version === null) return null
  if (source !== 'etag') return { protection: 'version-field', headers: {}, fieldVersion: version }
  const headers = ifMatchHeaders(version)
  return headers['If-Match'] ? { protection: 'if-match', headers, fieldVersion: null } : null
}

/**
 * The strongest precondition a fresh read allows: its version (strong ETag or body field),
 * else `If-Unmodified-Since` once settled. `'unsettled'` means wait and read again; null means
 * the server gives nothing usable.
 */
export function preconditionFromRead(
  read: Validators,
  source: VersionSource,
): Precondition | 'unsettled' | null {
  const exact = preconditionFor(source === 'etag' ? read.strongETag : read.version, source)
  if (exact) return exact
  if (read.lastModified === null || Number.isNaN(Date.parse(read.lastModified))) return null
  if (!isSettled(read.lastModified, read.date, read.weakETag ? WEAK_ETAG_SETTLE_MS : 1000)) {
    return 'unsettled'
  }
  return {
    protection: 'if-unmodified-since',
    headers: { 'If-Unmodified-Since': read.lastModified },
    fieldVersion: null,
  }
}
