// Plain text out of HTML and server strings, without a DOM. The output is only ever text:
// markup is removed, entities are decoded, and anything that looks like a tag after decoding
// is removed again, so no caller can end up showing or injecting markup.

import { MAX_PAGE_SCAN, scan } from './scan'

const NAMED_ENTITIES: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: ' ',
  copy: '©',
  reg: '®',
  trade: '™',
  hellip: '…',
  mdash: '—',
  ndash: '–',
  lsquo: '‘',
  rsquo: '’',
  ldquo: '“',
  rdquo: '”',
  laquo: '«',
  raquo: '»',
  middot: '·',
  bull: '•',
  euro: '€',
  pound: '£',
  yen: '¥',
  cent: '¢',
  sect: '§',
  deg: '°',
  times: '×',
  divide: '÷',
  eacute: 'é',
  egrave: 'è',
  aacute: 'á',
  agrave: 'à',
  uuml: 'ü',
  ouml: 'ö',
  auml: 'ä',
  szlig: 'ß',
  ccedil: 'ç',
  ntilde: 'ñ',
}

const ENTITY = /&(?:#(\d{1,8})|#[xX]([0-9a-fA-F]{1,7})|([A-Za-z][A-Za-z0-9]{1,31}));?/g
const COMMENT = /<!--[\s\S]*?(?:-->|$)/g
// Elements whose content is never readable text.
const HIDDEN_BLOCK =
  /<(script|style|noscript|template|svg|math|iframe|object|textarea)\b[\s\S]*?(?:<\/\1\s*>|$)/gi
const LINE_BREAK =
  /<(?:br|hr|\/?(?:p|div|h[1-6]|li|ul|ol|tr|table|section|article|header|footer|main|pre|blockquote|title|dt|dd|center))\b[^>]*(?:>|$)/gi
// An unclosed tag swallows the rest of the input, as browsers do.
const TAG = /<[A-Za-z!/?][^>]*(?:>|$)/g
const TAG_START = /<[A-Za-z!/?]/
const LOOKS_LIKE_MARKUP = /<\/?[A-Za-z][\w:-]*(?:\s[^<>]*)?\/?>|<!--|&(?:#\d+|#x[0-9a-f]+|[a-z]+);/i
// C0/C1 controls other than tab and newline never belong in a message (CR goes too).
// oxlint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F]/g

function codePoint(n: number): string {
  if (!Number.isFinite(n) || n <= 0 || n > 0x10ffff || (n >= 0xd800 && n <= 0xdfff)) return '\uFFFD'
  return String.fromCodePoint(n)
}

/** Decodes numeric and common named character references; unknown names stay as they are. */
export function decodeEntities(text: string): string {
  return text.replace(ENTITY, (match, dec?: string, hex?: string, name?: string) => {
    if (dec !== undefined) return codePoint(Number.parseInt(dec, 10))
    if (hex !== undefined) return codePoint(Number.parseInt(hex, 16))
    const named = name === undefined ? undefined : NAMED_ENTITIES[name.toLowerCase()]
    return named ?? match
  })
}

function tidyLines(text: string): string {
  return text
    .replace(CONTROL, '')
    .split('\n')
    .map((line) => line.replace(/[\s\u00a0]+/g, ' ').trim())
    .filter((line) => line !== '')
    .join('\n')
}

/** Removes every tag, comment and hidden block, decodes entities, and repeats until no tag is left. */
export function stripMarkup(html: string): string {
  let text = scan(html, MAX_PAGE_SCAN)
    .replace(COMMENT, '')
    .replace(HIDDEN_BLOCK, '')
    .replace(LINE_BREAK, '\n')
    .replace(TAG, '')
  text = decodeEntities(text)
  // Decoding can reveal tags (`&lt;b&gt;`); each pass shortens the text, so this ends.
  for (let i = 0; i < 8 && TAG_START.test(text); i++) text = text.replace(TAG, '')
  if (TAG_START.test(text)) text = text.replace(/</g, '')
  return tidyLines(text)
}

function firstMatchText(html: string, re: RegExp): string | null {
  const m = re.exec(html)
  if (!m || m[1] === undefined) return null
  const text = stripMarkup(m[1]).replace(/\n/g, ' ').trim()
  return text === '' ? null : text
}

const BARE_TITLES = /^(?:error|untitled|page|document|\d{3})$/i

/**
 * The headline of an HTML error page: its `<title>`, or the first `<h1>` when the title is
 * missing or says nothing (`Error`), or the first `<pre>` line (Express). `null` when none.
 */
export function htmlTitle(html: string): string | null {
  const visible = scan(html, MAX_PAGE_SCAN).replace(COMMENT, '').replace(HIDDEN_BLOCK, '')
  const title = firstMatchText(visible, /<title\b[^>]*(?:>|$)([\s\S]*?)(?:<\/title\s*>|$)/i)
  if (title !== null && !BARE_TITLES.test(title)) return title
  const h1 = firstMatchText(visible, /<h1\b[^>]*(?:>|$)([\s\S]*?)(?:<\/h1\s*>|$)/i)
  if (h1 !== null) return h1
  const pre = firstMatchText(visible, /<pre\b[^>]*(?:>|$)([\s\S]*?)(?:<\/pre\s*>|$)/i)
  return pre ?? title
}

/**
 * Any server string as plain text: control characters removed, and when it carries markup or
 * entities, tags stripped and entities decoded. Text such as `a < b` stays as it is.
 */
export function toPlainText(text: string): string {
  const t = scan(text, MAX_PAGE_SCAN)
  if (LOOKS_LIKE_MARKUP.test(t)) return stripMarkup(t)
  return tidyLines(t)
}
