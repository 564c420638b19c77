// Per-field error entries out of the shapes validation layers really send: arrays of
// `{ field | path | loc | param | pointer | ..., message | msg | detail | ..., code }` and maps of
// `field -> message | message[] | nested map`.

/** One error attached (or not) to a field. */
export interface FieldEntry {
  field?: string
  message?: string
  code?: string
  value?: unknown
}

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

/** Looks like a machine code (one token: `user_exists`, `EMAIL_EXISTS`, `23505`), not a sentence. */
export function isCodeLike(text: string): boolean {
  return /^[A-Za-z0-9_.:#/-]{1,120}$/.test(text) && !/^[1-5]\d\d$/.test(text)
}

const LOCATION_PREFIX = /^(?:body|query|path|header|cookie|form|input)$/

function unescapePointer(part: string): string {
  return part.replace(/~1/g, '/').replace(/~0/g, '~')
}

/**
 * A field path from whatever the server used: `email`, `["body","user","email"]` (FastAPI
 * `loc`, leading location dropped), `/data/attributes/email` (JSON:API), `#/age` (RFC 9457),
 * `$.email` (ASP.NET). Nested paths are joined with `.`.
 */
export function normaliseField(value: unknown, dropLocation = false): string | undefined {
  if (Array.isArray(value)) {
    const parts = value.filter(
      (p): p is string | number => typeof p === 'string' || typeof p === 'number',
    )
    if (dropLocation && typeof parts[0] === 'string' && LOCATION_PREFIX.test(parts[0])) {
      parts.shift()
    }
    const joined = parts.map(String).join('.')
    return joined === '' ? undefined : joined
  }
  let field = str(value)
  if (field === undefined) return undefined
  if (field.startsWith('#/')) field = field.slice(1)
  if (field.startsWith('/')) {
    field = field.replace(/^\/data\/(?:attributes|relationships)\//, '/')
    field = field.split('/').filter(Boolean).map(unescapePointer).join('.')
  }
  if (field.startsWith('$.')) field = field.slice(2)
  if (field === '$' || field === '') return undefined
  return field
}

/** `already_exists` -> `already exists`: a readable stand-in when only a code was sent. */
export function humaniseCode(code: string): string {
  return code
    .replace(/([a-z])([A-Z])/g, '$1 $2')
    .replace(/[_.-]+/g, ' ')
    .trim()
    .toLowerCase()
}

function messageOf(item: JsonObject): string | undefined {
  for (const key of [
    'message',
    'msg',
    'detail',
    'title',
    'description',
    'defaultMessage',
    'errorSummary',
    'long_message',
  ]) {
    const v = str(prop(item, key))
    if (v !== undefined) return v
  }
  for (const key of ['reason', 'error']) {
    const v = str(prop(item, key))
    if (v !== undefined && !isCodeLike(v)) return v
  }
  return undefined
}

function codeOf(item: JsonObject): string | undefined {
  const ext = prop(item, 'extensions')
  for (const v of [
    prop(item, 'code'),
    prop(item, 'error_code', 'errorCode'),
    isObject(ext) ? prop(ext, 'code') : undefined,
    prop(item, 'type'),
    prop(item, 'reason'),
    prop(item, 'error'),
    prop(item, 'rule'),
    prop(item, 'keyword'),
  ]) {
    const s = str(v)
    // express-validator uses `type: "field"` for the location kind, not an error code.
    if (s !== undefined && isCodeLike(s) && s !== 'field') return s
  }
  return undefined
}

function fieldOf(item: JsonObject, nameIsField: boolean): string | undefined {
  const isGraphQl = prop(item, 'extensions') !== undefined || prop(item, 'locations') !== undefined
  const source = prop(item, 'source')
  const meta = prop(item, 'meta')
  const candidates: unknown[] = [
    prop(item, 'field'),
    isGraphQl ? undefined : prop(item, 'path'),
    prop(item, 'param', 'parameter', 'attr', 'attribute', 'property', 'propertyPath'),
    prop(item, 'property_path', 'pointer', 'instancePath', 'target'),
    isObject(source) ? prop(source, 'pointer', 'parameter') : undefined,
    isObject(meta) ? prop(meta, 'param_name', 'paramName', 'field') : undefined,
    nameIsField ? prop(item, 'name') : undefined,
  ]
  const loc = prop(item, 'loc')
  if (loc !== undefined) candidates.unshift(normaliseField(loc, true))
  for (const c of candidates) {
    const f = normaliseField(c)
    if (f !== undefined) return f
  }
  return undefined
}

/** One entry from an error object; `field` is absent when the object names none. */
export function entryFromObject(item: JsonObject, nameIsField = false): FieldEntry {
  const entry: FieldEntry = {}
  const field = fieldOf(item, nameIsField)
  if (field !== undefined) entry.field = field
  let message = messageOf(item)
  let code = codeOf(item)
  // Okta: `errorCauses: [{ errorSummary: "login: An object with this field already exists" }]`.
  if (field === undefined && message !== undefined && prop(item, 'errorSummary') !== undefined) {
    const m = /^([A-Za-z_][\w.]*): (.+)$/s.exec(message)
    if (m?.[1] && m[2]) {
      entry.field = m[1]
      message = m[2]
    }
  }
  // Firebase-style `"WEAK_PASSWORD : Password should be at least 6 characters"`.
  const coded = message === undefined ? null : /^([A-Z][A-Z0-9_]{2,}) : (.+)$/s.exec(message)
  if (coded?.[1] && coded[2]) {
    code ??= coded[1]
    message = coded[2]
  }
  if (message !== undefined) entry.message = message
  if (code !== undefined) entry.code = code
  const value = prop(item, 'value', 'rejectedValue', 'rejected_value', 'input')
  if (value !== undefined) entry.value = value
  return entry
}

const NON_FIELD_KEYS = new Set(['non_field_errors', 'nonfielderrors', '__all__', 'base', '', '$'])

/** Keys under which a per-field map holds errors for the whole form, not one field. */
export function isNonFieldKey(key: string): boolean {
  return NON_FIELD_KEYS.has(key.toLowerCase())
}

/**
 * Entries from a field map (`{ email: ["has already been taken"] }`, `{ Email: "..." }`,
 * Rails `details` `{ email: [{ error: "taken", value }] }`, nested maps and lists of maps).
 * Messages for the whole form go to `formMessages`.
 */
export function entriesFromMap(
  map: JsonObject,
  formMessages: string[],
  prefix = '',
  depth = 0,
): FieldEntry[] {
  const out: FieldEntry[] = []
  if (depth > 6) return out
  for (const [key, value] of Object.entries(map)) {
    if (prefix === '' && isNonFieldKey(key)) {
      for (const v of Array.isArray(value) ? value : [value]) {
        const s = str(v)
        if (s !== undefined) formMessages.push(s)
      }
      continue
    }
    const field = normaliseField(prefix ? `${prefix}.${key}` : key) ?? key
    const items = Array.isArray(value) ? value : [value]
    const first = items[0]
    const text = str(first)
    if (text !== undefined) {
      out.push({ field, message: text })
    } else if (isObject(first) && (messageOf(first) !== undefined || codeOf(first) !== undefined)) {
      out.push({ ...entryFromObject(first), field })
    } else if (Array.isArray(value)) {
      // DRF errors for a list field: one map (or nothing) per item.
      value.forEach((item, i) => {
        if (isObject(item))
          out.push(...entriesFromMap(item, formMessages, `${field}.${i}`, depth + 1))
      })
    } else if (isObject(value)) {
      out.push(...entriesFromMap(value, formMessages, field, depth + 1))
    }
  }
  return out
}
