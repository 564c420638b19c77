// Entity tags (RFC 9110 section 8.8.3): `"xyzzy"` (strong), `W/"xyzzy"` (weak).

/** A parsed entity tag; `tag` is the opaque tag without quotes. */
export interface ETag {
  weak: boolean
  tag: string
}

// etagc = "!" / %x23-7E / obs-text: no quotes, spaces or controls inside.
const QUOTED = /^(W\/)?"([\x21\x23-\x7e\x80-\uffff]*)"$/
const UNQUOTED = /^(W\/)?([\x21\x23-\x2b\x2d-\x7e\x80-\uffff]+)$/

/**
 * Parses an entity tag. Sloppy servers send unquoted tags (`ETag: abc123`): those are taken as
 * strong opaque tags (`W/abc` as weak `abc`). Lists, embedded quotes and blanks give null.
 */
export function parseETag(value: string | null | undefined): ETag | null {
  if (typeof value !== 'string') return null
  const v = value.trim()
  if (v === '' || v === '*') return null
  const quoted = QUOTED.exec(v)
  if (quoted) return { weak: quoted[1] !== undefined, tag: quoted[2] ?? '' }
  const bare = UNQUOTED.exec(v)
  if (bare) return { weak: bare[1] !== undefined, tag: bare[2] ?? '' }
  return null
}

/**
 * Headers that make a write conditional on `version` (an ETag as the server sent it):
 * `{ 'If-Match': version }`. Returns `{}` for null, blank, `*` and weak tags: `If-Match`
 * compares strongly, so a weak tag can never match and would fail every write with 412.
 * The tag is sent back exactly as received, so servers that sent it unquoted get it unquoted.
 */
export function ifMatchHeaders(version: string | null | undefined): Record<string, string> {
  const etag = parseETag(version)
  if (etag === null || etag.weak || typeof version !== 'string') return {}
  return { 'If-Match': version.trim() }
}
