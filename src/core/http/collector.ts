// Accumulates codes, messages, field entries, versions and retry hints while extract.ts walks
// the error shapes.
import {
  entriesFromMap,
  entryFromObject,
  isCodeLike,
  isObject,
  normaliseField,
  prop,
  str,
  type FieldEntry,
  type JsonObject,
} from './fields'
import { toPlainText } from './html'

/** Everything found in an error body, most specific first. */
export interface Extracted {
  /** Machine codes, most specific first. */
  codes: string[]
  /** Human sentences (plain text), most useful first. */
  messages: string[]
  /** RFC 9457 members, plain text. */
  title?: string
  detail?: string
  type?: string
  instance?: string
  /** Per-field errors. */
  entries: FieldEntry[]
  /** A field (and value) the body names outside any per-field list. */
  field?: string
  value?: unknown
  currentVersion?: string
  current?: unknown
  retryAfterMs?: number
}

/** Most list items looked at. */
export const MAX_ITEMS = 100
/** Longest message kept. */
export const MAX_MESSAGE = 2000

const VERSION_KEYS = [
  'currentVersion',
  'current_version',
  'currentEtag',
  'current_etag',
  'etag',
  '_etag',
  '_rev',
  'latestVersion',
  'latest_version',
  'serverVersion',
  'server_version',
  'version',
]

function cleanCode(raw: string): string {
  let code = raw.trim()
  // AWS: `com.amazonaws.cognito#UsernameExistsException`, `Name:http://internal...` (header).
  const hash = code.lastIndexOf('#')
  if (hash >= 0 && hash < code.length - 1) code = code.slice(hash + 1)
  const m = /^([^:]+):https?:\/\//.exec(code)
  return m?.[1] ?? code
}

function numberFrom(value: unknown): number | undefined {
  if (typeof value === 'number') return Number.isFinite(value) && value >= 0 ? value : undefined
  if (typeof value === 'string' && /^\s*\d+(?:\.\d+)?\s*$/.test(value)) return Number(value)
  return undefined
}

/** Accumulates what the shape walkers find, deduplicated, most specific first. */
export class Collector {
  readonly out: Extracted = { codes: [], messages: [], entries: [] }

  code(value: unknown): void {
    const s = str(value)
    if (s === undefined) return
    const code = cleanCode(s)
    if (isCodeLike(code) && !this.out.codes.includes(code)) this.out.codes.push(code)
  }

  text(value: unknown, depth = 0): void {
    // Bounded: a body of 30 000 nested arrays must not exhaust the stack.
    if (depth > 8) return
    if (Array.isArray(value)) {
      for (const v of value.slice(0, MAX_ITEMS)) this.text(v, depth + 1)
      return
    }
    if (isObject(value)) {
      this.text(prop(value, 'value', 'message'), depth + 1)
      return
    }
    const s = str(value)
    if (s === undefined) return
    const plain = toPlainText(s).slice(0, MAX_MESSAGE)
    if (!/[\p{L}\p{N}]/u.test(plain)) return
    if (isCodeLike(plain)) return this.code(plain)
    // Firebase: `WEAK_PASSWORD : Password should be at least 6 characters`.
    const coded = /^([A-Z][A-Z0-9_]{2,}) : (.+)$/s.exec(plain)
    if (coded?.[1] && coded[2]) {
      this.code(coded[1])
      this.text(coded[2])
      return
    }
    if (!this.out.messages.includes(plain)) this.out.messages.push(plain)
  }

  items(value: unknown, nameIsField = false): void {
    if (!Array.isArray(value)) return
    for (const item of value.slice(0, MAX_ITEMS)) {
      if (!isObject(item)) {
        this.text(item)
        continue
      }
      const entry = entryFromObject(item, nameIsField)
      if (entry.field !== undefined) {
        this.out.entries.push(entry)
      } else {
        this.code(entry.code)
        this.text(entry.message)
      }
    }
  }

  fieldMap(value: unknown): void {
    if (Array.isArray(value)) return this.items(value)
    if (!isObject(value)) return
    const formMessages: string[] = []
    this.out.entries.push(...entriesFromMap(value, formMessages))
    this.text(formMessages)
  }

  extras(o: JsonObject, problemShaped: boolean): void {
    const out = this.out
    if (out.currentVersion === undefined) {
      for (const key of VERSION_KEYS) {
        const v = prop(o, key)
        if (typeof v === 'string' && v.trim() !== '') out.currentVersion = v.trim()
        else if (typeof v === 'number' && Number.isFinite(v)) out.currentVersion = String(v)
        if (out.currentVersion !== undefined) break
      }
    }
    if (out.current === undefined) {
      const current = prop(o, 'current', 'currentResource', 'current_resource', 'latest')
      const server = prop(o, 'server')
      const data = problemShaped ? prop(o, 'data') : undefined
      if (current !== undefined && current !== null) out.current = current
      else if (isObject(server)) out.current = server
      else if (isObject(data)) out.current = data
    }
    if (out.retryAfterMs === undefined) {
      const ms = numberFrom(prop(o, 'retryAfterMs', 'retry_after_ms'))
      const s = numberFrom(
        prop(o, 'retryAfter', 'retry_after', 'retryAfterSeconds', 'retry_after_seconds'),
      )
      if (ms !== undefined) out.retryAfterMs = Math.round(ms)
      else if (s !== undefined) out.retryAfterMs = Math.round(s * 1000)
    }
    if (out.field === undefined) {
      const field = normaliseField(prop(o, 'field', 'param', 'parameter', 'attribute'))
      if (field !== undefined) out.field = field
    }
    if (out.value === undefined) {
      const value = prop(o, 'value', 'rejectedValue', 'rejected_value')
      if (value !== undefined) out.value = value
    }
  }
}
