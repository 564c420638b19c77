import { getAtPath } from '../merge/getAtPath'
import { setOwn } from '../merge/isRecord'
import { setAtPath } from '../merge/setAtPath'
import type { MergePath } from '../merge/types'

// Words that mark a field as a secret, matched against the words of a key (`newPassword`,
// `api_token`, `card-cvc`), so `spinner` or `pinned` are not caught by `pin`.
const SECRET_WORDS = new Set([
  'password',
  'passwd',
  'pwd',
  'passcode',
  'passphrase',
  'secret',
  'token',
  'otp',
  'pin',
  'cvv',
  'cvc',
])

// Beyond this depth a value is not inspected; it is not persisted either (see omitSecrets).
const MAX_DEPTH = 200

/** Whether a field name looks like a password or another secret that must never be stored. */
export function isSecretKey(key: string): boolean {
  const words = key
    .replace(/([a-z\d])([A-Z])/g, '$1 $2')
    .toLowerCase()
    .split(/[^a-z\d]+/)
  return words.some((word) => SECRET_WORDS.has(word))
}

/** A value with its secret fields taken out, and where they were. */
export interface WithoutSecrets<T> {
  value: T
  omitted: MergePath[]
}

/**
 * Copies `value` without the fields `isSecret` names, at any depth. Returns null when the
 * value is too deep to inspect: a draft that cannot be checked is not persisted at all.
 */
export function omitSecrets<T>(
  value: T,
  isSecret: (key: string) => boolean = isSecretKey,
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
    const out: Record<string, unknown> = {}
    for (const [key, child] of Object.entries(node)) {
      if (isSecret(key)) omitted.push([...path, key])
      else setOwn(out, key, visit(child, [...path, key]))
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
