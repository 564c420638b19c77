// Decides the kind of a failed write, in one scored decision a reader can follow.
//
// Every piece of evidence votes for a kind with a weight:
//   the request settles it outright       412 to `If-None-Match: *` -> duplicate
//   a specific machine code               10 (`user_exists`, `ConditionNotMet`, `path/conflict`)
//   a field entry's code                   8 (`errors[].code: "taken"`, `data.name.code`)
//   the title                              5 (each kind its wording matches)
//   every other sentence                   4
//   a field entry's wording                3
//   a generic code                         2 (`ABORTED` -> stale, `FAILED_PRECONDITION` -> state)
//   the error carried a version            2 for stale (409/412)
//   Retry-After on a 409                   2 for busy
//   the status with method and headers     1 (412 -> stale, conditional 409 -> stale, a create
//                                            that hits a 409 -> duplicate, 422 -> validation)
//   a version field's entry says mismatch 6 for stale (`{ version: "doesn't match the current one" }`)
// The kind with the highest total wins; a tie goes to the stronger single piece of evidence.
// A DELETE cannot create a duplicate: its "exists" / "in use" evidence says something still
// depends on the resource, a state conflict. A 412 to a request that carried no precondition at
// all is precondition-required (the server demands one), not stale. A 2xx error envelope is
// decided by its body alone, with the status it declares (if any) as the prior.
// 423, 425 and 429 are always busy and 428 always precondition-required. Outside the statuses whose
// body decides (400, 405, 409, 412, 422), only duplicate and precondition-required codes or
// wording change the answer (a database's duplicate-key error passed on as a 500 or 423).
import type { FieldEntry } from './extract'
import type { ProblemKind } from './types'
import { scan } from './scan'
import { kindFromCode, kindsFromText, kindFromWeakCode, type SignalKind } from './wording'

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
  /** The title first, then the body's other sentences. */
  texts: string[]
  entries: FieldEntry[]
  /** The body was JSON or XML, not a page or plain text. */
  structured: boolean
  hasRetryAfter: boolean
  /** The error response told its current version or representation. */
  hasServerVersion: boolean
  /** The body named a field outside any per-field list. */
  hintField?: string
  /** The body says something beyond its status (not only "Conflict", "409", "Error"). */
  saysMore?: boolean
  /** The request's headers were given and carried no precondition of any kind. */
  unconditional?: boolean
  /** A 2xx body was an error envelope; decide by the body, with this declared status if any. */
  envelope?: { declaredStatus?: number }
}

/** What kind of evidence decided: a code, a sentence, a field entry, the status or the request. */
export type DecidedBy = 'code' | 'wording' | 'field' | 'status' | 'request'

/** The kind, and what decided it. */
export interface Decision {
  kind: ProblemKind
  /** The code that decided, if a code did. */
  code?: string
  /** The field entry that decided (a duplicate inside a validation list). */
  entry?: FieldEntry
  by: DecidedBy
  /** The code, sentence or field that decided. */
  value?: string
}

// Statuses whose body decides between conflict kinds. 405 is GitHub's "not mergeable".
const BODY_DECIDES = new Set([400, 405, 409, 412, 422])
// Evidence that may move any other error status (a 500 or 423 carrying a duplicate-key error).
const CROSSES_STATUS = new Set<SignalKind>(['duplicate', 'precondition-required'])

interface Vote {
  kind: SignalKind
  weight: number
  by: DecidedBy
  value: string
  code?: string
  entry?: FieldEntry
}

// Fields that hold the resource's version: an entry about one is about a stale write.
const VERSION_FIELD =
  /^(?:version|rev|revision|etag|lockversion|versionnumber|rowversion|sequencenumber)$/
const SAYS_MISMATCH =
  /\b(?:match|current|conflict|stale|outdated|changed|modified|differ|expected|newer|older|mismatch)/i

/** The text a field entry offers as evidence: its message and any other sentence it carries. */
export function entryText(e: FieldEntry): string {
  return [e.message, e.also].filter((t) => t !== undefined).join(' ')
}

/** The first entry whose code or wording says duplicate. */
export function findDuplicateEntry(entries: FieldEntry[]): FieldEntry | undefined {
  return (
    entries.find((e) => e.code !== undefined && kindFromCode(e.code) === 'duplicate') ??
    entries.find((e) => kindsFromText(entryText(e)).includes('duplicate'))
  )
}

// When one sentence matches several kinds, the most specific reading wins: "version conflict,
// document already exists" is a duplicate, "version mismatch caused by a concurrent modification"
// is stale.
const SENTENCE_PRIORITY: SignalKind[] = [
  'precondition-required',
  'duplicate',
  'stale',
  'state',
  'busy',
]

function sentenceKind(text: string): SignalKind | undefined {
  const kinds = kindsFromText(text)
  return SENTENCE_PRIORITY.find((k) => kinds.includes(k))
}

function votes(input: ClassifyInput): Vote[] {
  const out: Vote[] = []
  input.codes.forEach((code, i) => {
    const kind = kindFromCode(code)
    // The first code is the body's own; later ones (headers, nested causes) weigh a little less.
    if (kind) out.push({ kind, weight: i === 0 ? 10 : 9, by: 'code', value: code, code })
  })
  for (const entry of input.entries) {
    const kind = entry.code === undefined ? null : kindFromCode(entry.code)
    if (kind) {
      const value = entry.field ?? entry.code ?? ''
      out.push({
        kind,
        weight: 8,
        by: 'field',
        value,
        entry,
        ...(entry.code ? { code: entry.code } : {}),
      })
    }
  }
  input.texts.forEach((text, i) => {
    const kind = sentenceKind(text)
    if (kind) out.push({ kind, weight: i === 0 ? 5 : 4, by: 'wording', value: text })
  })
  for (const entry of input.entries) {
    const text = entryText(entry)
    const kind = sentenceKind(text)
    if (kind) out.push({ kind, weight: 3, by: 'field', value: entry.field ?? text, entry })
    const field = entry.field?.split('.').pop()?.toLowerCase().replace(/[_-]/g, '')
    if (field !== undefined && VERSION_FIELD.test(field) && SAYS_MISMATCH.test(scan(text))) {
      out.push({ kind: 'stale', weight: 6, by: 'field', value: entry.field ?? field, entry })
    }
  }
  for (const code of input.codes) {
    const kind = kindFromWeakCode(code)
    if (kind) out.push({ kind, weight: 2, by: 'code', value: code, code })
  }
  // Deleting cannot duplicate anything: "exists" or "in use" there means something depends on it.
  if (input.method === 'DELETE') {
    for (const v of out) if (v.kind === 'duplicate') v.kind = 'state'
  }
  return out
}

// A create: POST, or a PUT that carries no version (it names the resource it wants to exist).
const isCreate = (input: ClassifyInput) =>
  input.method === 'POST' || (input.method === 'PUT' && !input.conditional)

function byStatus(input: ClassifyInput): ProblemKind {
  const { status } = input
  if (status === 412) return 'stale'
  if (status === 409) {
    if (input.conditional) return 'stale'
    if (input.hasRetryAfter) return 'busy'
    if ((input.method === 'PUT' || input.method === 'PATCH') && input.hasServerVersion) {
      return 'stale'
    }
    // A create that hits a conflict with a generic body ("Conflict", a bare code) has most often
    // hit an existing one. An empty body says nothing, and a specific sentence that no rule
    // reads ("Unknown sender id") is not evidence of a duplicate.
    const generic = input.codes.length > 0 || (input.structured && !input.saysMore)
    if (isCreate(input) && (generic || input.hintField !== undefined || input.entries.length > 0)) {
      return 'duplicate'
    }
    return 'unknown'
  }
  if (status === 422) return 'validation'
  if (status === 400) {
    // A versioned write answered with the server's current version and nothing else is stale.
    if (input.conditional && input.hasServerVersion && !input.saysMore) return 'stale'
    // A bare 400 page from a proxy is not a form problem.
    return input.structured || input.entries.length > 0 ? 'validation' : 'other'
  }
  return 'other'
}

function tally(all: Vote[], prior: ProblemKind, input: ClassifyInput): Decision {
  const score = new Map<ProblemKind, number>()
  const best = new Map<ProblemKind, Vote>()
  const add = (kind: ProblemKind, weight: number, vote?: Vote) => {
    score.set(kind, (score.get(kind) ?? 0) + weight)
    if (vote && (best.get(kind)?.weight ?? 0) < vote.weight) best.set(kind, vote)
  }
  for (const v of all) add(v.kind, v.weight, v)
  const versioned = input.status === 409 || input.status === 412 || input.conditional
  if (input.hasServerVersion && versioned) add('stale', 2)
  if (input.hasRetryAfter && input.status === 409) add('busy', 2)
  add(prior, 1)
  let kind: ProblemKind = prior
  for (const [k, s] of score) {
    const current = score.get(kind) ?? 0
    const tieBreak = (best.get(k)?.weight ?? 0) > (best.get(kind)?.weight ?? 0)
    if (s > current || (s === current && tieBreak)) kind = k
  }
  const decisive = best.get(kind)
  return {
    kind,
    by: decisive?.by ?? 'status',
    ...(decisive ? { value: decisive.value } : {}),
    ...(decisive?.code ? { code: decisive.code } : {}),
    ...(decisive?.entry ? { entry: decisive.entry } : {}),
  }
}

/** Decides the {@link ProblemKind} of a failed response. */
export function decideKind(input: ClassifyInput): Decision {
  const { status } = input
  if (input.envelope) {
    const declared = input.envelope.declaredStatus
    const prior = declared === undefined ? 'other' : byStatus({ ...input, status: declared })
    return tally(votes(input), prior, input)
  }
  if (status === 428) return { kind: 'precondition-required', by: 'status' }
  if (status === 423 || status === 425 || status === 429) {
    const dup = tally(
      votes(input).filter((v) => v.kind === 'duplicate' && v.weight >= 4),
      'busy',
      input,
    )
    return dup.kind === 'duplicate' ? dup : { kind: 'busy', by: 'status' }
  }
  if (status === 503) {
    const code = input.codes.find((c) => kindFromCode(c) === 'busy')
    const text = input.texts.find((t) => kindsFromText(t).includes('busy'))
    if (code !== undefined) return { kind: 'busy', by: 'code', value: code, code }
    if (text !== undefined) return { kind: 'busy', by: 'wording', value: text }
    return { kind: input.hasRetryAfter ? 'busy' : 'other', by: 'status' }
  }
  if (status === 412 && input.createOnly) return { kind: 'duplicate', by: 'request' }
  // The same answer as a stale write, to a request that claimed no version: the server wants one.
  if (status === 412 && input.unconditional) {
    return { kind: 'precondition-required', by: 'request' }
  }
  if (!BODY_DECIDES.has(status)) {
    const strong = votes(input).filter((v) => CROSSES_STATUS.has(v.kind) && v.weight >= 4)
    return strong.length > 0 ? tally(strong, 'other', input) : { kind: 'other', by: 'status' }
  }
  return tally(votes(input), byStatus(input), input)
}
