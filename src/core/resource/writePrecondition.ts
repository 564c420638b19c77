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
 * - `'compared'`: the server gave no validator, so the resource was read again right before
 *   the write and found equal to the base (a narrow window remains between the two requests);
 * - `'unconditional'`: the app opted out with `allowUnconditional`.
 */
export type WriteProtection =
  | 'if-match'
  | 'version-field'
  | 'if-unmodified-since'
  | 'if-none-match'
  | 'compared'
  | 'unconditional'

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
