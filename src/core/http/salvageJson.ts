import { setOwn } from '../json'
import { MAX_PAGE_SCAN, scan } from './scan'

// A string member: "key": "value", value with JSON escapes, bounded so a hostile body stays cheap.
const MEMBER = /"([A-Za-z_$][\w$-]{0,40})"\s*:\s*"((?:[^"\\\n]|\\.){0,2000})"/g

/**
 * Recovers the string members of JSON that did not parse (cut off at the read bound, or
 * broken), so `{"title":"Conflict","detail":"…` still yields a title instead of raw JSON.
 * The first occurrence of each key wins: top-level members usually come first.
 */
export function salvageJsonStrings(text: string): Record<string, string> | null {
  const trimmed = text.trimStart()
  if (!trimmed.startsWith('{') && !trimmed.startsWith('[')) return null
  const found: Record<string, string> = {}
  for (const match of scan(trimmed, MAX_PAGE_SCAN).matchAll(MEMBER)) {
    const [, key, literal] = match as unknown as [string, string, string]
    if (Object.prototype.hasOwnProperty.call(found, key)) continue
    try {
      setOwn(found, key, JSON.parse(`"${literal}"`) as string)
    } catch {
      // an escape cut in half: skip this member
    }
  }
  return found
}
