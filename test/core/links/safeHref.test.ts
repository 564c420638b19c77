import * as fc from 'fast-check'
import { safeSameOriginHref, withQueryParam } from '../../../src/core/links/safeHref'

const origin = 'https://app.example.com'

describe('safeSameOriginHref', () => {
  it.each([
    ['/login', '/login'],
    ['/login?next=%2Fdocs#top', '/login?next=%2Fdocs#top'],
    ['login', '/login'],
    ['https://app.example.com/login', '/login'],
  ])('accepts %s', (href, expected) => {
    expect(safeSameOriginHref(href, { origin })).toBe(expected)
  })

  it.each([
    'https://evil.example/login',
    '//evil.example/login',
    '/\\evil.example/login',
    '\\\\evil.example',
    'javascript:alert(1)',
    'JaVaScRiPt:alert(1)',
    'java\tscript:alert(1)',
    ' javascript:alert(1)',
    'data:text/html,<script>alert(1)</script>',
    'http://app.example.com/login',
    'https://user:pw@app.example.com/login',
    'https://app.example.com.evil.example/',
    '',
    'x'.repeat(3000),
    // dot segments that leave a path starting with `//`
    '/.//evil.example',
    '/..//evil.example',
    '/%2e//evil.example',
    '/%2E//evil.example',
    '/a/../..//evil.example',
    '/%2e%2e//evil.example',
    '/.%2e//evil.example',
    '..//evil.example',
    './/evil.example',
    'https://app.example.com/.//evil.example',
  ])('rejects %s', (href) => {
    expect(safeSameOriginHref(href, { origin })).toBeNull()
  })

  it.each([
    ['/a/./b/../c?q=1', '/a/c?q=1'],
    ['/%2e/login', '/login'],
    ['/a//b', '/a//b'],
    ['/%2F%2Fevil.example', '/%2F%2Fevil.example'],
  ])('normalises %s to %s', (href, expected) => {
    expect(safeSameOriginHref(href, { origin })).toBe(expected)
  })
})

// Pieces that URL parsers treat specially: slashes, backslashes, dot segments (plain and
// percent-encoded), schemes, credentials, hosts, query and fragment marks, control characters.
const piece = fc.constantFrom(
  '/',
  '//',
  '\\',
  '.',
  '..',
  '%2e',
  '%2E',
  '%2e%2e',
  '.%2e',
  '%2f',
  '%5c',
  'evil.example',
  'app.example.com',
  'login',
  'a',
  '?',
  '#',
  '@',
  ':',
  'https:',
  'http:',
  'javascript:',
  'data:',
  'user:pw@',
  ' ',
  '\t',
  '\n',
  '\u0000',
  '%00',
  '\u3002',
  'ｅｖｉｌ',
)
const hostileHref = fc.oneof(
  fc.array(piece, { maxLength: 10 }).map((parts) => parts.join('')),
  fc.webUrl({ withQueryParameters: true, withFragments: true }),
  fc.string({ maxLength: 40 }),
)
// Pages of the origin the result may be used on: relative resolution must not depend on them.
const pages = [origin, `${origin}/`, `${origin}/deep/page/`, `${origin}/a/b?c=d#e`]

describe('safeSameOriginHref, against the URL parser (property)', () => {
  it('returns null or a path that stays on the origin from any page, and means what was given', () => {
    fc.assert(
      fc.property(hostileHref, (href) => {
        const safe = safeSameOriginHref(href, { origin })
        if (safe === null) return
        expect(safe.startsWith('/')).toBe(true)
        expect(safe.startsWith('//')).toBe(false)
        expect(safe.startsWith('/\\')).toBe(false)
        const meant = new URL(href, origin).href
        for (const page of pages) {
          const resolved = new URL(safe, page)
          expect(resolved.origin).toBe(origin)
          expect(resolved.href).toBe(meant)
        }
        // Normalised: checking the result again gives it back unchanged.
        expect(safeSameOriginHref(safe, { origin })).toBe(safe)
      }),
      { numRuns: 5000 },
    )
  })

  it('never accepts a link whose resolution leaves the origin', () => {
    fc.assert(
      fc.property(hostileHref, (href) => {
        let leaves: boolean
        try {
          leaves = new URL(href, origin).origin !== origin
        } catch {
          leaves = true
        }
        return !leaves || safeSameOriginHref(href, { origin }) === null
      }),
      { numRuns: 5000 },
    )
  })
})

describe('withQueryParam', () => {
  it('encodes the value into the query string', () => {
    expect(withQueryParam('/login?x=1#f', 'email', 'a+b@c.d')).toBe(
      '/login?x=1&email=a%2Bb%40c.d#f',
    )
  })
})
