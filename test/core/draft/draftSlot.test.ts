import {
  clearDrafts,
  draftSlot,
  offerView,
  openDraftSlot,
  type DraftAddress,
} from '../../../src/core/draft/draftSlot'
import {
  createDraftStore,
  createMemoryStorage,
  type DraftStorage,
} from '../../../src/core/draft/draftStore'

type Doc = { title: string; password?: string }
// Every other tab closed: their drafts may be offered.
const gone = () => false
const base: Doc = { title: 'Plan' }
const at = (session: string, scope: string | null = 'alice'): DraftAddress => ({
  scope,
  resource: '["doc",1]',
  session,
})

function stores() {
  const storage = createMemoryStorage()
  return { storage, store: createDraftStore({ storage }) }
}

describe('draftSlot: one draft per tab', () => {
  it("a save in one tab clears only that tab's draft", () => {
    const { store } = stores()
    const tab1 = draftSlot(store, at('tab-1'))
    const tab2 = draftSlot(store, at('tab-2'))
    tab1.save({ draft: { title: 'One' }, base, baseVersion: '"1"' })
    tab2.save({ draft: { title: 'Two' }, base, baseVersion: '"1"' })
    tab1.clear() // tab 1 saved
    expect(draftSlot(store, at('tab-2')).offer<Doc>(gone)).toMatchObject({
      from: 'this-tab',
      draft: { title: 'Two' },
      baseVersion: '"1"',
    })
  })

  it("offers this tab's own draft before any other tab's", () => {
    const { store } = stores()
    draftSlot(store, at('tab-1')).save({ draft: { title: 'Mine' }, base, baseVersion: null })
    draftSlot(store, at('tab-2')).save({ draft: { title: 'Newer' }, base, baseVersion: null })
    expect(draftSlot(store, at('tab-1')).offer<Doc>(gone)?.draft.title).toBe('Mine')
  })

  it('offers the newest draft another tab left when this tab has none, and adopts it', () => {
    const { store } = stores()
    const now = vi.spyOn(Date, 'now')
    now.mockReturnValue(1000)
    draftSlot(store, at('closed-a')).save({ draft: { title: 'Older' }, base, baseVersion: null })
    now.mockReturnValue(2000)
    draftSlot(store, at('closed-b')).save({ draft: { title: 'Newest' }, base, baseVersion: null })
    now.mockRestore()
    const fresh = draftSlot(store, at('fresh'))
    const offer = fresh.offer<Doc>(gone)
    expect(offer).toMatchObject({ from: 'other-tab', draft: { title: 'Newest' } })
    fresh.adopt(offer!)
    expect(draftSlot(store, at('fresh')).offer<Doc>(gone)).toMatchObject({ from: 'this-tab' })
    // The closed tab's copy moved: it is no longer that tab's own draft.
    expect(draftSlot(store, at('closed-b')).offer<Doc>(gone)).toMatchObject({ from: 'other-tab' })
  })

  it('never offers the draft of a tab that is still open; offers it once that tab is gone', () => {
    const { store } = stores()
    draftSlot(store, at('open-tab')).save({
      draft: { title: 'Still typing' },
      base,
      baseVersion: null,
    })
    const here = draftSlot(store, at('here'))
    expect(here.offer<Doc>((session) => session === 'open-tab')).toBeNull()
    expect(here.offer<Doc>()).toBeNull() // unknown liveness: taken as open
    expect(here.offer<Doc>(gone)).toMatchObject({
      from: 'other-tab',
      draft: { title: 'Still typing' },
    })
  })

  it("declining another tab's draft leaves it for that tab; declining one's own removes it", () => {
    const { store } = stores()
    draftSlot(store, at('other')).save({ draft: { title: 'Theirs' }, base, baseVersion: null })
    const here = draftSlot(store, at('here'))
    here.decline(here.offer<Doc>(gone)!)
    expect(draftSlot(store, at('other')).offer<Doc>(gone)).toMatchObject({ from: 'this-tab' })
    const other = draftSlot(store, at('other'))
    other.decline(other.offer<Doc>(gone)!)
    expect(draftSlot(store, at('other')).offer(gone)).toBeNull()
  })

  it('never offers a draft of another scope (another person on this browser)', () => {
    const { store } = stores()
    draftSlot(store, at('tab', 'alice')).save({ draft: { title: 'A' }, base, baseVersion: null })
    expect(draftSlot(store, at('tab', 'bob')).offer(gone)).toBeNull()
    expect(draftSlot(store, at('tab', null)).offer(gone)).toBeNull()
  })

  it('never persists password-like fields, at any depth', () => {
    const { storage, store } = stores()
    const slot = draftSlot(store, at('tab'))
    slot.save({
      draft: { title: 'T', password: 'hunter2', nested: { apiToken: 't0k', pinned: true } },
      base: { title: 'B', password: 'old-secret' },
      baseVersion: null,
    })
    const raw = JSON.stringify(
      [...Array(storage.length!).keys()].map((i) => storage.getItem(storage.key!(i)!)),
    )
    expect(raw).not.toMatch(/hunter2|old-secret|t0k/)
    expect(slot.offer(gone)).toMatchObject({
      draft: { title: 'T', nested: { pinned: true } },
      omitted: [['password'], ['nested', 'apiToken']],
    })
  })
})

describe('clearDrafts', () => {
  it("removes every tab's drafts of one scope and nobody else's", () => {
    const { store } = stores()
    for (const session of ['t1', 't2']) {
      draftSlot(store, at(session, 'alice')).save({
        draft: { title: 'A' },
        base,
        baseVersion: null,
      })
    }
    draftSlot(store, at('t1', 'bob')).save({ draft: { title: 'B' }, base, baseVersion: null })
    expect(clearDrafts('alice', { store })).toBe(2)
    expect(draftSlot(store, at('t1', 'alice')).offer(gone)).toBeNull()
    expect(draftSlot(store, at('t2', 'alice')).offer(gone)).toBeNull()
    expect(draftSlot(store, at('t1', 'bob')).offer(gone)).toMatchObject({ draft: { title: 'B' } })
  })

  it('finds drafts written by another store over the same storage (another page load)', () => {
    const storage = createMemoryStorage()
    draftSlot(createDraftStore({ storage }), at('t1')).save({
      draft: base,
      base,
      baseVersion: null,
    })
    expect(clearDrafts('alice', { store: createDraftStore({ storage }) })).toBe(1)
  })

  it('clears what a storage without key listing holds, as far as this store wrote it', () => {
    const map = new Map<string, string>()
    const unlisted: DraftStorage = {
      getItem: (k) => map.get(k) ?? null,
      setItem: (k, v) => void map.set(k, v),
      removeItem: (k) => void map.delete(k),
    }
    const store = createDraftStore({ storage: unlisted })
    draftSlot(store, at('t1')).save({ draft: base, base, baseVersion: null })
    expect(clearDrafts('alice', { store })).toBe(1)
    expect(map.size).toBe(0)
  })
})

describe('openDraftSlot and offerView', () => {
  it('opens no slot when persistence is off', () => {
    expect(openDraftSlot(false, 'alice', '["doc",1]')).toBeNull()
  })

  it('opens a slot of the given scope in the given store', () => {
    const { store } = stores()
    openDraftSlot(store, 'alice', '["doc",1]')!.save({
      draft: { title: 'A' },
      base,
      baseVersion: null,
    })
    expect(draftSlot(store, at('any-tab', 'alice')).offer(gone)).toMatchObject({
      from: 'other-tab',
    })
    expect(draftSlot(store, at('any-tab', 'bob')).offer(gone)).toBeNull()
  })

  it.each([
    ['the server moved on', '"2"', true],
    ['same version', '"1"', false],
    ['not loaded yet', undefined, false],
  ] as const)('says whether an offer is stale: %s', (_name, current, expected) => {
    const offer = {
      draft: base,
      base,
      baseVersion: '"1"',
      savedAt: 1,
      from: 'this-tab',
      key: 'k',
    } as const
    const shown = offerView(offer, current)
    expect(shown).toMatchObject({ from: 'this-tab', isStale: expected })
    expect(shown).not.toHaveProperty('key')
  })
})
