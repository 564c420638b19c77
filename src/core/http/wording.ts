// What machine codes and server wording say about the kind of conflict. Codes are compared
// squashed (`user_already_exists`, `UserAlreadyExists` and `USER-ALREADY-EXISTS` are the same).
import { FIELD_PATTERNS, KIND_PATTERNS, STATE_WORDS } from './lexicon'
import { scan } from './scan'
import type { ProblemKind } from './types'

/** Kinds that codes and wording can point at. */
export type SignalKind = Extract<
  ProblemKind,
  'precondition-required' | 'busy' | 'duplicate' | 'stale' | 'state'
>

/** Lower-case, letters and digits only. */
export function squash(code: string): string {
  return code.toLowerCase().replace(/[^a-z0-9]/g, '')
}

// Checked in this order: the first kind that matches wins.
const CODE_RULES: Array<[SignalKind, RegExp]> = [
  [
    'precondition-required',
    /preconditionrequired|ifmatchrequired|missingifmatch|etagrequired|contentnoversion|versionrequired/,
  ],
  [
    'busy',
    /idempotency(?:key)?(?:inuse|inprogress|conflict)|requestinprogress|operationinprogress|conflictingoperation|operationaborted|transactionconflict|lockconflict|locktimeout|resourcelocked|leasealreadypresent|ratelimit|throttl|toomanyrequests|slowdown|serverbusy|^40001$|^40p01$|^55p03$|resourcebusy|conditionalrequestconflict|tryagainlater|retrylater|contend|contention|deadlock|notready|notyetready|stillprocessing|^busy$/,
  ],
  [
    'duplicate',
    /duplicate|alreadyexist|exists?(?:exception|error)?$|alreadyowned|alreadyinuse|inuseexception|alreadyassigned|^existing(?:user|account|email|login)|pathconflict|conflictfile|conflictfolder|alreadyregistered|identificationclaimed|alreadytaken|taken$|unique|inuse$|already(?:uploaded|added|created|pushed|imported|invited|subscribed|member)|^23505$|^e?11000$|^23bd9dbf6b9b41cda99e4844bcf3077f$/,
  ],
  [
    'stale',
    /preconditionfailed|conditionnotmet|conditionfailed|conditionalcheckfailed|versionmismatch|etagmismatch|revisionmismatch|shamismatch|staleobject|^stale|outdated|outofdate|editconflict|updateconflict|writeconflict|optimisticlock|wrongexpectedversion|mismatchedetag|midaircollision|concurrentupdate|unexpectedrevision/,
  ],
  [
    'state',
    new RegExp(
      `invalidstate|invalidtransition|statetransition|illegalstate|unexpectedstate|incorrectstate|wrongstate|notmergeable|invalidstatus|noteditable|already(?:${STATE_WORDS})|(?:not|cannot|non)(?:cancel|refund|modif|edit|resum|delet)|toolate|tooearly`,
    ),
  ],
]

// Codes too generic to decide on their own: used only when no wording settles the kind.
const WEAK_CODE_RULES: Array<[SignalKind, RegExp]> = [
  ['stale', /^aborted$|versionconflict/],
  // commercetools sends it for a stale version, Paddle for a request still in flight.
  ['busy', /concurrentmodification/],
  ['state', /^failedprecondition$/],
]

const NOT_DUPLICATE = /notexist|doesnotexist|noexist|notfound|missing/

function matchRules(rules: Array<[SignalKind, RegExp]>, code: string): SignalKind | null {
  const s = squash(code)
  if (s === '') return null
  for (const [kind, re] of rules) {
    if (kind === 'duplicate' && NOT_DUPLICATE.test(s)) continue
    if (re.test(s)) return kind
  }
  return null
}

/** The kind a specific machine code stands for, or null. */
export function kindFromCode(code: string): SignalKind | null {
  return matchRules(CODE_RULES, code)
}

/** The kind a generic code (`ABORTED`, `FAILED_PRECONDITION`, `version_conflict...`) leans to. */
export function kindFromWeakCode(code: string): SignalKind | null {
  return matchRules(WEAK_CODE_RULES, code)
}

/** Every kind a server sentence's wording points at, in rule order. */
export function kindsFromText(text: string): SignalKind[] {
  const t = scan(text)
  return KIND_PATTERNS.filter(([, re]) => re.test(t)).map(([kind]) => kind)
}

/** The identifier a squashed code names (`EMAIL_EXISTS` -> `email`), or undefined. */
export function fieldFromCode(code: string): string | undefined {
  const s = squash(code)
  if (s.includes('email')) return 'email'
  if (s.includes('username')) return 'username'
  if (s.includes('phone')) return 'phone'
  // `DUPLICATE_INVOICE_ID` -> `invoice_id`, `Conflict.DuplicateName` -> `name`.
  const words = code
    .replace(/([a-z0-9])([A-Z])/g, '$1_$2')
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter((w) => w !== '' && !CODE_NOISE.has(w))
  // A code carrying an id (`proj_abc123xyz`) names no field.
  const idLike = words.some((w) => /[a-z]/.test(w) && /\d/.test(w))
  if (
    idLike ||
    words.length === 0 ||
    words.length > 3 ||
    words.every((w) => GENERIC_NOUNS.has(w))
  ) {
    return undefined
  }
  return words.join('_')
}

// Words of a duplicate code that are not the field's name.
const CODE_NOISE = new Set(
  'duplicate duplicated duplicates already exists exist existing taken in use used unique not conflict conflicts error errors exception value found owned by you is has been the a'.split(
    ' ',
  ),
)
// Nouns that name the resource, not one of its fields.
const GENERIC_NOUNS = new Set(
  'user users account resource entity object record item entry data request member document doc key identifier field'.split(
    ' ',
  ),
)

/**
 * The field a sentence names when it says what is taken: `The name X is already assigned`,
 * `A resource with the requested name already exists`, `Book with ISBN 978… already exists`,
 * `cptag already exists`. Field and value as the server wrote them; undefined for a sentence
 * about the resource as a whole ("User already exists").
 */
export function fieldFromSentence(text: string): { field: string; value?: string } | undefined {
  const t = scan(text, 500)
  const named =
    /\b[Tt]he (?:[a-z]+ )?([a-z][\w-]*) ['"]?([^\s'"]+)['"]? (?:is|has) already\b/.exec(t) ??
    /\bwith (?:the |this |that )?(?:same |requested |given |provided )?([A-Za-z][\w-]*) ([^\s]+ )?(?:already exists?|is already)/.exec(
      t,
    ) ??
    /^(?:[Tt]he |[Tt]his |[Yy]our )?(?:[A-Za-z]+ )?([A-Za-z][\w-]*) (?:already exists?|is already (?:taken|in use|registered)|has already been taken)/.exec(
      t,
    ) ??
    // "…already have a repository with this name", "…an app with this name".
    /\bwith (?:this|that|the same|the given|the provided) ([a-z][\w-]*)\b/.exec(t)
  const field = named?.[1]
  if (field === undefined || GENERIC_NOUNS.has(field.toLowerCase())) return undefined
  const value = named?.[2]?.trim()
  return value && !/^(?:already|is|has)$/.test(value)
    ? { field: field.toLowerCase(), value }
    : { field: field.toLowerCase() }
}

/**
 * The field a sentence names by a field word beside a quoted name, in either order:
 * `Username field 'username' is required.`, `Missing 'content' argument`,
 * `property "name"=[test]`.
 */
export function fieldFromRequirement(text: string): string | undefined {
  const t = scan(text, 500)
  return (
    /\b(?:field|parameter|param|property|attribute|argument|arg|key)s? ['"`]([A-Za-z_][\w.]*)['"`]/.exec(
      t,
    )?.[1] ??
    /['"`]([A-Za-z_][\w.]*)['"`] (?:field|parameter|param|property|attribute|argument)\b/.exec(
      t,
    )?.[1]
  )
}

// Words of a validation code that say what is wrong, not which field.
const VALIDATION_NOISE = new Set(
  'invalid missing required empty blank null too long short format value type malformed unknown not allowed error'.split(
    ' ',
  ),
)

/** The field a validation code names: `invalid_dueDate` -> `dueDate`, `EMAIL_REQUIRED` -> `email`. */
export function fieldFromValidationCode(code: string): string | undefined {
  const parts = code.split(/[^A-Za-z0-9]+/).filter((w) => w !== '')
  if (parts.length < 2 || parts.length > 4) return undefined
  const rest = parts.filter((w) => !VALIDATION_NOISE.has(w.toLowerCase()))
  if (rest.length !== 1 || rest.length === parts.length) return undefined
  const field = rest[0] as string
  return GENERIC_NOUNS.has(field.toLowerCase()) ? undefined : field
}

/** The identifier a duplicate message mentions (`A user with that username already exists`). */
export function fieldFromWords(text: string): string | undefined {
  const t = scan(text)
  let best: { at: number; field: string } | undefined
  for (const [name, re] of FIELD_PATTERNS) {
    const m = re.exec(t)
    if (m && (best === undefined || m.index < best.at)) {
      best = { at: m.index, field: name || m[0].toLowerCase() }
    }
  }
  return best?.field
}

/** Field and value named by a database's duplicate-key message, if the server passed one on. */
export function identityFromText(raw: string): { field: string; value?: string } | undefined {
  const text = scan(raw)
  // Postgres: Key (email)=(a@b.com) already exists.   Composite keys: the last column.
  const pg = /Key \(([^)]+)\)=\((.*)\) already exists/.exec(text)
  if (pg?.[1] !== undefined) {
    const columns = pg[1].split(',').map((c) => c.trim().replace(/^"|"$/g, ''))
    const field = columns[columns.length - 1] ?? pg[1]
    return columns.length === 1 && pg[2] !== undefined ? { field, value: pg[2] } : { field }
  }
  // MySQL: Duplicate entry 'a@b.com' for key 'users.users_email_unique'
  const my = /Duplicate entry '(.*)' for key '([^']+)'/.exec(text)
  if (my?.[2] !== undefined) {
    const [table, index] = my[2].includes('.') ? my[2].split('.', 2) : ['', my[2]]
    let field = (index ?? '').replace(/_(?:unique|key|uniq|idx|index)$/i, '')
    if (table && field.startsWith(`${table}_`)) field = field.slice(table.length + 1)
    return { field, ...(my[1] !== undefined ? { value: my[1] } : {}) }
  }
  // Salesforce: duplicate value found: Email_2__c duplicates value on record with id: 00Q…
  const sf = /duplicate value found: (\w+) duplicates value/.exec(text)
  if (sf?.[1] !== undefined) return { field: sf[1] }
  // SQLite: UNIQUE constraint failed: users.email
  const lite = /UNIQUE constraint failed: (?:\w+\.)?(\w+)/.exec(text)
  if (lite?.[1] !== undefined) return { field: lite[1] }
  // MongoDB: E11000 duplicate key error ... dup key: { email: "a@b.com" }
  const mongo = /dup key: \{ ?"?([\w.]+)"?: "?([^"}]*?)"? ?\}/.exec(text)
  if (mongo?.[1] !== undefined) return { field: mongo[1], value: mongo[2] ?? '' }
  return undefined
}

/** The column a conventionally named unique constraint names (`users_email_key` -> `email`). */
export function fieldFromConstraint(raw: string): string | undefined {
  const constraint = /unique constraint "([A-Za-z0-9_]{1,120})"/.exec(scan(raw))?.[1]
  if (constraint === undefined) return undefined
  let name = constraint
  for (let i = 0; i < 3; i++)
    name = name.replace(/_(?:key|pkey|unique|uniq|idx|index|ukey|uk)$/i, '')
  const parts = name.split('_')
  return parts.length >= 2 && name !== constraint ? parts.slice(1).join('_') : undefined
}
