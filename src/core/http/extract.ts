// Everything an error body says, found by its structure: one bounded walk over the parsed body
// collects codes, sentences and per-field errors, inferring the field from where a message sits
// (`errors.email`, `data.<field>.code`, `source.pointer`, `entry: "$.email"`, `details.email[]`),
// plus the current version, representation and retry hint. Nothing here decides the kind;
// classify.ts does.
import { toPlainText } from './html'
import { isRecord, prop, str, type JsonObject } from '../json'

export type { JsonObject } from '../json'

/** One error attached (or not) to a field. */
export interface FieldEntry {
  field?: string
  message?: string
  code?: string
  value?: unknown
  /** Other sentences the error object carries (Ghost `context`, a rule's `description`): evidence, not the title. */
  also?: string
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
    'text',
  ]) {
    const v = str(prop(item, key))
    if (v !== undefined) return v
  }
  for (const key of ['reason', 'error']) {
    const v = str(prop(item, key))
    if (v !== undefined && !isCodeLike(v)) return v
  }
  // Mithril / API Manifest: `{ entry: "$.email", rules: [{ description: "has already been taken" }] }`.
  for (const key of ['rules', 'messages', 'constraints']) {
    const list = prop(item, key)
    const first = Array.isArray(list) ? list[0] : list
    if (isRecord(first)) {
      const v = str(prop(first, 'description', 'message', 'msg'))
      if (v !== undefined) return v
    } else if (typeof first === 'string' && str(first) !== undefined) return str(first)
  }
  return undefined
}

// Sentences besides the message that say what went wrong (Ghost puts the reason in `context`).
function alsoOf(item: JsonObject, message: string | undefined): string | undefined {
  const texts: string[] = []
  for (const key of ['context', 'description', 'detail', 'reason', 'hint', 'help']) {
    const v = str(prop(item, key))
    if (v !== undefined && v !== message && !isCodeLike(v)) texts.push(v.slice(0, MAX_MESSAGE))
  }
  return texts.length > 0 ? texts.join(' ') : undefined
}

// `Auth.form.error.email.taken`, `app.user.save.username_exists.app_error`: dotted ids are codes;
// uuids and numbers are not.
function idCode(value: unknown): string | undefined {
  const s = str(value)
  return s !== undefined && /^[A-Za-z][\w-]*(?:[._][\w-]+)+$/.test(s) && /[a-z]/i.test(s)
    ? s
    : undefined
}

function codeOf(item: JsonObject): string | undefined {
  const ext = prop(item, 'extensions')
  for (const v of [
    prop(item, 'code'),
    prop(item, 'error_code', 'errorCode'),
    isRecord(ext) ? prop(ext, 'code') : undefined,
    prop(item, 'type'),
    prop(item, 'reason'),
    prop(item, 'error'),
    prop(item, 'rule'),
    prop(item, 'keyword'),
    prop(item, 'issue'), // PayPal `details[].issue`
    prop(item, 'errorCode', 'errcode', 'messageCode'),
    idCode(prop(item, 'id')),
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
  const ext = prop(item, 'extensions')
  const candidates: unknown[] = [
    prop(item, 'field'),
    isRecord(ext) ? prop(ext, 'field') : undefined, // Directus `extensions.field`
    prop(item, 'entry'), // API Manifest `entry: "$.email"`
    isGraphQl ? undefined : prop(item, 'path'),
    prop(item, 'param', 'parameter', 'attr', 'attribute', 'property', 'propertyPath'),
    prop(item, 'property_path', 'pointer', 'instancePath', 'target'),
    isRecord(source) ? prop(source, 'pointer', 'parameter') : undefined,
    isRecord(meta) ? prop(meta, 'param_name', 'paramName', 'field') : undefined,
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
  if (message !== undefined) entry.message = message.slice(0, MAX_MESSAGE)
  if (code !== undefined) entry.code = code.slice(0, 120)
  const ext = prop(item, 'extensions')
  const value =
    prop(item, 'value', 'rejectedValue', 'rejected_value', 'input', 'duplicateValue') ??
    (isRecord(ext) ? prop(ext, 'invalid') : undefined)
  if (value !== undefined) entry.value = value
  const also = alsoOf(item, message)
  if (also !== undefined) entry.also = also
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
  // Bounded: a map of 100 000 keys is read for its first MAX_ITEMS.
  for (const key of Object.keys(map).slice(0, MAX_ITEMS)) {
    const value = map[key]
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
      // `{ external_id: ["value_already_exists"] }`: a machine code where a message would be.
      const coded = isCodeLike(text) && /[_.:]|[a-z][A-Z]|^[A-Z0-9_]+$/.test(text)
      out.push(coded ? { field, message: text, code: text } : { field, message: text })
    } else if (isRecord(first) && (messageOf(first) !== undefined || codeOf(first) !== undefined)) {
      out.push({ ...entryFromObject(first), field })
    } else if (Array.isArray(value)) {
      // DRF errors for a list field: one map (or nothing) per item.
      value.forEach((item, i) => {
        if (isRecord(item))
          out.push(...entriesFromMap(item, formMessages, `${field}.${i}`, depth + 1))
      })
    } else if (isRecord(value)) {
      out.push(...entriesFromMap(value, formMessages, field, depth + 1))
    }
  }
  return out
}

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
    if (isRecord(value)) {
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

  /** Adds a field entry, or completes the one already found for that field. */
  entry(e: FieldEntry): void {
    const same = this.out.entries.find((x) => x.field === e.field)
    if (same === undefined) {
      if (this.out.entries.length < MAX_ITEMS) this.out.entries.push(e)
      return
    }
    same.message ??= e.message
    same.code ??= e.code
    if (same.value === undefined && e.value !== undefined) same.value = e.value
    same.also ??= e.also
  }

  items(value: unknown, nameIsField = false): void {
    if (!Array.isArray(value)) return
    for (const item of value.slice(0, MAX_ITEMS)) {
      if (!isRecord(item)) {
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
    if (!isRecord(value)) return
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
      else if (isRecord(server)) out.current = server
      else if (isRecord(data)) out.current = data
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
      // Eludris `item`, Chatwoot `attributes: ["phone_number"]` (one attribute named).
      const named = prop(o, 'field', 'param', 'parameter', 'attribute', 'item')
      const listed = prop(o, 'attributes', 'fields')
      const only = Array.isArray(listed) && listed.length === 1 ? listed[0] : undefined
      const field = normaliseField(named) ?? normaliseField(only)
      if (field !== undefined) out.field = field
    }
    if (out.value === undefined) {
      const value = prop(o, 'value', 'rejectedValue', 'rejected_value')
      if (value !== undefined) out.value = value
    }
  }
}

// HTTP reason phrases that Spring and others put in `error`: not codes.
const REASON_PHRASES = /^(?:Conflict|Forbidden|Unauthorized|Gone|Locked|Error|Failure|Unknown)$/

// Keys that mark an envelope; a body without any of them may be a Rails / DRF field map.
const ENVELOPE =
  /^(?:message|messages|error|errors|title|detail|details|type|status|statuscode|code|msg|description|error_description|reason|kind|data|success|result|fielderrors|field_errors|formerrors|violations|invalid-params|invalid_params|errormessages|errorcauses|usererrors)$/i

// Google `{error:{code,message,status,errors,details}}`, Stripe `{error:{type,code,param,message}}`,
// OData/Azure `{error:{code,message,target,details}}`, Elasticsearch `{error:{type,reason,root_cause}}`.
function walkError(e: JsonObject, c: Collector): void {
  c.code(prop(e, 'code'))
  c.code(prop(e, 'status'))
  c.code(prop(e, 'type'))
  c.text(prop(e, 'message'))
  c.text(prop(e, 'reason'))
  c.text(prop(e, 'description'))
  const field = normaliseField(prop(e, 'param', 'target'))
  if (field !== undefined) {
    const message = str(prop(e, 'message'))
    const code = str(prop(e, 'code'))
    c.out.entries.push({ field, ...(message ? { message } : {}), ...(code ? { code } : {}) })
  }
  c.items(prop(e, 'errors'))
  const details = prop(e, 'details')
  if (Array.isArray(details)) {
    for (const d of details.slice(0, MAX_ITEMS)) {
      if (!isRecord(d)) continue
      if (Array.isArray(d.fieldViolations)) c.items(d.fieldViolations)
      else if (d['@type'] !== undefined) c.code(d.reason)
      else c.items([d])
    }
  }
  const root = prop(e, 'root_cause')
  if (Array.isArray(root)) c.items(root)
  const inner = prop(e, 'innererror', 'innerError')
  if (isRecord(inner)) c.code(prop(inner, 'code'))
  c.extras(e, false)
}

function isFieldMap(o: JsonObject): boolean {
  const keys = Object.keys(o)
  return (
    keys.length > 0 &&
    !keys.some((k) => ENVELOPE.test(k)) &&
    keys.some((k) => Array.isArray(o[k])) &&
    keys.every((k) => Array.isArray(o[k]) || isRecord(o[k]))
  )
}

function walkTop(o: JsonObject, c: Collector, problemMediaType: boolean): void {
  const out = c.out
  const rawType = str(prop(o, 'type'))
  const title = str(prop(o, 'title'))
  const problemShaped =
    problemMediaType ||
    (title !== undefined && (rawType !== undefined || typeof o.status === 'number'))
  if (isFieldMap(o)) {
    // Rails `{ email: ["has already been taken"] }`, Django REST `{ email: ["...exists."] }`.
    c.fieldMap(o)
    return
  }
  if (title !== undefined) out.title = toPlainText(title).slice(0, MAX_MESSAGE)
  const detail = prop(o, 'detail')
  if (typeof detail === 'string' && str(detail))
    out.detail = toPlainText(detail).slice(0, MAX_MESSAGE)
  else c.items(detail) // FastAPI `detail: [{ loc, msg, type }]`
  const instance = str(prop(o, 'instance'))
  if (instance !== undefined) out.instance = instance
  const isUri = rawType !== undefined && /^[a-z][a-z0-9+.-]*:|^\//i.test(rawType)
  if (isUri && rawType !== 'about:blank') out.type = rawType

  c.code(prop(o, 'code'))
  c.code(prop(o, 'error_code', 'errorCode'))
  c.code(prop(o, '__type'))
  c.code(prop(o, 'error_summary')) // Dropbox tagged union `path/conflict/file/..`
  // A status that is a code (`EMAIL_ALREADY_EXISTS_ERROR`), not a word (`error`, `ok`, `fail`).
  const statusCode = str(prop(o, 'status'))
  if (
    statusCode !== undefined &&
    /[_.]|^[A-Z0-9]+$/.test(statusCode) &&
    !/^(?:ok|error|fail|failure|success|failed)$/i.test(statusCode)
  ) {
    c.code(statusCode)
  }
  const error = prop(o, 'error')
  if (isRecord(error)) walkError(error, c)
  const odata = prop(o, 'odata.error')
  if (isRecord(odata)) walkError(odata, c)
  const details = prop(o, 'details')
  if (prop(o, 'kind') === 'Status') {
    // Kubernetes Status: `reason` is the code; `details` names the object and lists causes.
    c.code(prop(o, 'reason'))
    if (isRecord(details)) {
      c.items(prop(details, 'causes'))
      const name = str(prop(details, 'name'))
      if (name !== undefined && prop(o, 'reason') === 'AlreadyExists') {
        out.field = 'name'
        out.value = name
      }
      c.extras({ retryAfterSeconds: prop(details, 'retryAfterSeconds') }, false)
    }
  }
  const errorText = str(error)
  if (errorText !== undefined && isCodeLike(errorText) && !REASON_PHRASES.test(errorText)) {
    c.code(errorText)
  }
  const reason = str(prop(o, 'reason'))
  if (reason !== undefined && isCodeLike(reason)) c.code(reason)

  const message = prop(o, 'message')
  if (isRecord(message) && prop(message, 'value') === undefined)
    c.fieldMap(message) // GitLab
  else c.text(message)
  c.text(prop(o, 'error_description'))
  c.text(prop(o, 'description'))
  c.text(prop(o, 'errorMessage', 'error_message'))
  c.text(prop(o, 'errorSummary'))
  c.text(prop(o, 'msg'))
  if (reason !== undefined && !isCodeLike(reason)) c.text(reason)
  if (errorText !== undefined && !isCodeLike(errorText)) c.text(errorText)
  if (typeof details === 'string') c.text(details) // PostgREST `details`
  const dataText = prop(o, 'data')
  if (typeof dataText === 'string') c.text(dataText) // `{ success: false, data: "Email already in use…" }`

  const errors = prop(o, 'errors')
  if (Array.isArray(errors)) c.items(errors)
  else if (isRecord(errors))
    c.fieldMap(errors) // Laravel, ASP.NET ValidationProblemDetails, Jira, Rails
  else c.text(errors) // Shopify `{ errors: "Exceeded 2 calls per second..." }`
  c.text(prop(o, 'errorMessages')) // Jira
  c.items(prop(o, 'errorCauses')) // Okta
  c.items(prop(o, 'invalid-params', 'invalid_params'), true) // RFC 7807 example
  c.items(prop(o, 'violations')) // Symfony / API Platform
  c.items(prop(o, 'userErrors')) // Shopify GraphQL
  c.fieldMap(prop(o, 'fieldErrors', 'field_errors')) // Zod flatten, Spring variants
  c.text(prop(o, 'non_field_errors', 'nonFieldErrors', 'formErrors'))
  const data = prop(o, 'data')
  if (prop(o, 'status') === 'fail') {
    // JSend: `data` is a field map, or one error object that names its field.
    if (isRecord(data) && typeof prop(data, 'field') === 'string') c.items([data])
    else c.fieldMap(data)
  }
  c.extras(o, problemShaped)
  if (!isUri && rawType !== undefined) c.code(rawType)
}

/** Codes, messages, field errors, versions and retry hints from a parsed JSON body. */
export function extractFromJson(json: unknown, problemMediaType = false): Extracted {
  const c = new Collector()
  if (isRecord(json)) walkTop(json, c, problemMediaType)
  else if (Array.isArray(json)) c.items(json)
  else c.text(json)
  walkStructure(json, c)
  return c.out
}

/** Most nodes the structural walk visits: a hostile body costs at most this much. */
export const MAX_NODES = 4000
const MAX_DEPTH = 32

// Keys under which errors live, so the keys below them can name fields.
const ERROR_CONTAINER =
  /^(?:errors?|error_?details|errordetails|details?|data|invalid(?:_?fields|_?params)?|invalid-params|field_?errors|fielderrors|validation(?:_?errors)?|validationerrors|violations|failures|causes|errorcauses|issues|problems|messages?|context_?info|errorresponse)$/i
// Keys that never name a field: message, code and bookkeeping members of an error object.
const NOT_A_FIELD =
  /^(?:message|messages|msg|text|title|detail|details|description|reason|error|errors|summary|errorsummary|long_message|defaultmessage|context|context_?info|hint|help|code|codes|rule|rules|keyword|errorcode|error_code|links?|_links|href|url|meta|metadata|extensions|constraints|params|invalid|data|root_?cause|caused_?by|innererror|causes)$/i
// Members that hold the resource or bookkeeping, never errors.
const SKIP_SUBTREE =
  /^(?:current|currentresource|current_resource|existing|latest|server|conflictedresource|_links|links|headers|request|response|identityprofile|trace|stack|stacktrace|debuginfo)$/i

function pathField(path: readonly string[]): string | undefined {
  const at = path.findIndex((k) => ERROR_CONTAINER.test(k))
  if (at < 0) return undefined
  const parts = path.slice(at + 1).filter((k) => !NOT_A_FIELD.test(k) && !ERROR_CONTAINER.test(k))
  return parts.length === 0 ? undefined : normaliseField(parts.join('.'))
}

// A bare string counts as a field's message only when it reads as a sentence (`keycloak` in a
// Kubernetes `details.name` is an identifier, not an error). Scripts written without spaces
// (Chinese, Japanese) read as sentences by their letters alone.
const isSentence = (s: string) =>
  /\p{L}/u.test(s) &&
  (/\s/.test(s) ||
    /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u.test(s))

// Key families the human message is found under, wherever it sits: `message`, `msg`,
// `errorMessage`, `display_message`, `detailedMessage`, `errorDescription`, `errmsg`, `reason`...
// (compared lower-case with `_`/`-` removed).
const MESSAGE_KEY =
  /(?:message|msg|description|detail|reason|explanation|summary|hint)$|^(?:error|err|errortext)$/
// Keys that name a machine code: `code`, `error_code`, `errorCode`, `errcode`, `errorType`, `kind`.
const CODE_KEY =
  /^(?:code|errorcode|errcode|errcode|errortype|errorkind|errorid|subcode|errorsubcode)$/
// Keys walkTop already reads at the top level; reading them again would count them twice.
const TOP_READ = new Set([
  'title',
  'detail',
  'type',
  'instance',
  'status',
  'code',
  'error',
  'reason',
])
const squashKey = (key: string) => key.toLowerCase().replace(/[_-]/g, '')

interface WalkItem {
  value: unknown
  path: readonly string[]
  depth: number
}

/**
 * The structural pass: one bounded, iterative walk (no recursion, so a body nested 100 000 levels
 * deep costs no stack) over every object and string of the body. An object with a message or code
 * becomes a field entry when it names its field (`field`, `path`, `pointer`, `entry`, ...) or when
 * it sits under an error container keyed by field (`errors.email`, `data.name`,
 * `details.password[]`); codes anywhere under error containers are collected too.
 */
function walkStructure(root: unknown, c: Collector): void {
  const stack: WalkItem[] = [{ value: root, path: [], depth: 0 }]
  let visited = 0
  while (stack.length > 0 && visited < MAX_NODES) {
    const { value, path, depth } = stack.pop() as WalkItem
    visited++
    if (depth > MAX_DEPTH || value === c.out.current) continue
    if (Array.isArray(value)) {
      for (let i = Math.min(value.length, MAX_ITEMS) - 1; i >= 0; i--) {
        stack.push({ value: value[i], path, depth: depth + 1 })
      }
      continue
    }
    if (isRecord(value)) {
      if (path.length > 0) structuralEntry(value, path, c)
      generalObject(value, path, c)
      // An object that calls itself an error names its code by id (`sys: { type: "Error", id }`).
      if (/^error$/i.test(str(prop(value, 'type')) ?? ''))
        c.code(idCode(prop(value, 'id')) ?? prop(value, 'id'))
      const keys = Object.keys(value)
      for (let i = Math.min(keys.length, MAX_ITEMS) - 1; i >= 0; i--) {
        const key = keys[i] as string
        if (SKIP_SUBTREE.test(key)) continue
        stack.push({ value: value[key], path: [...path, key], depth: depth + 1 })
      }
      continue
    }
    const text = str(value)
    if (text === undefined) continue
    const key = path[path.length - 1] ?? ''
    if (!isSentence(text)) continue
    const field = /^(?:message|messages|msg|detail|description|error|errors)$/i.test(key)
      ? pathField(path.slice(0, -1))
      : pathField(path)
    if (field !== undefined) c.entry({ field, message: toPlainText(text).slice(0, MAX_MESSAGE) })
  }
}

// Members that carry the resource, never its errors.
const RESOURCE_KEY =
  /^(?:data|result|results|items?|records?|resource|object|payload|value|entity|current)$/i

// Messages and codes by key family in the body itself, in a named envelope one level down
// (`{ "VersionMismatch": { "message": … } }`) and in any object under an error container; an
// object that names its field is a field entry and keeps its message to itself.
function generalObject(o: JsonObject, path: readonly string[], c: Collector): void {
  const inErrors = path.some((p) => ERROR_CONTAINER.test(p) && !/^data$/i.test(p))
  if (path.length > 1 && !inErrors) return
  if (path.length === 1 && !inErrors && RESOURCE_KEY.test(path[0] ?? '')) return
  if (path.length > 0 && (fieldOf(o, false) !== undefined || (inErrors && pathField(path)))) return
  // A field named by an error object that is no field entry itself (GraphQL `extensions.field`,
  // `data.fields: ["name"]`): the body's field, as at the top level.
  if (path.length > 0 && c.out.field === undefined) {
    const listed = prop(o, 'fields', 'attributes')
    const only = Array.isArray(listed) && listed.length === 1 ? listed[0] : undefined
    const named =
      normaliseField(prop(o, 'field', 'param', 'parameter', 'attribute')) ?? normaliseField(only)
    if (named !== undefined) c.out.field = named
  }
  for (const key of Object.keys(o).slice(0, MAX_ITEMS)) {
    const text = str(o[key])
    if (text === undefined) continue
    const k = squashKey(key)
    if (path.length === 0 && TOP_READ.has(k)) continue
    if (MESSAGE_KEY.test(k)) c.text(text)
    else if (CODE_KEY.test(k) && isCodeLike(text)) c.code(text)
  }
}

function structuralEntry(o: JsonObject, path: readonly string[], c: Collector): void {
  const inErrors = path.some((k) => ERROR_CONTAINER.test(k))
  if (!inErrors) return
  const entry = entryFromObject(o)
  entry.field ??= pathField(path)
  // Box `context_info.errors[]: { reason, name: "group_tag_name" }`: the name of a parameter.
  const name = str(prop(o, 'name'))
  if (entry.field === undefined && name !== undefined && prop(o, 'reason') !== undefined) {
    if (/^[a-z][a-z0-9]*(?:_[a-z0-9]+)+$|^[a-z]+(?:[A-Z][a-z0-9]*)+$/.test(name)) entry.field = name
  }
  if (entry.field !== undefined && (entry.message !== undefined || entry.code !== undefined)) {
    c.entry(entry)
    return
  }
  if (entry.code !== undefined) c.code(entry.code)
  // Kratos `ui.messages[]: { id, text, type: "error" }`: a message for the whole form.
  if (entry.message !== undefined) c.text(entry.message)
}
