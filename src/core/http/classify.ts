// Decides the kind of a failed write. Order: the request itself when it settles the question
// (412 to `If-None-Match: *`), specific body codes, server wording, generic codes, and last the
// status with the method and request headers.
import type { FieldEntry } from './extract'
import type { ProblemKind } from './types'
import { kindFromCode, kindFromText, kindFromWeakCode, type SignalKind } from './wording'

/** What the decision looks at. */
export interface ClassifyInput {
  status: number
  /** Upper-case request method, `''` when unknown. */
  method: string
  /** The request carried `If-Match` or `If-Unmodified-Since`, or a version in its body. */
  conditional: boolean
  /** The request carried `If-None-Match: *` (create only if absent). */
  createOnly: boolean
  codes: string[]
  /** Human sentences from the body, most important first. */
  texts: string[]
  entries: FieldEntry[]
  /** The body was JSON or XML, not a page or plain text. */
  structured: boolean
  hasRetryAfter: boolean
  /** The error response told its current version or representation. */
  hasServerVersion: boolean
  /** The body named a field outside any per-field list. */
  hintField?: string
}

/** The kind, and what decided it. */
export interface Decision {
  kind: ProblemKind
  /** The code that decided, if a code did. */
  code?: string
  /** The field entry that decided (a duplicate inside a validation list). */
  entry?: FieldEntry
}

// Statuses whose body decides between conflict kinds. 405 is GitHub's "not mergeable".
const BODY_DECIDES = new Set([400, 405, 409, 412, 422])

function fromCodes(codes: string[], rule: (code: string) => SignalKind | null): Decision | null {
  for (const code of codes) {
    const kind = rule(code)
    if (kind) return { kind, code }
  }
  return null
}

function duplicateEntry(entries: FieldEntry[], byCode: boolean): FieldEntry | undefined {
  return entries.find((e) =>
    byCode
      ? e.code !== undefined && kindFromCode(e.code) === 'duplicate'
      : e.message !== undefined && kindFromText(e.message) === 'duplicate',
  )
}

/** The first entry whose code or wording says duplicate. */
export function findDuplicateEntry(entries: FieldEntry[]): FieldEntry | undefined {
  return duplicateEntry(entries, true) ?? duplicateEntry(entries, false)
}

function byStatus(input: ClassifyInput): ProblemKind {
  const { status, method } = input
  if (status === 412) return 'stale'
  if (status === 409) {
    if (input.conditional) return 'stale'
    if (input.hasRetryAfter) return 'busy'
    if (method === 'POST' && (input.hintField !== undefined || input.entries.length > 0)) {
      return 'duplicate'
    }
    if ((method === 'PUT' || method === 'PATCH') && input.hasServerVersion) return 'stale'
    return 'unknown'
  }
  if (status === 422) return 'validation'
  if (status === 400) {
    // A bare 400 page from a proxy is not a form problem.
    return input.structured || input.entries.length > 0 ? 'validation' : 'other'
  }
  return 'other'
}

/** Decides the {@link ProblemKind} of a failed response. */
export function decideKind(input: ClassifyInput): Decision {
  const { status } = input
  if (status === 428) return { kind: 'precondition-required' }
  if (status === 423 || status === 425 || status === 429) return { kind: 'busy' }
  if (status === 503) {
    const busy =
      input.hasRetryAfter ||
      fromCodes(input.codes, kindFromCode)?.kind === 'busy' ||
      input.texts.some((t) => kindFromText(t) === 'busy')
    return { kind: busy ? 'busy' : 'other' }
  }
  if (!BODY_DECIDES.has(status)) return { kind: 'other' }
  if (status === 412 && input.createOnly) return { kind: 'duplicate' }

  const byCode = fromCodes(input.codes, kindFromCode)
  if (byCode) return byCode
  const codedEntry = duplicateEntry(input.entries, true)
  if (codedEntry)
    return {
      kind: 'duplicate',
      ...(codedEntry.code ? { code: codedEntry.code } : {}),
      entry: codedEntry,
    }
  for (const text of input.texts) {
    const kind = kindFromText(text)
    if (kind) return { kind }
  }
  const wordedEntry = duplicateEntry(input.entries, false)
  if (wordedEntry) return { kind: 'duplicate', entry: wordedEntry }
  const weak = fromCodes(input.codes, kindFromWeakCode)
  if (weak) return weak
  return { kind: byStatus(input) }
}
