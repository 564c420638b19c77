// Rules an app declares for its own server, one line each, checked before the built-in reading.
// A rule matches when every condition it names holds:
//   status   the response status is this one (or one of these)
//   code     a machine code of the body equals this (without case, `_` or `-`) or matches it
//   message  a sentence of the body contains this text (without case) or matches the pattern
//   path     a dotted path into the parsed JSON body exists, or with `equals` holds that value
// The first matching rule decides the kind (and the field and title it gives); the problem's
// `evidence` then says `{ by: 'rule', value: '<index>' }`. A rule that names no condition never
// matches. A 2xx answer is checked only against rules that name its status.
import { isRecord } from '../json'
import { squash } from './wording'
import type { ProblemKind } from './types'

/** One fact about the app's own server: which answers mean which kind. */
export interface ProblemRule {
  /** The response status (or statuses) the rule applies to. Defaults to any status that failed. */
  status?: number | readonly number[]
  /** A machine code of the body (`EMAIL_TAKEN`), compared without case, `_` or `-`, or a pattern. */
  code?: string | RegExp
  /** Text a sentence of the body contains (compared without case), or a pattern it matches. */
  message?: string | RegExp
  /** A dotted path into the parsed JSON body (`error.type`, `errors.0.code`). */
  path?: string
  /** With `path`: the value there (strings compared without case). Without it, the path must exist. */
  equals?: string | number | boolean
  /** The kind the matching answer is. */
  kind: ProblemKind
  /** The field the problem is about (`email`). Defaults to the field the body names, if any. */
  field?: string
  /** The title to show instead of the server's sentence. Defaults to the server's sentence. */
  title?: string
}

/** What a rule is checked against. */
export interface RuleFacts {
  status: number
  codes: readonly string[]
  texts: readonly string[]
  json: unknown
}

function valueAt(json: unknown, path: string): unknown {
  let at: unknown = json
  for (const part of path.split('.').slice(0, 32)) {
    if (Array.isArray(at) && /^\d+$/.test(part)) at = at[Number(part)]
    else if (isRecord(at) && Object.hasOwn(at, part)) at = at[part]
    else return undefined
  }
  return at
}

const sameText = (a: unknown, b: unknown) =>
  typeof a === 'string' && typeof b === 'string' ? a.toLowerCase() === b.toLowerCase() : a === b

function holds(rule: ProblemRule, facts: RuleFacts): boolean {
  const named = [rule.status, rule.code, rule.message, rule.path].some((c) => c !== undefined)
  if (!named) return false
  if (rule.status !== undefined) {
    const statuses = typeof rule.status === 'number' ? [rule.status] : rule.status
    if (!statuses.includes(facts.status)) return false
  } else if (facts.status < 400) return false
  const { code, message } = rule
  if (code !== undefined) {
    const ok = facts.codes.some((c) =>
      typeof code === 'string' ? squash(c) === squash(code) : code.test(c),
    )
    if (!ok) return false
  }
  if (message !== undefined) {
    const ok = facts.texts.some((t) =>
      typeof message === 'string'
        ? t.toLowerCase().includes(message.toLowerCase())
        : message.test(t.slice(0, 2000)),
    )
    if (!ok) return false
  }
  if (rule.path !== undefined) {
    const value = valueAt(facts.json, rule.path)
    if (value === undefined) return false
    if (rule.equals !== undefined && !sameText(value, rule.equals)) return false
  }
  return true
}

/** The first rule that matches, and its index, or undefined. Never throws. */
export function matchRule(
  rules: readonly ProblemRule[] | undefined,
  facts: RuleFacts,
): { rule: ProblemRule; index: number } | undefined {
  if (!rules) return undefined
  for (let index = 0; index < rules.length; index++) {
    const rule = rules[index]
    try {
      if (rule && holds(rule, facts)) return { rule, index }
    } catch {
      // A pattern that throws (a user RegExp with side effects) is a rule that did not match.
    }
  }
  return undefined
}
