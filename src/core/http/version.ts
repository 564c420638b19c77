// Where a resource keeps its version: the ETag header, or a field of its body. Reads and
// writes of the field go through the merge engine's one path walker, so they always agree.
import { getAtPath } from '../merge/getAtPath'
import { isRecord } from '../json'
import { setAtPath } from '../merge/setAtPath'

/** Where the version lives: the `ETag` header, or a (dotted) body field such as `meta.version`. */
export type VersionSource = 'etag' | { field: string }

function headersOf(res: Response | Headers): Headers | null {
  const candidate = res as { headers?: unknown; get?: unknown }
  if (typeof candidate.get === 'function') return res as Headers
  const headers = candidate.headers as { get?: unknown } | undefined
  return headers && typeof headers.get === 'function' ? (headers as Headers) : null
}

/**
 * The version of a resource: the `ETag` header as sent (quotes and `W/` kept), or the body
 * field's value as a string (numbers and bigints stringified). Null when absent or not scalar.
 */
export function readVersion(
  res: Response | Headers,
  body: unknown,
  version: VersionSource,
): string | null {
  if (version === 'etag') {
    try {
      const etag = headersOf(res)?.get('etag')?.trim()
      return etag ? etag : null
    } catch {
      return null
    }
  }
  const value = getAtPath(body, version.field)
  if (typeof value === 'string') return value.trim() === '' ? null : value
  if ((typeof value === 'number' && Number.isFinite(value)) || typeof value === 'bigint') {
    return String(value)
  }
  return null
}

/**
 * A copy of `body` with `version` at the dotted `field` path, at the very place
 * {@link readVersion} reads it (an existing `@odata.etag` key is replaced, not nested beside).
 * Objects are created along the way and the input is left untouched. When the body already
 * holds a number there and `version` is a numeric string, the number type is kept.
 * Throws a TypeError when `body` is not a plain object: that is a programming error.
 */
export function withVersionField<T>(body: T, field: string, version: string | number | null): T {
  const source: unknown = body ?? {}
  if (!isRecord(source)) throw new TypeError('withVersionField needs a plain object body')
  const existing = getAtPath(source, field)
  let value: unknown = version
  if (
    typeof existing === 'number' &&
    typeof version === 'string' &&
    /^-?\d+(?:\.\d+)?$/.test(version)
  ) {
    value = Number(version)
  }
  return setAtPath(source, field, value) as T
}
