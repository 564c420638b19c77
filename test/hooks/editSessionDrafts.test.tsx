import { onlineManager } from '@tanstack/react-query'
import { act, waitFor } from '@testing-library/react'
import { http, HttpResponse } from 'msw'
import { clearDrafts, countDrafts, draftSlot } from '../../src/core/draft/draftSlot'
import { STALE_AFTER_MS } from '../../src/core/draft/draftSession'
import {
  createDraftStore,
  createMemoryStorage,
  draftKey,
  type DraftStore,
} from '../../src/core/draft/draftStore'
import {
  useOptimisticResource,
  type UseOptimisticResourceOptions,
} from '../../src/hooks/useOptimisticResource'
import { API, mswServer, newClient, renderWithClient } from './harness'
import { versionedResource } from './versionedServer'

type Doc = { title: string; body: string; password?: string }
const URL = `${API}/docs/7`
const initial: Doc = { title: 'Plan', body: 'one\ntwo\nthree\n' }
const server = mswServer()

function setup() {
  const resource = versionedResource(URL, initial)
  server.use(...resource.handlers)
  return resource
}

// A tab is its sessionStorage: the draft session id lives there and survives a reload.
function inTab(name: string) {
  sessionStorage.setItem('ck:draft-session', name)
}

async function open(store: DraftStore, extra: Partial<UseOptimisticResourceOptions<Doc>> = {}) {
  const r = renderWithClient(
    () =>
      useOptimisticResource<Doc>({
        queryKey: ['doc', 7],
        url: URL,
        persistDraft: store,
        draftScope: 'alice',
        merge: { text: ['body'] },
        ...extra,
      }),
    newClient(),
  )
  await waitFor(() => expect(r.result.current.status).toBe('success'))
  return r
}

afterEach(() => {
  sessionStorage.clear()
  localStorage.clear()
})

describe('drafts per tab', () => {
  it("keeps tab 2's draft when tab 1 saves, and offers it after tab 2 reloads, stale", async () => {
    const res = setup()
    const store = createDraftStore({ storage: createMemoryStorage() })
    inTab('tab-1')
    const tab1 = await open(store)
    inTab('tab-2')
    const tab2 = await open(store)
    act(() => tab2.result.current.setDraft((d) => ({ ...d, body: 'one\ntwo\nthree\nfour\n' })))
    act(() => tab1.result.current.setDraft((d) => ({ ...d, title: 'Plan B' })))
    await act(async () => void (await tab1.result.current.save()))
    expect(res.state.version).toBe(2)

    tab2.unmount() // tab 2 reloads
    const reloaded = await open(store)
    expect(reloaded.result.current.restoredDraft).toMatchObject({
      from: 'this-tab',
      isStale: true,
      draft: { body: 'one\ntwo\nthree\nfour\n' },
    })
    act(() => reloaded.result.current.restoreDraft())
    expect(reloaded.result.current).toMatchObject({ isStale: true, isDirty: true })
    // Saving merges against the newer version: both people's edits end up stored.
    await act(async () => void (await reloaded.result.current.save()))
    expect(reloaded.result.current.phase).toBe('conflict')
    const { merged } = reloaded.result.current.conflict!
    await act(async () => void (await reloaded.result.current.resolve(merged)))
    expect(res.state.value).toEqual({ title: 'Plan B', body: 'one\ntwo\nthree\nfour\n' })
    tab1.unmount()
    reloaded.unmount()
  })

  it('offers a closed tab’s draft to a new tab, and never to another person', async () => {
    setup()
    const store = createDraftStore({ storage: createMemoryStorage() })
    inTab('closed')
    const closed = await open(store)
    act(() => closed.result.current.setDraft((d) => ({ ...d, title: 'Unsaved' })))
    closed.unmount()

    inTab('bob-tab')
    const bob = await open(store, { draftScope: 'bob' })
    expect(bob.result.current.restoredDraft).toBeNull()
    bob.unmount()

    inTab('new-tab')
    const fresh = await open(store)
    expect(fresh.result.current.restoredDraft).toMatchObject({
      from: 'other-tab',
      isStale: false,
      draft: { title: 'Unsaved' },
    })
    fresh.unmount()

    expect(clearDrafts('alice', { store })).toBe(1)
    inTab('after-sign-out')
    const after = await open(store)
    expect(after.result.current.restoredDraft).toBeNull()
  })

  it('never offers the draft of a tab that is still open; offers it once that tab is gone', async () => {
    setup()
    const store = createDraftStore({ storage: createMemoryStorage() })
    // Another tab, still open (its heartbeat is fresh), has typed a draft.
    draftSlot(store, { scope: 'alice', resource: draftKey(['doc', 7]), session: 'open-tab' }).save({
      draft: { ...initial, title: 'Typed in the open tab' },
      base: initial,
      baseVersion: null,
    })
    localStorage.setItem('ck:draft-live:open-tab', String(Date.now()))
    inTab('second')
    const second = await open(store)
    // give the liveness check its turn: it must not bring the offer
    await act(async () => await new Promise((resolve) => setTimeout(resolve, 20)))
    expect(second.result.current.restoredDraft).toBeNull()
    second.unmount()

    // The open tab crashed: no pagehide, its heartbeat just stops and goes stale.
    localStorage.setItem('ck:draft-live:open-tab', String(Date.now() - STALE_AFTER_MS - 1))
    const again = await open(store)
    await waitFor(() =>
      expect(again.result.current.restoredDraft).toMatchObject({
        from: 'other-tab',
        draft: { title: 'Typed in the open tab' },
      }),
    )
  })

  it('a scope change keeps the draft stored for its owner and never shows it to the next', async () => {
    setup()
    const store = createDraftStore({ storage: createMemoryStorage() })
    inTab('shared-tab')
    const r = renderWithClient(
      (scope: string) =>
        useOptimisticResource<Doc>({
          queryKey: ['doc', 7],
          url: URL,
          persistDraft: store,
          draftScope: scope,
        }),
      newClient(),
      'alice' as string,
    )
    await waitFor(() => expect(r.result.current.status).toBe('success'))
    act(() => r.result.current.setDraft((d) => ({ ...d, title: 'Alice unsaved' })))
    expect(r.result.current.hasUnsavedWork).toBe(true) // what the app asks about before sign-out

    r.rerender('bob') // Alice signs out, Bob signs in, in the same tab
    expect(r.result.current).toMatchObject({ phase: 'viewing', isDirty: false, draft: initial })
    expect(r.result.current.restoredDraft).toBeNull()
    act(() => r.result.current.setDraft((d) => ({ ...d, body: 'Bob typing' })))

    r.rerender('alice') // Alice signs in again: her draft is offered back, Bob's is not
    expect(r.result.current.draft).toEqual(initial)
    expect(r.result.current.restoredDraft).toMatchObject({
      from: 'this-tab',
      draft: { title: 'Alice unsaved', body: initial.body },
    })
    act(() => r.result.current.restoreDraft())
    expect(r.result.current.draft).toEqual({ ...initial, title: 'Alice unsaved' })
  })

  it('never stores a password field, and restores the draft without turning it into a deletion', async () => {
    const res = versionedResource(URL, { ...initial, password: 'server-hash' })
    server.use(...res.handlers)
    const storage = createMemoryStorage()
    const store = createDraftStore({ storage })
    inTab('t')
    const first = await open(store)
    act(() =>
      first.result.current.setDraft((d) => ({ ...d, title: 'T', password: 'typed-secret' })),
    )
    const stored = [...Array(storage.length).keys()].map((i) => storage.getItem(storage.key!(i)!))
    expect(stored.join()).toContain('"title":"T"')
    expect(stored.join()).not.toMatch(/typed-secret|server-hash/)
    first.unmount()
    const again = await open(store)
    act(() => again.result.current.restoreDraft())
    expect(again.result.current.draft).toEqual({ ...initial, title: 'T', password: 'server-hash' })
  })
})

describe('sign-out reaches every tab', () => {
  it('stops storing for the signed-out person at once and says so, keeping the page’s text', async () => {
    setup()
    const store = createDraftStore({ storage: createMemoryStorage() })
    inTab('tab-1')
    const tab1 = await open(store)
    act(() => tab1.result.current.setDraft((d) => ({ ...d, title: 'Unsaved in tab 1' })))
    expect(countDrafts('alice', { store })).toBe(1)
    // Another tab signs Alice out (the same page here: the word reaches it the same way).
    let removed = 0
    act(() => {
      removed = clearDrafts('alice', { store })
    })
    expect(removed).toBe(1)
    expect(tab1.result.current.draftsCleared).toBe(true)
    // The text on screen stays; nothing more is written for Alice.
    expect(tab1.result.current.draft?.title).toBe('Unsaved in tab 1')
    act(() => tab1.result.current.setDraft((d) => ({ ...d, title: 'Typed after' })))
    expect(countDrafts('alice', { store })).toBe(0)
    expect(store.keys()).toEqual([])
    tab1.unmount()
  })

  it('leaves editors of other people alone', async () => {
    setup()
    const store = createDraftStore({ storage: createMemoryStorage() })
    inTab('tab-1')
    const tab1 = await open(store)
    act(() => void clearDrafts('bob', { store }))
    act(() => tab1.result.current.setDraft((d) => ({ ...d, title: 'Still stored' })))
    expect(tab1.result.current.draftsCleared).toBe(false)
    expect(countDrafts('alice', { store })).toBe(1)
    tab1.unmount()
  })
})

describe('conflict, discard and offline', () => {
  it('save() during a conflict answers conflict, not skipped', async () => {
    const res = setup()
    inTab('t')
    const { result } = await open(createDraftStore({ storage: 'memory' }))
    act(() => result.current.setDraft((d) => ({ ...d, title: 'Mine' })))
    res.externalEdit((v) => ({ ...v, title: 'Theirs' }))
    await act(async () => void (await result.current.save()))
    expect(result.current.phase).toBe('conflict')
    let outcome
    await act(async () => {
      outcome = await result.current.save()
    })
    expect(outcome).toEqual({
      status: 'conflict',
      data: undefined,
      problem: result.current.conflict!.problem,
    })
    expect(result.current.phase).toBe('conflict')
    expect(res.puts()).toHaveLength(1)
  })

  it('discard can be undone, and the undone draft is stored again', async () => {
    setup()
    const store = createDraftStore({ storage: createMemoryStorage() })
    inTab('t')
    const { result, unmount } = await open(store)
    act(() => result.current.setDraft((d) => ({ ...d, title: 'Precious' })))
    act(() => result.current.discard())
    expect(result.current).toMatchObject({ canUndoDiscard: true, isDirty: false })
    act(() => result.current.undoDiscard())
    expect(result.current).toMatchObject({
      canUndoDiscard: false,
      isDirty: true,
      draft: { title: 'Precious' },
    })
    unmount()
    const again = await open(store)
    expect(again.result.current.restoredDraft?.draft.title).toBe('Precious')
  })

  it('offline mid-save: says it was not saved at once, keeps the draft, and a retry saves', async () => {
    const res = setup()
    const store = createDraftStore({ storage: createMemoryStorage() })
    inTab('t')
    const { result, unmount } = await open(store, { maxBusyRetries: 0 })
    act(() => result.current.setDraft((d) => ({ ...d, title: 'Offline edit' })))
    onlineManager.setOnline(false)
    server.use(http.put(URL, () => HttpResponse.error()))
    try {
      await act(async () => void (await result.current.save()))
    } finally {
      onlineManager.setOnline(true)
    }
    expect(result.current).toMatchObject({
      phase: 'failed',
      isFailed: true,
      problem: { status: 0, code: 'network' },
      draft: { title: 'Offline edit' },
    })
    server.resetHandlers(...res.handlers)
    await act(async () => void (await result.current.save()))
    expect(result.current.phase).toBe('viewing')
    expect(res.state.value.title).toBe('Offline edit')
    unmount()
  }, 15_000)
})

describe('vocabulary', () => {
  it('hands out the same functions on every render', async () => {
    setup()
    inTab('t')
    const { result, rerender } = await open(createDraftStore({ storage: 'memory' }))
    const pick = () => {
      const r = result.current
      return [
        r.setDraft,
        r.save,
        r.resolve,
        r.discard,
        r.undoDiscard,
        r.restoreDraft,
        r.dismissRestoredDraft,
        r.refetch,
      ]
    }
    const before = pick()
    act(() => result.current.setDraft((d) => ({ ...d, title: 'x' })))
    rerender()
    pick().forEach((fn, i) => expect([i, fn]).toEqual([i, before[i]]))
  })

  it('derives every isX flag from status and phase', async () => {
    setup()
    inTab('t')
    const { result } = await open(createDraftStore({ storage: 'memory' }))
    expect(result.current).toMatchObject({
      status: 'success',
      phase: 'viewing',
      isPending: false,
      isError: false,
      isSuccess: true,
      isSaving: false,
      isConflict: false,
      isFailed: false,
    })
  })

  it('a failed first load is status error, with nothing to edit', async () => {
    server.use(http.get(URL, () => HttpResponse.json({ title: 'Gone' }, { status: 404 })))
    const r = renderWithClient(() =>
      useOptimisticResource<Doc>({ queryKey: ['doc', 404], url: URL, persistDraft: false }),
    )
    await waitFor(() => expect(r.result.current.status).toBe('error'))
    expect(r.result.current).toMatchObject({
      phase: 'viewing',
      isError: true,
      data: undefined,
      draft: undefined,
      problem: { status: 404 },
    })
  })
})

describe('unload guard and scope warning', () => {
  const leave = () => {
    const event = new Event('beforeunload', { cancelable: true })
    window.dispatchEvent(event)
    return event.defaultPrevented
  }

  it('asks before leaving only while there is unsaved work, unless turned off', async () => {
    setup()
    inTab('t')
    const { result, unmount } = await open(createDraftStore({ storage: 'memory' }))
    expect(leave()).toBe(false)
    act(() => result.current.setDraft((d) => ({ ...d, title: 'Unsaved' })))
    expect(leave()).toBe(true)
    await act(async () => void (await result.current.save()))
    expect(leave()).toBe(false)
    unmount()

    const off = await open(createDraftStore({ storage: 'memory' }), { guardUnload: false })
    act(() => off.result.current.setDraft((d) => ({ ...d, title: 'Unsaved' })))
    expect(leave()).toBe(false)
    off.unmount()
  })

  it('warns once in development when drafts are stored with no scope', async () => {
    setup()
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {})
    inTab('t')
    ;(await open(createDraftStore({ storage: 'memory' }))).unmount()
    expect(warn).not.toHaveBeenCalled()
    ;(await open(createDraftStore({ storage: 'memory' }), { draftScope: undefined })).unmount()
    ;(await open(createDraftStore({ storage: 'memory' }), { draftScope: undefined })).unmount()
    expect(warn).toHaveBeenCalledTimes(1)
    expect(String(warn.mock.calls[0]?.[0])).toMatch(/draftScope/)
    warn.mockRestore()
  })
})
