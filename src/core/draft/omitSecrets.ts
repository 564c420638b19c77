import { getAtPath } from '../merge/getAtPath'
import { setOwn } from '../json'
import { setAtPath } from '../merge/setAtPath'
import type { MergePath } from '../merge/types'

// Which fields a stored draft leaves out: the rule, as data.
//
// A field name is cut into words: at camelCase and acronym boundaries (`APIToken` -> api,
// token), at a letter followed by a digit (`cvv2` -> cvv, 2), and at anything that is not a
// letter or digit (`x-api-key`, `pass_word`). A run of lowercase letters with no boundary
// (`newpassword`, `apikey`) is cut into words of the lexicon below when, and only when, all of
// it can be: `newpassword` is new + password, but `passage` (pass + age), `compass` and
// `secretary` hold letters no lexicon word accounts for, so they stay one ordinary word.
// A word ending in `s` or `es` also counts as its singular (`passwords`, `tokens`, `keys`).
//
// The name is secret when one of its words is a SECRET_WORD, or two neighbouring words form a
// SECRET_PAIR (`apiKey`, `card_number`, `securityCode`). MODIFIERS are words that may stand
// beside a secret in a lowercase run (`confirmpassword`, `accesstoken`) but mean nothing alone.
// So `key`, `code`, `number` or `card` alone are not secrets, and neither is `tokenizer`
// (token + izer is not all lexicon) nor `passwordless` (a setting, not a password).
//
// Besides names, an object that names a field (`{ name: 'password', value }`, `{ key:
// 'api-token', value }`, `{ type: 'password', value }`) has its `value` left out. The app adds
// its own names (matched by the same words) and exact paths (`SecretFields`).

/** Words that make a field secret on their own: credentials, one-time codes, card codes. */
const SECRET_WORDS = [
  'password',
  'passwd',
  'pwd',
  'pw',
  'pass',
  'passcode',
  'passphrase',
  'secret',
  'token',
  'jwt',
  'credential',
  'creds',
  'otp',
  'totp',
  'hotp',
  'pin',
  'cvv',
  'cvc',
  'cvn',
  'csc',
  'ssn',
]

/** Two words that together name a secret, though neither does alone. */
const SECRET_PAIRS = [
  ['api', 'key'],
  ['private', 'key'],
  ['access', 'key'],
  ['signing', 'key'],
  ['encryption', 'key'],
  ['master', 'key'],
  ['security', 'code'],
  ['card', 'code'],
  ['verification', 'code'],
  ['auth', 'code'],
  ['mfa', 'code'],
  ['2fa', 'code'],
  ['recovery', 'code'],
  ['backup', 'code'],
  ['reset', 'code'],
  ['access', 'code'],
  ['card', 'number'],
  ['card', 'num'],
  ['card', 'no'],
  ['cc', 'number'],
  ['cc', 'num'],
  ['credit', 'card'],
  ['social', 'security'],
  ['security', 'answer'],
]

/** Words that may stand beside a secret word inside one lowercase run. */
const MODIFIERS = [
  'new',
  'old',
  'current',
  'previous',
  'confirm',
  'confirmation',
  'repeat',
  'retype',
  'verify',
  'user',
  'admin',
  'account',
  'login',
  'x',
  'my',
  'client',
  'app',
  'access',
  'refresh',
  'id',
  'auth',
  'bearer',
  'session',
  'temp',
  'one',
  'time',
  'hash',
  'hashed',
  'encrypted',
  'value',
]

const secretWords = new Set(SECRET_WORDS)
const pairs = new Set(SECRET_PAIRS.map(([a, b]) => `${a} ${b}`))
const lexicon = new Set([...SECRET_WORDS, ...SECRET_PAIRS.flat(), ...MODIFIERS])
// Longest lexicon word: bounds the split of a lowercase run.
const LONGEST = Math.max(...[...lexicon].map((word) => word.length))

/** The lexicon word a word stands for: itself, or its singular (`tokens`, `passes`). */
function known(word: string): string | null {
  if (lexicon.has(word)) return word
  if (word.endsWith('es') && lexicon.has(word.slice(0, -2))) return word.slice(0, -2)
  if (word.endsWith('s') && lexicon.has(word.slice(0, -1))) return word.slice(0, -1)
  return null
}

/**
 * A lowercase run as lexicon words, or null when some letters belong to none. Tries the
 * longest word first at each point, backtracking; `failed` remembers the points from which
 * no split exists, so no point is tried twice.
 */
function splitRun(run: string, from = 0, failed = new Set<number>()): string[] | null {
  if (from === run.length) return []
  if (failed.has(from)) return null
  for (let end = Math.min(run.length, from + LONGEST + 2); end > from; end--) {
    const word = known(run.slice(from, end))
    if (word === null) continue
    const rest = splitRun(run, end, failed)
    if (rest) return [word, ...rest]
  }
  failed.add(from)
  return null
}

// Runs longer than this are prose or data, not a field name: they are not split further.
const MAX_RUN = 64

/** The words of a field name, lowercased, each as its lexicon word where it has one. */
export function secretWordsOf(name: string): string[] {
  const parts = name
    .replace(/([A-Z]+)([A-Z][a-z])/g, '$1 $2')
    .replace(/([a-z\d])([A-Z])/g, '$1 $2')
    .replace(/([a-zA-Z])(\d)/g, '$1 $2')
    .toLowerCase()
    .split(/[^a-z\d]+/)
    .filter(Boolean)
  return parts.flatMap((part) => {
    const word = known(part)
    if (word !== null) return [word]
    return part.length <= MAX_RUN && /^[a-z]+$/.test(part) ? (splitRun(part) ?? [part]) : [part]
  })
}

function readsAsSecret(words: readonly string[]): boolean {
  for (let i = 0; i < words.length; i++) {
    const word = words[i] as string
    if (secretWords.has(word)) return true
    if (i > 0 && pairs.has(`${words[i - 1]} ${word}`)) return true
  }
  return false
}

/** Whether a field name looks like a password or another secret that must never be stored. */
export function isSecretKey(key: string): boolean {
  return readsAsSecret(secretWordsOf(key))
}

/** The words of a name without a plural `s`, space-separated (for the app's own names). */
function stems(name: string): string {
  return secretWordsOf(name)
    .map((word) => (word.length > 2 && word.endsWith('s') ? word.slice(0, -1) : word))
    .join(' ')
}

/** Fields drafts never store, beyond the built-in secret names. */
export interface SecretFields {
  /**
   * More field names, matched by their words (cut at camelCase, `_`, `-`, case and plural
   * alike): `'taxId'` also catches `tax_id`, `customerTaxId` and `TaxIds`, though not a run
   * of lowercase letters such as `customertaxid`. Defaults to `[]`.
   */
  names?: readonly string[]
  /**
   * Exact places, as dotted paths where `*` matches any key or index (`'profile.birthDate'`,
   * `'cards.*.holder'`); everything below them is left out too. Defaults to `[]`.
   */
  paths?: readonly string[]
}

/** Decides, per field, whether it is secret: by its name and by where it is. */
export type SecretRule = (key: string, path: MergePath) => boolean

/** The rule for the built-in secret names plus the app's own `fields`. */
export function secretRule(fields: SecretFields = {}): SecretRule {
  const names = fields.names ?? []
  const paths = (fields.paths ?? []).map((path) => path.split('.'))
  if (names.length === 0 && paths.length === 0) return isSecretKey
  // An app name (`taxId`) must appear as its words, in order, among the key's words.
  const phrases = names.map((name) => ` ${stems(name)} `).filter((phrase) => phrase.trim() !== '')
  return (key, path) => {
    if (isSecretKey(key)) return true
    const words = ` ${stems(key)} `
    if (phrases.some((phrase) => words.includes(phrase))) return true
    return paths.some(
      (parts) =>
        parts.length === path.length &&
        parts.every((part, i) => part === '*' || part === String(path[i])),
    )
  }
}

/** A value with its secret fields taken out, and where they were. */
export interface WithoutSecrets<T> {
  value: T
  omitted: MergePath[]
}

// Beyond this depth a value is not inspected; it is not persisted either (see omitSecrets).
const MAX_DEPTH = 200

// Keys that name the field an object stands for (form builders, settings lists), and the key
// holding that field's value.
const NAME_KEYS = ['name', 'key', 'field', 'id', 'type', 'label']
const VALUE_KEY = 'value'

/**
 * Copies `value` without the fields `isSecret` names, at any depth: a secret key takes its
 * whole subtree with it, and an object that names a secret field (`{ name: 'password',
 * value }`) loses its `value`. `isSecret` gets each key and its full path. Returns null when
 * the value is too deep to inspect: a draft that cannot be checked is not persisted at all.
 */
export function omitSecrets<T>(
  value: T,
  isSecret: SecretRule = isSecretKey,
): WithoutSecrets<T> | null {
  const omitted: MergePath[] = []
  let tooDeep = false
  const visit = (node: unknown, path: MergePath): unknown => {
    if (node === null || typeof node !== 'object') return node
    if (path.length > MAX_DEPTH) {
      tooDeep = true
      return node
    }
    if (Array.isArray(node)) return node.map((item, i) => visit(item, [...path, i]))
    const record = node as Record<string, unknown>
    const namesSecret = NAME_KEYS.some((key) => {
      const name = Object.hasOwn(record, key) ? record[key] : undefined
      return typeof name === 'string' && isSecret(name, path)
    })
    const out: Record<string, unknown> = {}
    for (const [key, child] of Object.entries(record)) {
      const at = [...path, key]
      if (isSecret(key, at) || (namesSecret && key === VALUE_KEY)) omitted.push(at)
      else setOwn(out, key, visit(child, at))
    }
    return out
  }
  const copy = visit(value, []) as T
  return tooDeep ? null : { value: copy, omitted }
}

/**
 * Puts back the fields `omitSecrets` took out, from `source` (the server's current value),
 * so a restored draft never turns a field it never persisted into a deletion.
 */
export function fillOmitted<T>(value: T, omitted: readonly MergePath[], source: unknown): T {
  let out = value
  for (const path of omitted) {
    const from = getAtPath(source, path)
    if (from === undefined) continue
    try {
      out = setAtPath(out, path, from)
    } catch {
      // the draft's shape changed under that path (an array shrank): nothing to put back
    }
  }
  return out
}
