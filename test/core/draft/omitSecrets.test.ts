import { fillOmitted, isSecretKey, omitSecrets } from '../../../src/core/draft/omitSecrets'

describe('isSecretKey', () => {
  it.each([
    ['password', true],
    ['newPassword', true],
    ['password_confirmation', true],
    ['api-token', true],
    ['clientSecret', true],
    ['PIN', true],
    ['cardCvc', true],
    ['title', false],
    ['spinner', false],
    ['pinned', false],
    ['passage', false],
    ['tokens', true],
  ])('%s -> %s', (key, expected) => {
    expect(isSecretKey(key)).toBe(expected)
  })
})

describe('omitSecrets', () => {
  it('leaves the input untouched and reports where secrets were', () => {
    const value = { user: { name: 'A', password: 'x' }, list: [{ token: 't', id: 1 }] }
    const out = omitSecrets(value)
    expect(out).toEqual({
      value: { user: { name: 'A' }, list: [{ id: 1 }] },
      omitted: [
        ['user', 'password'],
        ['list', 0, 'token'],
      ],
    })
    expect(value.user.password).toBe('x')
  })

  it('keeps a field named __proto__ as an own key', () => {
    const value = JSON.parse('{"__proto__": {"a": 1}, "b": 2}') as Record<string, unknown>
    const out = omitSecrets(value)!
    expect(Object.hasOwn(out.value, '__proto__')).toBe(true)
    expect(({} as Record<string, unknown>).a).toBeUndefined()
  })

  it('refuses (null) a value too deep to inspect rather than overflowing the stack', () => {
    let deep: unknown = { password: 'x' }
    for (let i = 0; i < 10_000; i++) deep = { next: deep }
    expect(omitSecrets(deep)).toBeNull()
  })

  it('takes custom rules', () => {
    expect(omitSecrets({ ssn: '1', name: 'n' }, (k) => k === 'ssn')?.value).toEqual({ name: 'n' })
  })
})

describe('fillOmitted', () => {
  it('puts back omitted fields from the server value, and skips what it lacks', () => {
    const draft = { title: 'T', nested: {} }
    const server = { title: 'S', password: 'hash', nested: { apiToken: 'k' } }
    expect(fillOmitted(draft, [['password'], ['nested', 'apiToken'], ['missing']], server)).toEqual(
      { title: 'T', password: 'hash', nested: { apiToken: 'k' } },
    )
  })
})
