import { createDraftStore, withoutSecrets } from '../../../src/core/draft/draftStore'
import { draftSlot } from '../../../src/core/draft/draftSlot'
import {
  isSecretKey,
  omitSecrets,
  secretRule,
  secretWordsOf,
} from '../../../src/core/draft/omitSecrets'
import { createMemoryStorage } from '../../../src/core/draft/draftStore'

// Names a form or an API commonly gives a secret, in the spellings found in the wild.
const secret = [
  'password',
  'pass',
  'passWord',
  'pass_word',
  'PASSWORD',
  'passwords',
  'userPass',
  'newpassword',
  'confirmpassword',
  'new_password',
  'currentPassword',
  'password_confirmation',
  'passwordRepeat',
  'oldPwd',
  'passwd',
  'passcode',
  'passphrase',
  'secret',
  'secrets',
  'clientSecret',
  'client_secret',
  'token',
  'tokens',
  'apitoken',
  'accesstoken',
  'APIToken',
  'refresh_token',
  'idToken',
  'x-auth-token',
  'jwt',
  'apiKey',
  'api_key',
  'x-api-key',
  'APIKey',
  'apikeys',
  'privateKey',
  'private_key',
  'accessKeyId',
  'credentials',
  'credential',
  'OTPCode',
  'otp',
  'totp',
  'PIN',
  'pinCode',
  'pincode',
  'cvv',
  'cvv2',
  'cvc',
  'cvc2',
  'CVC2',
  'csc',
  'cardCvc',
  'securityCode',
  'cardCode',
  'card_security_code',
  'verificationCode',
  'recoveryCodes',
  'mfaCode',
  'cardNumber',
  'card_number',
  'ccNumber',
  'creditCard',
  'ssn',
  'SSN',
  'socialSecurityNumber',
  'securityAnswer',
]

// Names that share letters with a secret but mean something else: kept, as the person's
// work. The rule: a secret word counts only as a whole word, or inside a lowercase run that
// is made of lexicon words entirely.
const ordinary = [
  'title',
  'name',
  'passage',
  'passenger',
  'compass',
  'bypass',
  'passive',
  'passport',
  'tokenizer',
  'secretary',
  'spinner',
  'pinned',
  'opinion',
  'key',
  'keys',
  'keyboard',
  'sortKey',
  'primaryKey',
  'code',
  'zipCode',
  'countryCode',
  'promoCode',
  'number',
  'phoneNumber',
  'card',
  'cardHolder',
  'passwordless',
  'sessionCount',
  'author',
  'description',
  'tags',
]

describe('isSecretKey: names that are secrets', () => {
  it.each(secret)('%s is secret', (name) => {
    expect(isSecretKey(name)).toBe(true)
  })
})

describe('isSecretKey: names that are not', () => {
  it.each(ordinary)('%s is kept', (name) => {
    expect(isSecretKey(name)).toBe(false)
  })
})

describe('secretWordsOf: how a name is cut into words', () => {
  it.each([
    ['APIToken', ['api', 'token']],
    ['OTPCode', ['otp', 'code']],
    ['x-api-key', ['x', 'api', 'key']],
    ['newpassword', ['new', 'password']],
    ['passwords', ['password']],
    ['cvv2', ['cvv', '2']],
    ['passage', ['passage']],
    ['tokenizer', ['tokenizer']],
  ])('%s -> %j', (name, words) => {
    expect(secretWordsOf(name)).toEqual(words)
  })

  it('does not split a run too long to be a name', () => {
    const run = 'pass'.repeat(100)
    expect(secretWordsOf(run)).toEqual([run])
  })
})

// Where a secret can sit in a draft, and what must be left of the draft afterwards.
const shapes: [string, unknown, unknown, (string | number)[][]][] = [
  [
    'nested objects',
    { account: { credentials: { password: 'p', user: 'u' }, name: 'A' } },
    { account: { name: 'A' } },
    [['account', 'credentials']],
  ],
  [
    'a password inside nested objects',
    { account: { login: { password: 'p', user: 'u' } } },
    { account: { login: { user: 'u' } } },
    [['account', 'login', 'password']],
  ],
  [
    'arrays of objects',
    {
      cards: [
        { cvc: '123', last4: '4242' },
        { cvc: '456', last4: '0005' },
      ],
    },
    { cards: [{ last4: '4242' }, { last4: '0005' }] },
    [
      ['cards', 0, 'cvc'],
      ['cards', 1, 'cvc'],
    ],
  ],
  [
    'keys that are not identifiers',
    { settings: { 'api-token': 't', 'dark mode': true } },
    { settings: { 'dark mode': true } },
    [['settings', 'api-token']],
  ],
  [
    'name / value pairs',
    {
      fields: [
        { name: 'password', value: 'p' },
        { name: 'email', value: 'e' },
      ],
    },
    {
      fields: [{ name: 'password' }, { name: 'email', value: 'e' }],
    },
    [['fields', 0, 'value']],
  ],
  [
    'key / value settings and typed inputs',
    { env: [{ key: 'STRIPE_API_KEY', value: 'sk' }], inputs: [{ type: 'password', value: 'p' }] },
    { env: [{ key: 'STRIPE_API_KEY' }], inputs: [{ type: 'password' }] },
    [
      ['env', 0, 'value'],
      ['inputs', 0, 'value'],
    ],
  ],
  [
    'arrays inside arrays',
    { rows: [[{ pin: '1' }], [{ ok: 1 }]] },
    { rows: [[{}], [{ ok: 1 }]] },
    [['rows', 0, 0, 'pin']],
  ],
  [
    'null fields and null items',
    { a: null, list: [null, { token: 't' }], password: null, pair: { name: null, value: 1 } },
    { a: null, list: [null, {}], pair: { name: null, value: 1 } },
    [['list', 1, 'token'], ['password']],
  ],
]

describe('omitSecrets: every nesting', () => {
  it.each(shapes)('%s', (_name, value, kept, omitted) => {
    const before = structuredClone(value)
    expect(omitSecrets(value)).toEqual({ value: kept, omitted })
    expect(value).toEqual(before)
  })

  it('a draft that is null or a scalar is stored as it is', () => {
    expect(omitSecrets(null)).toEqual({ value: null, omitted: [] })
    expect(omitSecrets('text')).toEqual({ value: 'text', omitted: [] })
  })
})

describe('the app adds names and paths', () => {
  const rule = secretRule({
    names: ['taxId', 'dateOfBirth'],
    paths: ['profile.nickname', 'cards.*.holder'],
  })

  it.each([
    ['taxId', ['taxId'], true],
    ['tax_id', ['tax_id'], true],
    ['customerTaxIds', ['customerTaxIds'], true],
    ['DateOfBirth', ['DateOfBirth'], true],
    ['tax', ['tax'], false],
    ['nickname', ['profile', 'nickname'], true],
    ['nickname', ['other', 'nickname'], false],
    ['holder', ['cards', 3, 'holder'], true],
    ['holder', ['cards', 'holder'], false],
    ['password', ['anything'], true],
  ])('%s at %j -> %s', (key, path, expected) => {
    expect(rule(key, path)).toBe(expected)
  })

  it('a store with secrets never writes them, through a slot or directly', () => {
    const storage = createMemoryStorage()
    const store = createDraftStore({ storage, secrets: { names: ['taxId'], paths: ['note'] } })
    const slot = draftSlot(store, { scope: 'u', resource: 'r', session: 's' })
    const value = { title: 'T', taxId: '12', note: 'n', apiKey: 'k' }
    slot.save({ draft: value, base: value, baseVersion: '1' })
    store.save('direct', { draft: value, base: value, baseVersion: null, savedAt: 1 })
    const written = [0, 1].map((i) => storage.getItem(storage.key!(i)!)!).join('\n')
    expect(written).toContain('"title":"T"')
    for (const leaked of ['"12"', '"n"', '"k"']) expect(written).not.toContain(leaked)
    expect(store.load<typeof value>('direct')?.omitted).toEqual([['taxId'], ['note'], ['apiKey']])
  })

  it('a store of its own (not createDraftStore) still gets the built-in names left out', () => {
    const saved: string[] = []
    const store = {
      ...createDraftStore({ storage: 'memory' }),
      save: (_key: string, value: unknown) => void saved.push(JSON.stringify(value)),
    }
    const slot = draftSlot(store, { scope: null, resource: 'r', session: 's' })
    slot.save({ draft: { cardNumber: '4111', a: 1 }, base: { a: 1 }, baseVersion: null })
    expect(saved).toHaveLength(1)
    expect(saved[0]).not.toContain('4111')
  })

  it('withoutSecrets keeps paths the draft already had omitted, once each', () => {
    const out = withoutSecrets(
      { draft: { pin: 1 }, base: { pin: 2 }, baseVersion: null, savedAt: 0, omitted: [['pin']] },
      isSecretKey,
    )
    expect(out).toEqual({ draft: {}, base: {}, baseVersion: null, savedAt: 0, omitted: [['pin']] })
  })
})
