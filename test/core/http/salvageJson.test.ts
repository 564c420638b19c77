import { classifyResponse } from '../../../src/core/http/classifyResponse'
import { salvageJsonStrings } from '../../../src/core/http/salvageJson'

describe('salvageJsonStrings', () => {
  it.each([
    ['{"title": "Conflict", "current": {', { title: 'Conflict' }],
    [
      '{"error":{"message":"Version \\"3\\" is stale","code":"stale"',
      { message: 'Version "3" is stale', code: 'stale' },
    ],
    ['[{"msg":"taken","loc":["body","email"]}', { msg: 'taken' }],
    ['{"detail":"cut in the middle of an esc\\', {}],
  ])('recovers string members of %s', (text, expected) => {
    expect(salvageJsonStrings(text)).toEqual(expected)
  })

  it('leaves text that is not JSON alone', () => {
    expect(salvageJsonStrings('Conflict: document locked')).toBeNull()
  })
})

describe('classifyResponse with JSON that does not parse', () => {
  it.each([
    ['broken', '{"title": "Version conflict", "current": {'],
    ['cut at the read bound', `{"title":"Version conflict","detail":"${'x'.repeat(200_000)}"}`],
  ])('never shows the raw body as the title (%s)', async (_name, body) => {
    const res = new Response(body, { status: 409, headers: { 'content-type': 'application/json' } })
    const problem = await classifyResponse(res, { method: 'PUT', headers: { 'If-Match': '"1"' } })
    expect(problem?.title).not.toMatch(/^\s*[{[]/)
    expect(problem?.kind).toBe('stale')
  })

  it('keeps a readable title from the salvaged members', async () => {
    const res = new Response('{"message": "Email already registered", "field": "email", ', {
      status: 409,
      headers: { 'content-type': 'application/json' },
    })
    expect(await classifyResponse(res, { method: 'POST' })).toMatchObject({
      kind: 'duplicate',
      title: 'Email already registered',
      field: 'email',
    })
  })
})
