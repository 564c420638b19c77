import { decodeEntities } from './html'
import { MAX_PAGE_SCAN, scan } from './scan'

const PROLOG = /<\?[\s\S]*?(?:\?>|$)|<!--[\s\S]*?(?:-->|$)|<!DOCTYPE[^>]*(?:>|$)/gi
const CDATA = /<!\[CDATA\[([\s\S]*?)(?:\]\]>|$)/g
// A leaf element: no child elements, any namespace prefix.
const LEAF =
  /<(?:[A-Za-z_][\w.-]*:)?([A-Za-z_][\w.-]*)(?:\s[^<>]*)?>([^<]*)<\/(?:[A-Za-z_][\w.-]*:)?\1\s*>/g
const MAX_FIELDS = 200

function escapeText(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;')
}

/**
 * The leaf elements of an XML error document as a flat record of local name to text, first
 * occurrence winning (`<Error><Code>PreconditionFailed</Code>...` gives `{ Code: ... }`).
 * Good enough for the flat error documents S3, Azure Storage and RFC 9457 `problem+xml` send;
 * it is not an XML parser.
 */
export function xmlFields(xml: string): Record<string, string> {
  const cleaned = scan(xml, MAX_PAGE_SCAN)
    .replace(PROLOG, '')
    .replace(CDATA, (_m, text: string) => escapeText(text))
  // A Map, so element names such as `__proto__` stay plain keys.
  const out = new Map<string, string>()
  for (const m of cleaned.matchAll(LEAF)) {
    const name = m[1]
    const text = m[2]
    if (name === undefined || text === undefined || out.has(name)) continue
    out.set(name, decodeEntities(text).trim())
    if (out.size >= MAX_FIELDS) break
  }
  return Object.fromEntries(out)
}
