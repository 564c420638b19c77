// Where a resource keeps its version: the ETag header, or a field of its body.
import { isObject, type JsonObject } from './json'

/** Where the version lives: the `ETag` header, or a (dotted) body field such as `meta.version`. */
export type VersionSource = 'etag' | { field: string }

function hasHeaders(value: unknown): value is { headers: Headers } {
  return isObject(value) && isObject(value.headers) && typeof value.headers.get === 'function'
}

/**
 * The value at a dotted path. A key that itself contains dots (`@odata.etag`) wins over
 * descending, so both `{ "@odata.etag": x }` and `{ meta: { version: x } }` are reachable.
 */
export function getPath(value: unknown, path: string): unknown {
  if (!isObject(value) && !Array.isArray(value)) return undefined
  const obj = value as JsonObject
  if (Object.hasOwn(obj, path)) return obj[path]
  for (let i = path.indexOf('.'); i > 0; i = path.indexOf('.', i + 1)) {
    const head = path.slice(0, i)
    if (Object.hasOwn(obj, head)) {
      const found = getPath(obj[head], path.slice(i + 1))
      if (found !== undefined) return found
    }
  }
  return undefined
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
      const headers = hasHeaders(res) ? res.headers : (res as Headers)
      const etag = headers.get('etag')?.trim()
      return etag ? etag : null
    } catch {
      return null
    }
  }
  const value = getPath(body, version.field)
  if (typeof value === 'string') return value.trim() === '' ? null : value
  if ((typeof value === 'number' && Number.isFinite(value)) || typeof value === 'bigint') {
    return String(value)
  }
  return null
}

function setPath(obj: JsonObject, parts: string[], value: unknown): JsonObject {
  const [head, ...rest] = parts
  if (head === undefined) return obj
  const copy: JsonObject = { ...obj }
  if (rest.length === 0) {
    Object.defineProperty(copy, head, {
      value,
      enumerable: true,
      writable: true,
      configurable: true,
    })
    return copy
  }
  const child = copy[head]
  const next = setPath(isObject(child) ? child : {}, rest, value)
  Object.defineProperty(copy, head, {
    value: next,
    enumerable: true,
    writable: true,
    configurable: true,
  })
  return copy
}

/**
 * A copy of `body` with `version` at the dotted `field` path (objects created along the way,
 * the input left untouched). When the body already holds a number there and `version` is a
 * numeric string (as {@link readVersion} returns), the number type is kept.
 * Throws a TypeError when `body` is not a plain object: that is a programming error.
 */
export function withVersionField<T>(body: T, field: string, version: string | number | null): T {
  const source: unknown = body ?? {}
  if (!isObject(source)) throw new TypeError('withVersionField needs a plain object body')
  const existing = getPath(source, field)
  let value: unknown = version
  if (
    typeof existing === 'number' &&
    typeof version === 'string' &&
    /^-?\d+(?:\.\d+)?$/.test(version)
  ) {
    value = Number(version)
  }
  const parts = Object.hasOwn(source, field) ? [field] : field.split('.')
  return setPath(source, parts, value) as T
}
