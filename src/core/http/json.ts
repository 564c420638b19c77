// Reading values out of parsed JSON without trusting its shape.

/** A plain JSON object. */
export type JsonObject = Record<string, unknown>

/** True for plain objects (not arrays, not null). */
export function isObject(value: unknown): value is JsonObject {
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
