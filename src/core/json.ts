// Reading and building JSON values without trusting their shape: the one place for the small
// helpers every core folder uses (the plain-object test, own-property writes, bounded copies).

/** A plain JSON object. */
export type JsonObject = Record<string, unknown>

/** True for objects that are not arrays and not null: what a JSON object parses to. */
export function isRecord(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

/** Own property lookup, exact name first, then case-insensitive (XML and .NET capitalise). */
export function prop(obj: JsonObject, ...names: string[]): unknown {
  for (const name of names) {
    if (Object.hasOwn(obj, name)) return obj[name]
  }
  const wanted = new Set(names.map((n) => n.toLowerCase()))
  for (const key of Object.keys(obj)) {
    if (wanted.has(key.toLowerCase())) return obj[key]
  }
  return undefined
}

/** A trimmed non-empty string, or undefined. */
export function str(value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined
  const t = value.trim()
  return t === '' ? undefined : t
}

/** Limits for {@link boundJson}. */
export interface JsonBounds {
  /** Most characters of all strings together. */
  maxChars: number
  /** Most values (objects, arrays, strings, numbers...) copied. */
  maxNodes: number
  /** Deepest nesting copied. */
  maxDepth: number
}

/**
 * Sets an own property, also for keys such as `__proto__` that plain assignment would swallow
 * (JSON can carry one); on an array, an index.
 */
export function setOwn(target: JsonObject | unknown[], key: string | number, value: unknown): void {
  Object.defineProperty(target, key, {
    value,
    enumerable: true,
    writable: true,
    configurable: true,
  })
}

/**
 * A copy of an already-parsed body that holds at most `maxChars` characters of strings,
 * `maxNodes` values and `maxDepth` levels: what a byte bound does for a body read from a stream,
 * for bodies an HTTP client parsed already (axios `response.data`). Built without recursion, so
 * deep input costs no stack; keys are copied as own properties (`__proto__` included). Values that
 * are not JSON (functions, class instances) are dropped; a string cut at the bound loses its tail.
 */
export function boundJson(value: unknown, bounds: JsonBounds): unknown {
  let chars = bounds.maxChars
  let nodes = bounds.maxNodes
  const leaf = (v: unknown): unknown => {
    if (typeof v === 'string') {
      const s = v.length > chars ? v.slice(0, Math.max(chars, 0)) : v
      chars -= s.length
      return s
    }
    return typeof v === 'number' || typeof v === 'boolean' || v === null ? v : undefined
  }
  const shell = (v: unknown): unknown[] | JsonObject | undefined =>
    Array.isArray(v) ? [] : isPlainObject(v) ? {} : undefined
  const root = shell(value)
  if (root === undefined) return leaf(value)
  const stack: Array<{ from: unknown[] | JsonObject; to: unknown[] | JsonObject; depth: number }> =
    [{ from: value as unknown[] | JsonObject, to: root, depth: 0 }]
  while (stack.length > 0) {
    const { from, to, depth } = stack.pop() as (typeof stack)[number]
    const keys = Array.isArray(from) ? from.map((_, i) => i) : Object.keys(from)
    for (const key of keys) {
      if (nodes <= 0) return root
      nodes--
      const v = (from as Record<string | number, unknown>)[key]
      const inner = depth < bounds.maxDepth ? shell(v) : undefined
      if (inner !== undefined) {
        setOwn(to, key, inner)
        stack.push({ from: v as unknown[] | JsonObject, to: inner, depth: depth + 1 })
      } else {
        const copied = leaf(v)
        if (copied !== undefined) setOwn(to, key, copied)
      }
    }
  }
  return root
}

function isPlainObject(v: unknown): v is JsonObject {
  if (!isRecord(v)) return false
  const proto = Object.getPrototypeOf(v) as unknown
  return proto === Object.prototype || proto === null
}
