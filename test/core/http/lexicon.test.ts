import { classifyResponse } from '../../../src/core/http/classifyResponse'
import { KIND_PATTERNS, LEXICON } from '../../../src/core/http/lexicon'
import { kindsFromText } from '../../../src/core/http/wording'
import { laravel, railsTaken } from './fixtures/localeSentences'

const json = (status: number, body: unknown) =>
  new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } })

const languages = Object.keys(laravel) as Array<keyof typeof laravel>

describe.each(languages)('%s, from Laravel-Lang and rails-i18n', (lang) => {
  const s = laravel[lang]

  test('Laravel `unique` in a validation body is a duplicate of the field', async () => {
    const message = s.unique.replace(/:attribute/i, 'email')
    const problem = await classifyResponse(json(422, { message, errors: { email: [message] } }), {
      method: 'POST',
    })
    expect(problem).toMatchObject({ kind: 'duplicate', field: 'email' })
  })

  test('rails-i18n `taken` under the field is a duplicate of the field', async () => {
    const problem = await classifyResponse(json(422, { errors: { email: [railsTaken[lang]] } }), {
      method: 'POST',
    })
    expect(problem).toMatchObject({ kind: 'duplicate', field: 'email' })
  })

  test('"try again in N seconds" (Laravel `throttle`) reads as busy', async () => {
    const message = s.throttle.replace(':seconds', '30')
    expect(await classifyResponse(json(409, { message }))).toMatchObject({ kind: 'busy' })
  })

  test('"another user has updated this resource since this page was loaded" (Nova) is stale', async () => {
    expect(await classifyResponse(json(409, { message: s.stale }))).toMatchObject({ kind: 'stale' })
  })

  test('"this subscription has expired and cannot be resumed" (Cashier) is a state conflict', async () => {
    expect(await classifyResponse(json(409, { message: s.state }))).toMatchObject({ kind: 'state' })
  })

  test('"… file already exists" is a duplicate', async () => {
    expect(await classifyResponse(json(409, { message: s.exists }))).toMatchObject({
      kind: 'duplicate',
    })
  })
})

describe('the lexicon is data', () => {
  test('every kind has concepts with word forms, and each kind compiles to one expression', () => {
    for (const [kind, concepts] of Object.entries(LEXICON)) {
      expect(Object.keys(concepts).length).toBeGreaterThan(0)
      for (const forms of Object.values(concepts)) expect(Object.keys(forms)).toContain('en')
      expect(KIND_PATTERNS.find(([k]) => k === kind)?.[1]).toBeInstanceOf(RegExp)
    }
  })

  test('sentences that say nothing about a conflict match no kind, in any language', () => {
    for (const text of [
      'Invalid API key',
      'The name field is required.',
      'El campo nombre es obligatorio.',
      'Le champ nom est obligatoire.',
      'Das Feld Name ist erforderlich.',
      '名前は必須です。',
      "Version 'v2' of the API is deprecated",
    ]) {
      expect(kindsFromText(text)).toEqual([])
    }
  })
})
