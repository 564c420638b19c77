// RFC 9110 section 13.1: If-Match compares entity tags strongly, If-None-Match weakly.

const entityTagPattern = /(W\/)?"[\x21\x23-\x7e\x80-\xff]*"/g

/** Parses an If-Match / If-None-Match value: `'*'` or the list of entity tags it names. */
export function parseEntityTags(header: string): '*' | string[] {
  if (header.trim() === '*') return '*'
  return header.match(entityTagPattern) ?? []
}

/**
 * True when `If-Match` lets the write through for a resource whose tag is `current`:
 * `*` matches any existing representation; a weak tag never matches (strong comparison).
 */
export function ifMatchPasses(header: string, current: string): boolean {
  const tags = parseEntityTags(header)
  return tags === '*' || tags.some((tag) => !tag.startsWith('W/') && tag === current)
}

const opaque = (tag: string) => (tag.startsWith('W/') ? tag.slice(2) : tag)

/** True when `If-None-Match` names the current representation, so a GET can answer 304. */
export function ifNoneMatchHits(header: string, current: string): boolean {
  const tags = parseEntityTags(header)
  return tags === '*' || tags.some((tag) => opaque(tag) === opaque(current))
}
