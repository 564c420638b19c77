import {
  createDraftStore,
  createMemoryStorage,
  draftKey,
  type DraftStorage,
} from '../../../src/core/draft/draftStore'

const entry = { draft: { t: 'mine' }, base: { t: 'base' }, baseVersion: '"7"', savedAt: 1 }

describe('createDraftStore', () => {
  it('round-trips a draft with its base and version', () => {
    const store = createDraftStore({ storage: createMemoryStorage() })
    store.save('k', entry)
    expect(store.load('k')).toEqual(entry)
    store.clear('k')
    expect(store.load('k')).toBeNull()
  })

  it('survives a new store over the same storage (a reload)', () => {
    const storage = createMemoryStorage()
    createDraftStore({ storage }).save('doc', entry)
    expect(createDraftStore({ storage }).load('doc')).toEqual(entry)
  })

  it('keeps drafts in memory when storage refuses writes (quota, privacy mode)', () => {
    const refusing: DraftStorage = {
      getItem: () => null,
      setItem: () => {
        throw new DOMException('full', 'QuotaExceededError')
      },
      removeItem: () => {},
    }
    const store = createDraftStore({ storage: refusing })
    expect(() => store.save('k', entry)).not.toThrow()
    expect(store.load('k')).toEqual(entry)
  })

  it('ignores corrupt or foreign entries instead of throwing', () => {
    const storage = createMemoryStorage()
    storage.setItem('ck:draft:a', '{not json')
    storage.setItem('ck:draft:b', JSON.stringify({ v: 99, draft: 1, savedAt: 1 }))
    storage.setItem('ck:draft:c', JSON.stringify({ v: 1, savedAt: 'x' }))
    const store = createDraftStore({ storage })
    expect([store.load('a'), store.load('b'), store.load('c')]).toEqual([null, null, null])
  })

  it('skips values that cannot be serialised', () => {
    const storage = createMemoryStorage()
    const cyclic: Record<string, unknown> = {}
    cyclic.self = cyclic
    createDraftStore({ storage }).save('k', { ...entry, draft: cyclic })
    expect(storage.getItem('ck:draft:k')).toBeNull()
  })
})

describe('createDraftStore without a storage option', () => {
  // Arranged explicitly rather than relying on the runtime (Node 20 has no localStorage, newer
  // Node and jsdom do), so each case tests the environment it names.
  const original = Object.getOwnPropertyDescriptor(globalThis, 'localStorage')
  afterEach(() => {
    if (original) Object.defineProperty(globalThis, 'localStorage', original)
    else Reflect.deleteProperty(globalThis, 'localStorage')
  })
  const setLocalStorage = (descriptor: PropertyDescriptor) =>
    Object.defineProperty(globalThis, 'localStorage', { configurable: true, ...descriptor })

  it('writes to localStorage when there is one, so the draft survives a reload', () => {
    const local = createMemoryStorage()
    setLocalStorage({ value: local })
    createDraftStore().save('k', entry)
    expect(local.getItem('ck:draft:k')).not.toBeNull()
    expect(createDraftStore().load('k')).toEqual(entry)
  })

  it.each<[string, PropertyDescriptor]>([
    ['missing', { value: undefined }],
    [
      'throwing on access (sandboxed iframe)',
      {
        get() {
          throw new DOMException('denied', 'SecurityError')
        },
      },
    ],
  ])('falls back to the page memory when localStorage is %s', (name, descriptor) => {
    setLocalStorage(descriptor)
    const key = `fallback-${name}` // the page memory outlives each case: one key per case
    const store = createDraftStore()
    expect(store.load(key)).toBeNull()
    expect(() => store.save(key, entry)).not.toThrow()
    expect(store.load(key)).toEqual(entry)
    // Shared by the page's default stores (so a sign-out's clearDrafts reaches it), but not by
    // a store given its own memory.
    expect(createDraftStore().load(key)).toEqual(entry)
    expect(createDraftStore({ storage: 'memory' }).load(key)).toBeNull()
    createDraftStore().clear(key)
    expect(store.load(key)).toBeNull()
  })
})

describe('draftKey', () => {
  it('is stable under object key order', () => {
    expect(draftKey(['doc', { id: 1, lang: 'en' }])).toBe(draftKey(['doc', { lang: 'en', id: 1 }]))
    expect(draftKey(['doc', 1])).not.toBe(draftKey(['doc', 2]))
  })
})
