import { decodeEntities, htmlTitle, toPlainText } from '../../../src/core/http/html'
import { xmlFields } from '../../../src/core/http/xml'

describe('toPlainText', () => {
  test.each([
    ['a < b and c > d', 'a < b and c > d'], // comparison text is not markup
    ['x<5', 'x<5'],
    ['Tom &amp; Jerry', 'Tom & Jerry'],
    ['<b>bold</b> move', 'bold move'],
    ['line\r\n  two\u0000\u0007', 'line\ntwo'],
    ['  spaced   out  ', 'spaced out'],
    ['&lt;script&gt;alert(1)&lt;/script&gt; hi', 'alert(1) hi'],
  ])('%j -> %j', (input, expected) => {
    expect(toPlainText(input)).toBe(expected)
  })
})

describe('decodeEntities', () => {
  test('numeric, hex, named, unknown and out-of-range references', () => {
    expect(decodeEntities('&#65;&#x42;&#X43;&eacute;&hellip;&bogus;&#0;&#xD800;&#x110000;')).toBe(
      'ABCé…&bogus;\uFFFD\uFFFD\uFFFD',
    )
  })
})

describe('htmlTitle', () => {
  test('prefers <title>, falls back to <h1> when the title says nothing, then <pre>', () => {
    expect(htmlTitle('<title> Hello\n world </title><h1>H</h1>')).toBe('Hello world')
    expect(htmlTitle('<title>Error</title><h1>Order <em>42</em> shipped</h1>')).toBe(
      'Order 42 shipped',
    )
    expect(htmlTitle('<body><pre>Cannot PUT /x</pre></body>')).toBe('Cannot PUT /x')
    expect(htmlTitle('<p>nothing</p>')).toBeNull()
  })

  test('ignores titles inside comments, scripts and SVG', () => {
    const html =
      '<!-- <title>old</title> --><script>var t = "<title>js</title>"</script><svg><title>icon</title></svg><h1>Real</h1>'
    expect(htmlTitle(html)).toBe('Real')
  })
})

describe('xmlFields', () => {
  test('leaf elements by local name, first wins, CDATA and entities decoded', () => {
    const xml =
      '<?xml version="1.0"?><!-- c --><s:Error xmlns:s="x"><s:Code>A&amp;B</s:Code><Message><![CDATA[1 < 2]]></Message><Code>second</Code></s:Error>'
    expect(xmlFields(xml)).toEqual({ Code: 'A&B', Message: '1 < 2' })
  })

  test('element names such as __proto__ stay plain keys', () => {
    const out = xmlFields('<r><__proto__>x</__proto__><constructor>y</constructor></r>')
    expect(Object.getPrototypeOf(out)).toBe(Object.prototype)
    expect(Object.keys(out)).toEqual(['__proto__', 'constructor'])
  })
})
