// Assembles an HttpProblem from a status, response headers and an already-read body.
// Synchronous, so it also serves errors that carry a parsed body (axios, ofetch).
import { decideKind, entryText, findDuplicateEntry, type Decision } from './classify'
import { declaredStatus, type ErrorEnvelope } from './errorEnvelope'
import { matchRule, type ProblemRule } from './problemRule'
import { extractFromJson, type Extracted } from './extract'
import { humaniseCode } from './extract'
import { setOwn, str } from '../json'
import { htmlTitle, toPlainText } from './html'
import type { BodyInfo } from './readBody'
import { parseRetryAfter } from './retryAfter'
import { salvageJsonStrings } from './salvageJson'
import { MAX_SCAN, scan } from './scan'
import { fallbackTitle, fullMessage, isGenericTitle, prefersFallback, statusText } from './titles'
import type { HeadersInput, HttpProblem, ProblemEvidence } from './types'
import {
  fieldFromCode,
  fieldFromConstraint,
  fieldFromRequirement,
  fieldFromSentence,
  fieldFromValidationCode,
  fieldFromWords,
  identityFromText,
} from './wording'
import { xmlFields } from './xml'

/** How a body is read beyond its status, headers and request. */
export interface ReadOptions {
  /** Clock for `Retry-After` dates when the response has no `Date` header. Defaults to `Date.now()`. */
  now?: number
  /** The app's own rules, checked before the built-in reading. Defaults to none. */
  rules?: readonly ProblemRule[]
  /** The response's reason phrase; read as a sentence when it is not the standard one. */
  reason?: string
  /** The 2xx body is this error envelope (see errorEnvelope.ts). */
  envelope?: ErrorEnvelope
}

/** The request a response answers, as far as the classification cares. */
export interface ProblemRequest {
  /** Request method; a POST that hits a 409 is likelier a duplicate. */
  method?: string
  /** Request headers; `If-Match` / `If-Unmodified-Since` make a 409 `stale`. */
  headers?: HeadersInput
  /** The request body carried a version field (optimistic locking in the body). Defaults to `false`. */
  versioned?: boolean
}

const MAX_TITLE = 200
const MAX_DETAIL = 1000
// Cosmos DB appends request diagnostics to the sentence itself. Found without a leading `\s*`,
// which would rescan every run of spaces from each of its positions.
const DIAGNOSTICS = /\b(?:RequestStartTime|RequestEndTime|ActivityId|RequestId)\s*:/

// Trailing spaces, commas and semicolons, removed by a backwards scan (a `[\s,;]+$` pattern would
// retry from every position of a long run).
function trimTrailing(text: string): string {
  let end = text.length
  while (end > 0 && /[\s,;]/.test(text.charAt(end - 1))) end--
  return text.slice(0, end)
}

function withoutDiagnostics(line: string): string {
  const at = DIAGNOSTICS.exec(scan(line))?.index
  return (at === undefined ? line : trimTrailing(line.slice(0, at))).trim()
}

function clip(text: string, max: number): string {
  if (text.length <= max) return text
  const cut = text.slice(0, max - 1)
  const space = cut.lastIndexOf(' ')
  return `${space > max / 2 ? cut.slice(0, space) : cut}…`
}

// Text with no letter or digit (`<`, `}}}`) explains nothing.
const readable = (text: string): string[] => (/[\p{L}\p{N}]/u.test(text) ? [text] : [])

function fromBody(body: BodyInfo): Extracted {
  const empty: Extracted = { codes: [], messages: [], entries: [] }
  switch (body.kind) {
    case 'json':
    case 'problem+json':
      return extractFromJson(body.json, body.kind === 'problem+json')
    case 'xml': {
      const fields = xmlFields(body.text)
      if (Object.keys(fields).length > 0)
        return extractFromJson(fields, /problem/.test(body.contentType))
      return { ...empty, messages: readable(toPlainText(body.text.slice(0, 4000))) }
    }
    case 'html': {
      // Express's res.send('text') is labelled text/html: with no tag in it, it is text.
      if (!/<[A-Za-z!/]/.test(body.text)) {
        return { ...empty, messages: readable(toPlainText(body.text.slice(0, 4000))) }
      }
      const title = htmlTitle(body.text)
      return title ? { ...empty, messages: readable(title) } : empty
    }
    case 'text': {
      // JSON that did not parse is never shown raw: keep what string members survive.
      const salvaged = salvageJsonStrings(body.text)
      if (salvaged) return extractFromJson(salvaged, false)
      return { ...empty, messages: readable(toPlainText(body.text.slice(0, 4000))) }
    }
    default:
      return empty
  }
}

// Request headers that carry the version the client expects (`ES-ExpectedVersion`,
// `X-Expected-Revision`), beside If-Match and If-Unmodified-Since. API versions
// (`Stripe-Version`, `X-Api-Version`) are not resource versions and do not count.
const EXPECTED_VERSION_HEADER = /expected[-_]?(?:version|revision|etag)|(?:^|-)(?:revision|rev)$/i
// Response headers that tell the version the server holds now (`ES-CurrentVersion`).
const CURRENT_VERSION_HEADER = /(?:current|latest|server)[-_]?(?:version|revision|etag)/i

function requestFacts(request: ProblemRequest | undefined) {
  let headers: Headers
  try {
    headers = new Headers(request?.headers)
  } catch {
    headers = new Headers()
  }
  const names: string[] = []
  try {
    headers.forEach((_value, name) => {
      if (names.length < 100) names.push(name)
    })
  } catch {
    // Headers that cannot be listed carry no version header we could read.
  }
  const versionHeader = names.some((n) => EXPECTED_VERSION_HEADER.test(n))
  const conditional =
    headers.has('if-match') ||
    headers.has('if-unmodified-since') ||
    versionHeader ||
    request?.versioned === true
  const preconditioned =
    conditional || headers.has('if-none-match') || headers.has('if-modified-since')
  return {
    method: (request?.method ?? '').toUpperCase(),
    conditional,
    createOnly: headers.get('if-none-match')?.trim() === '*',
    // Only a request whose headers the app handed over can be known to have carried none.
    unconditional: request?.headers !== undefined && !preconditioned,
  }
}

/** The version the server holds now, from a current-version response header (`ES-CurrentVersion`). */
function versionFromHeaders(headers: Headers | null): string | undefined {
  let found: string | undefined
  try {
    headers?.forEach((value, name) => {
      if (found === undefined && CURRENT_VERSION_HEADER.test(name)) found = str(value)
    })
  } catch {
    return undefined
  }
  return found
}

function header(headers: Headers | null, name: string): string | null {
  try {
    return headers?.get(name) ?? null
  } catch {
    return null
  }
}

/**
 * Builds the {@link HttpProblem} for a failed response from its status, headers and body
 * (see {@link readBody}). `now` is used for `Retry-After` dates when the response has no `Date`.
 */
export function problemFromBody(
  status: number,
  headers: Headers | null,
  body: BodyInfo,
  request?: ProblemRequest,
  options: ReadOptions = {},
): HttpProblem {
  const now = options.now ?? Date.now()
  const ex = fromBody(body)
  // NuGet and EventStoreDB put the sentence in the reason phrase and send no body.
  const reason = str(options.reason)
  if (reason !== undefined && reason !== statusText(status) && !isGenericTitle(reason)) {
    const plain = toPlainText(reason).slice(0, MAX_SCAN)
    if (!ex.messages.includes(plain)) ex.messages.push(plain)
  }
  // AWS and Azure also (or only, for HEAD) name the error in a header.
  for (const name of ['x-amzn-errortype', 'x-ms-error-code']) {
    const value = str(header(headers, name))
    const code = value === undefined ? undefined : (/^([^:]+):https?:/.exec(value)?.[1] ?? value)
    if (code !== undefined && !ex.codes.includes(code)) ex.codes.push(code)
  }
  const etag = str(header(headers, 'etag'))
  const currentVersion = etag ?? versionFromHeaders(headers) ?? ex.currentVersion
  const dated = Date.parse(header(headers, 'date') ?? '')
  // Azure sends milliseconds in its own headers (Cosmos DB: `x-ms-retry-after-ms`).
  const msHeader = str(header(headers, 'x-ms-retry-after-ms') ?? header(headers, 'retry-after-ms'))
  const retryAfterMs =
    parseRetryAfter(header(headers, 'retry-after'), Number.isNaN(dated) ? now : dated) ??
    (msHeader !== undefined && /^\d+(?:\.\d+)?$/.test(msHeader)
      ? Math.round(Number(msHeader))
      : undefined) ??
    ex.retryAfterMs
  const texts = [ex.title, ...ex.messages, ex.detail].filter((t): t is string => t !== undefined)
  const facts = requestFacts(request)
  const isJson = body.kind === 'json' || body.kind === 'problem+json'
  const ruled = matchRule(options.rules, {
    status,
    codes: [...ex.codes, ...ex.entries.flatMap((e) => (e.code === undefined ? [] : [e.code]))],
    texts: [...texts, ...ex.entries.map(entryText)],
    json: isJson ? body.json : undefined,
  })
  const decided = decideKind({
    status,
    ...facts,
    codes: ex.codes,
    texts,
    entries: ex.entries,
    structured: body.kind === 'json' || body.kind === 'problem+json' || body.kind === 'xml',
    saysMore: texts.some((t) => !isGenericTitle(t)),
    hasRetryAfter: retryAfterMs !== undefined,
    hasServerVersion: currentVersion !== undefined || ex.current !== undefined,
    ...(ex.field !== undefined ? { hintField: ex.field } : {}),
    ...(options.envelope
      ? { envelope: { declaredStatus: declaredStatus(isJson ? body.json : undefined) } }
      : {}),
  })
  const decision: Decision = ruled
    ? { kind: ruled.rule.kind, by: 'code', ...(decided.code ? { code: decided.code } : {}) }
    : decided
  const { kind } = decision
  // A duplicate found by top-level wording still has its field entry (Laravel's `errors.email`).
  const entry =
    decision.entry ?? (kind === 'duplicate' ? findDuplicateEntry(ex.entries) : undefined)

  let field = ex.field
  let value = ex.value
  if (kind === 'duplicate') {
    const identity = [...texts, ...ex.entries.map((e) => e.message ?? '')]
      .map(identityFromText)
      .find((i) => i !== undefined)
    const code = decision.code ?? ex.codes[0]
    const sentence = texts.map(fieldFromSentence).find((f) => f !== undefined)
    const only = ex.entries.length === 1 ? ex.entries[0] : undefined
    // Most specific first: the entry that said duplicate, a database's key, a field the body
    // names, the only field entry, an identifier word, the noun a sentence says is taken, a code.
    field =
      entry?.field ??
      identity?.field ??
      ex.field ??
      [...texts, ...ex.entries.map(entryText)]
        .map(fieldFromConstraint)
        .find((f) => f !== undefined) ??
      only?.field ??
      texts.map(fieldFromWords).find((f) => f !== undefined) ??
      sentence?.field ??
      (code === undefined ? undefined : fieldFromCode(code)) ??
      texts.map(fieldFromRequirement).find((f) => f !== undefined)
    value =
      entry?.value ??
      identity?.value ??
      ex.value ??
      (sentence?.field === field ? sentence?.value : undefined)
  } else if (kind === 'validation') {
    field ??=
      ex.entries.find((e) => e.field !== undefined)?.field ??
      texts.map(fieldFromRequirement).find((f) => f !== undefined) ??
      ex.codes.map(fieldFromValidationCode).find((f) => f !== undefined)
  }

  if (ruled?.rule.field !== undefined) field = ruled.rule.field

  // Own properties throughout: a field named `__proto__` is a field like any other.
  const fieldErrors: Record<string, string> = {}
  for (const e of ex.entries) {
    if (e.field === undefined || Object.hasOwn(fieldErrors, e.field)) continue
    setOwn(fieldErrors, e.field, e.message ?? (e.code ? humaniseCode(e.code) : 'is invalid'))
  }

  // Title: the most specific server sentence; a kind's own sentence beats a generic one.
  const candidates: string[] = []
  if (ex.title !== undefined) candidates.push(ex.title)
  if (entry?.message !== undefined) candidates.push(fullMessage(entry.field, entry.message))
  candidates.push(...ex.messages)
  if (ex.detail !== undefined) candidates.push(ex.detail)
  const single = ex.entries.length === 1 ? ex.entries[0] : undefined
  if (kind === 'validation' && single?.message !== undefined) {
    candidates.push(fullMessage(single.field, single.message))
  }
  if (ruled?.rule.title !== undefined) candidates.unshift(ruled.rule.title)
  const specific = candidates.find((c) => !isGenericTitle(c))
  const chosen =
    specific ??
    (prefersFallback(kind) ? undefined : candidates[0]) ??
    fallbackTitle(kind, status, field)
  const [firstLine = '', ...rest] = chosen.split('\n')
  // Cosmos DB appends request diagnostics to the sentence itself.
  const sentence = withoutDiagnostics(firstLine.slice(0, MAX_SCAN))
  const title = clip(sentence, MAX_TITLE) || fallbackTitle(kind, status, field)

  const detailText = [ex.detail, rest.join('\n'), ...ex.messages].find(
    (d) => d !== undefined && d !== '' && d !== chosen && d !== title && !isGenericTitle(d),
  )

  if (kind === 'duplicate' && field !== undefined && !Object.hasOwn(fieldErrors, field)) {
    setOwn(fieldErrors, field, title)
  }
  const code = decision.code ?? entry?.code ?? ex.codes[0]
  const problem: HttpProblem = { status, kind, title, raw: isJson ? body.json : body.text }
  if (detailText !== undefined) problem.detail = clip(detailText, MAX_DETAIL)
  if (ex.type !== undefined) problem.type = ex.type
  if (ex.instance !== undefined) problem.instance = ex.instance
  if (code !== undefined) problem.code = code
  if (field !== undefined) problem.field = field
  if (value !== undefined) problem.value = value
  if (Object.keys(fieldErrors).length > 0) problem.fieldErrors = fieldErrors
  if (currentVersion !== undefined) problem.currentVersion = currentVersion
  if (ex.current !== undefined) problem.current = ex.current
  if (retryAfterMs !== undefined) problem.retryAfterMs = retryAfterMs
  problem.evidence = evidenceOf(ruled?.index, decision, options.envelope)
  return problem
}

function evidenceOf(
  ruleIndex: number | undefined,
  decision: Decision,
  envelope: ErrorEnvelope | undefined,
): ProblemEvidence {
  const evidence: ProblemEvidence =
    ruleIndex !== undefined
      ? { by: 'rule', value: String(ruleIndex) }
      : { by: decision.by, ...(decision.value ? { value: clip(decision.value, MAX_TITLE) } : {}) }
  if (envelope !== undefined) evidence.envelope = envelope
  return evidence
}
