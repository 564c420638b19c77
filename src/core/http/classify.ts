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
// The kind with the highest total wins; a tie goes to the stronger single piece of evidence.
// 423, 425 and 429 are always busy and 428 always precondition-required. Outside the statuses whose
// body decides (400, 405, 409, 412, 422), only duplicate and precondition-required codes or
// wording change the answer (a database's duplicate-key error passed on as a 500 or 423).
import type { FieldEntry } from './extract'
import type { ProblemKind } from './types'
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
// Evidence that may move any other error status (a 500 or 423 carrying a duplicate-key error).
const CROSSES_STATUS = new Set<SignalKind>(['duplicate', 'precondition-required'])

interface Vote {
  kind: SignalKind
  weight: number
  code?: string
  entry?: FieldEntry
}

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
    if (kind) out.push({ kind, weight: i === 0 ? 10 : 9, code })
  })
  for (const entry of input.entries) {
    const kind = entry.code === undefined ? null : kindFromCode(entry.code)
    if (kind) out.push({ kind, weight: 8, entry, ...(entry.code ? { code: entry.code } : {}) })
  }
  input.texts.forEach((text, i) => {
    const kind = sentenceKind(text)
    if (kind) out.push({ kind, weight: i === 0 ? 5 : 4 })
  })
  for (const entry of input.entries) {
    const kind = sentenceKind(entryText(entry))
    if (kind) out.push({ kind, weight: 3, entry })
  }
  for (const code of input.codes) {
    const kind = kindFromWeakCode(code)
    if (kind) out.push({ kind, weight: 2, code })
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
  if (input.hasServerVersion && (input.status === 409 || input.status === 412)) add('stale', 2)
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
    ...(decisive?.code ? { code: decisive.code } : {}),
    ...(decisive?.entry ? { entry: decisive.entry } : {}),
  }
}

/** Decides the {@link ProblemKind} of a failed response. */
export function decideKind(input: ClassifyInput): Decision {
  const { status } = input
  if (status === 428) return { kind: 'precondition-required' }
  if (status === 423 || status === 425 || status === 429) {
    const dup = tally(
      votes(input).filter((v) => v.kind === 'duplicate' && v.weight >= 4),
      'busy',
      input,
    )
    return dup.kind === 'duplicate' ? dup : { kind: 'busy' }
  }
  if (status === 503) {
    const busy =
      input.hasRetryAfter ||
      input.codes.some((c) => kindFromCode(c) === 'busy') ||
      input.texts.some((t) => kindsFromText(t).includes('busy'))
    return { kind: busy ? 'busy' : 'other' }
  }
  if (status === 412 && input.createOnly) return { kind: 'duplicate' }
  if (!BODY_DECIDES.has(status)) {
    const strong = votes(input).filter((v) => CROSSES_STATUS.has(v.kind) && v.weight >= 4)
    return strong.length > 0 ? tally(strong, 'other', input) : { kind: 'other' }
  }
  return tally(votes(input), byStatus(input), input)
}
