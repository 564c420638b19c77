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
  ])('rejects %s', (href) => {
    expect(safeSameOriginHref(href, { origin })).toBeNull()
  })
})

describe('withQueryParam', () => {
  it('encodes the value into the query string', () => {
    expect(withQueryParam('/login?x=1#f', 'email', 'a+b@c.d')).toBe(
      '/login?x=1&email=a%2Bb%40c.d#f',
    )
  })
})
