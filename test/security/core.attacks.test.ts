/**
 * Attacks on the kit's core with hostile data: secrets a draft could leak into storage, and
 * input that could hang or abort the process. Each test is one attack with the defence that
 * must hold.
 */
import { spawnSync } from 'node:child_process'
import { fileURLToPath } from 'node:url'
import { createDraftStore, createMemoryStorage } from '../../src/core/draft/draftStore'
import { draftSlot } from '../../src/core/draft/draftSlot'
import { attackLog } from './attackLog'

const attack = attackLog('core')
const SECRET = 'S3CRET-d0-not-store'

/** Everything a draft store wrote to its storage, as one string. */
function written(value: unknown, secrets?: { names?: string[]; paths?: string[] }): string {
  const storage = createMemoryStorage()
  const store = createDraftStore({ storage, ...(secrets && { secrets }) })
  draftSlot(store, { scope: 'u', resource: 'doc', session: 's' }).save({
    draft: value,
    base: value,
    baseVersion: '"v1"',
  })
  const texts: string[] = []
  for (let i = 0; i < (storage.length ?? 0); i++) texts.push(storage.getItem(storage.key!(i)!)!)
  expect(texts.length).toBe(1)
  return texts.join('\n')
}

function neverStored(value: unknown, secrets?: { names?: string[]; paths?: string[] }) {
  const text = written(value, secrets)
  expect(text).toContain('"title":"kept"')
  expect(text).not.toContain(SECRET)
}

// The names a probe found stored in clear, and the ones a README check found.
const leakedNames = [
  'pass',
  'ssn',
  'passWord',
  'pass_word',
  'passwords',
  'userPass',
  'tokens',
  'apiKey',
  'api_key',
  'x-api-key',
  'privateKey',
  'secrets',
  'cvv2',
  'cvc2',
  'csc',
  'securityCode',
  'cardNumber',
  'newpassword',
  'confirmpassword',
  'apitoken',
  'accesstoken',
  'APIToken',
  'OTPCode',
  'cardCode',
]

describe('secrets in stored drafts', () => {
  for (const name of leakedNames) {
    attack('drafts', `a field named ${name}`, 'never written to storage', () =>
      neverStored({ title: 'kept', [name]: SECRET }),
    )
  }
  attack('drafts', 'account.credentials.password', 'never written to storage', () =>
    neverStored({ title: 'kept', account: { credentials: { password: SECRET } } }),
  )
  attack('drafts', 'cards[0].cvc', 'never written to storage', () =>
    neverStored({ title: 'kept', cards: [{ last4: '4242', cvc: SECRET }] }),
  )
  attack('drafts', "settings['api-token']", 'never written to storage', () =>
    neverStored({ title: 'kept', settings: { 'api-token': SECRET } }),
  )
  attack('drafts', 'account.credentials.pass', 'never written to storage', () =>
    neverStored({ title: 'kept', account: { credentials: { pass: SECRET } } }),
  )
  attack('drafts', 'cards[0].cvv2', 'never written to storage', () =>
    neverStored({ title: 'kept', cards: [{ last4: '4242', cvv2: SECRET }] }),
  )
  attack('drafts', "settings['x-api-key']", 'never written to storage', () =>
    neverStored({ title: 'kept', settings: { 'x-api-key': SECRET } }),
  )
  attack('drafts', "{ name: 'password', value } pairs", 'the value never written', () =>
    neverStored({ title: 'kept', fields: [{ name: 'password', value: SECRET }] }),
  )
  attack('drafts', 'a field only the app knows is secret', 'app names and paths left out', () => {
    neverStored({ title: 'kept', taxId: SECRET }, { names: ['taxId'] })
    neverStored({ title: 'kept', profile: { birth: SECRET } }, { paths: ['profile.birth'] })
  })
})

const here = fileURLToPath(new URL('.', import.meta.url))
const merge = fileURLToPath(new URL('../../src/core/merge/index.ts', import.meta.url))

/**
 * Runs `call` (which gets a fresh cyclic value as `cyclic()`) in a child process, so a walk
 * that never ends, or aborts the process, fails this test instead of the whole suite.
 */
function inChild(call: string): string {
  const script = `
    import { jsonEqual, mergeValues, resolveValues } from ${JSON.stringify(merge)}
    const cyclic = (v) => { const o = { v, a: null, b: null }; o.a = o; o.b = o; return o }
    try { ${call}; console.log('returned') }
    catch (error) { console.log(error?.name ?? String(error)) }
  `
  const run = spawnSync(
    process.execPath,
    ['--import', 'tsx', '--input-type=module', '-e', script],
    {
      cwd: here,
      encoding: 'utf8',
      timeout: 10_000,
      env: { ...process.env, NODE_OPTIONS: '--max-old-space-size=512' },
    },
  )
  return run.error
    ? `no answer in 10 s (${run.error.message})`
    : `${run.stdout.trim()}${run.stderr ? ` / ${run.stderr.trim().split('\n')[0]}` : ''}`
}

describe('input that contains itself', () => {
  attack('input', 'cyclic objects to jsonEqual', 'CyclicValueError at once', () => {
    expect(inChild('jsonEqual(cyclic(1), cyclic(1))')).toBe('CyclicValueError')
  })
  attack('input', 'cyclic objects to mergeValues', 'CyclicValueError at once', () => {
    expect(inChild('mergeValues(cyclic(1), cyclic(2), cyclic(3))')).toBe('CyclicValueError')
  })
  attack('input', 'a cyclic value chosen in resolveValues', 'CyclicValueError at once', () => {
    expect(
      inChild('resolveValues(mergeValues({ a: 1 }, { a: 2 }, { a: 3 }), [{ value: cyclic(1) }])'),
    ).toBe('CyclicValueError')
  })
})
