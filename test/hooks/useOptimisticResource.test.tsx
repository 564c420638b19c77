import { act, waitFor } from '@testing-library/react'
import { HttpResponse } from 'msw'
import { useQuery } from '@tanstack/react-query'
import {
  useOptimisticResource,
  type UseOptimisticResourceOptions,
} from '../../src/hooks/useOptimisticResource'
import { createDraftStore, createMemoryStorage } from '../../src/core/draft/draftStore'
import { currentDraftSession, draftAddressKey } from '../../src/core/draft/draftSlot'
import { API, mswServer, newClient, renderWithClient } from './harness'
import { versionedResource, type VersionedOptions } from './versionedServer'

type Doc = { title: string; tags: string[]; body: string }
const URL = `${API}/docs/1`
const initial: Doc = { title: 'Plan', tags: ['a'], body: 'one\ntwo\nthree\n' }
const server = mswServer()

// Where this tab's draft of doc 1 is stored (no scope given).
const SLOT = draftAddressKey({ scope: null, resource: '["doc",1]', session: currentDraftSession() })
const ASIDE = draftAddressKey({
  scope: null,
  resource: '["doc",1]',
  session: `${currentDraftSession()}~aside`,
})

function setup(serverOpts: VersionedOptions = {}) {
  const resource = versionedResource(URL, initial, serverOpts)
  server.use(...resource.handlers)
  return resource
}

function useDoc(extra: Partial<UseOptimisticResourceOptions<Doc>> = {}) {
  return useOptimisticResource<Doc>({
    queryKey: ['doc', 1],
    url: URL,
    persistDraft: false,
    merge: { text: ['body'] },
    ...extra,
  })
}

async function loaded(extra?: Partial<UseOptimisticResourceOptions<Doc>>, client = newClient()) {
  const r = renderWithClient(() => useDoc(extra), client)
  await waitFor(() => expect(r.result.current.status).toBe('success'))
  return r
}

describe('useOptimisticResource: load and save', () => {
  it('loads the resource with its ETag and shows it as the draft', async () => {
    setup()
    const { result } = renderWithClient(() => useDoc())
    expect(result.current.status).toBe('pending')
    await waitFor(() => expect(result.current.status).toBe('success'))
    expect(result.current).toMatchObject({
      data: initial,
      draft: initial,
      version: '"v1"',
      isDirty: false,
    })
  })

  it('saves with If-Match and takes the new version', async () => {
    const res = setup()
    const { result } = await loaded()
    act(() => result.current.setDraft((d) => ({ ...d, title: 'Plan B' })))
    expect(result.current.isDirty).toBe(true)
    let outcome
    await act(async () => {
      outcome = await result.current.save()
    })
    expect(outcome).toEqual({
      status: 'success',
      data: { value: { ...initial, title: 'Plan B' }, version: '"v2"' },
      problem: null,
    })
    expect(res.puts()).toEqual([expect.objectContaining({ ifMatch: '"v1"', status: 200 })])
    expect(result.current).toMatchObject({ phase: 'viewing', version: '"v2"', isDirty: false })
    expect(res.state.value.title).toBe('Plan B')
  })

  it('shows the draft to other readers of the query while saving', async () => {
    setup({ writeDelay: 400 })
    const client = newClient()
    const { result } = await loaded({}, client)
    const other = renderWithClient(
      () => useQuery<{ value: Doc }>({ queryKey: ['doc', 1], enabled: false }),
      client,
    )
    act(() => result.current.setDraft((d) => ({ ...d, title: 'Optimistic' })))
    let pending!: Promise<unknown>
    act(() => {
      pending = result.current.save()
    })
    await waitFor(() => expect(other.result.current.data?.value.title).toBe('Optimistic'))
    expect(result.current.phase).toBe('saving')
    await act(async () => void (await pending))
    expect(result.current.phase).toBe('viewing')
  })

  it('rolls the cache back on a failed save and keeps the draft', async () => {
    const res = setup()
    const { result } = await loaded()
    act(() => result.current.setDraft((d) => ({ ...d, title: 'Mine' })))
    res.queue(
      () =>
        new HttpResponse(
          '<html><head><title>502 Bad Gateway</title></head><body><h1>Bad Gateway</h1></body></html>',
          {
            status: 502,
            headers: { 'content-type': 'text/html' },
          },
        ),
    )
    await act(async () => void (await result.current.save()))
    expect(result.current.phase).toBe('failed')
    expect(result.current.problem).toMatchObject({ status: 502 })
    expect(result.current.problem?.title).not.toMatch(/</)
    expect(result.current.data).toEqual(initial)
    expect(result.current.draft).toMatchObject({ title: 'Mine' })
    expect(result.current.isDirty).toBe(true)
  })

  it('keeps the draft when the network fails', async () => {
    setup()
    const { result } = await loaded()
    act(() => result.current.setDraft((d) => ({ ...d, title: 'Offline edit' })))
    server.use(
      ...versionedResource(URL, initial).handlers.slice(0, 1),
      // a PUT that never reaches a server
      (await import('msw')).http.put(URL, () => HttpResponse.error()),
    )
    await act(async () => void (await result.current.save()))
    expect(result.current.phase).toBe('failed')
    expect(result.current.problem).toMatchObject({ status: 0 })
    expect(result.current.draft).toMatchObject({ title: 'Offline edit' })
  })

  it('sends one write for a double save', async () => {
    const res = setup({ writeDelay: 30 })
    const { result } = await loaded()
    act(() => result.current.setDraft((d) => ({ ...d, title: 'Once' })))
    let outcomes: unknown[] = []
    await act(async () => {
      outcomes = await Promise.all([result.current.save(), result.current.save()])
    })
    expect(res.puts()).toHaveLength(1)
    expect(outcomes).toContainEqual(
      expect.objectContaining({ status: 'skipped', reason: 'in-flight' }),
    )
  })

  it('does not write when nothing was edited', async () => {
    const res = setup()
    const { result } = await loaded()
    let outcome
    await act(async () => {
      outcome = await result.current.save()
    })
    expect(outcome).toEqual({
      status: 'skipped',
      data: undefined,
      problem: null,
      reason: 'not-dirty',
    })
    expect(res.puts()).toHaveLength(0)
  })
})

describe('useOptimisticResource: conflicts', () => {
  it('merges disjoint edits for review, then saves against the new version', async () => {
    const res = setup()
    const { result } = await loaded()
    act(() => result.current.setDraft((d) => ({ ...d, title: 'Mine' })))
    res.externalEdit((v) => ({ ...v, tags: ['a', 'b'] }))
    await act(async () => void (await result.current.save()))
    expect(result.current.phase).toBe('conflict')
    const conflict = result.current.conflict!
    expect(conflict.conflicts).toEqual([])
    expect(conflict.merged).toEqual({ ...initial, title: 'Mine', tags: ['a', 'b'] })
    expect(conflict.theirsVersion).toBe('"v2"')
    await act(async () => void (await result.current.resolve(conflict.merged)))
    expect(result.current.phase).toBe('viewing')
    expect(res.state.value).toEqual({ ...initial, title: 'Mine', tags: ['a', 'b'] })
    // No blind retry: the first write carried v1 and got 412, the second carried v2.
    expect(res.puts().map((p) => [p.ifMatch, p.status])).toEqual([
      ['"v1"', 412],
      ['"v2"', 200],
    ])
  })

  it('saves a clean merge at once with autoMerge: save', async () => {
    const res = setup()
    const { result } = await loaded({ autoMerge: 'save' })
    act(() => result.current.setDraft((d) => ({ ...d, body: 'one\ntwo\nthree\nfour\n' })))
    res.externalEdit((v) => ({ ...v, body: 'zero\none\ntwo\nthree\n' }))
    await act(async () => void (await result.current.save()))
    expect(result.current.phase).toBe('viewing')
    expect(res.state.value.body).toBe('zero\none\ntwo\nthree\nfour\n')
  })

  it('uses the representation sent with the conflict instead of another GET', async () => {
    const res = setup({ sendCurrent: true })
    const { result } = await loaded()
    const getsBefore = res.gets().length
    act(() => result.current.setDraft((d) => ({ ...d, title: 'Mine' })))
    res.externalEdit((v) => ({ ...v, title: 'Theirs' }))
    await act(async () => void (await result.current.save()))
    expect(res.gets()).toHaveLength(getsBefore)
    expect(result.current.conflict?.conflicts).toEqual([
      expect.objectContaining({ path: ['title'], base: 'Plan', mine: 'Mine', theirs: 'Theirs' }),
    ])
  })

  it('fetches theirs bypassing caches when the conflict carried nothing', async () => {
    const res = setup()
    const { result } = await loaded()
    act(() => result.current.setDraft((d) => ({ ...d, title: 'Mine' })))
    res.externalEdit((v) => ({ ...v, title: 'Theirs' }))
    await act(async () => void (await result.current.save()))
    expect(res.gets().at(-1)?.cache).toBe('no-store')
    expect(result.current.data?.title).toBe('Theirs')
    expect(result.current.draft?.title).toBe('Mine')
  })

  it.each([
    ['keep mine', 'Mine'],
    ['take theirs', 'Theirs'],
  ])('resolves a true conflict: %s', async (_name, chosen) => {
    const res = setup()
    const { result } = await loaded()
    act(() => result.current.setDraft((d) => ({ ...d, title: 'Mine' })))
    res.externalEdit((v) => ({ ...v, title: 'Theirs', tags: ['z'] }))
    await act(async () => void (await result.current.save()))
    const { merged } = result.current.conflict!
    expect(merged).toMatchObject({ title: 'Theirs', tags: ['z'] })
    await act(async () => void (await result.current.resolve({ ...merged, title: chosen })))
    expect(result.current.phase).toBe('viewing')
    expect(res.state.value).toMatchObject({ title: chosen, tags: ['z'] })
  })

  it('discard drops the draft and shows theirs', async () => {
    const res = setup()
    const { result } = await loaded()
    act(() => result.current.setDraft((d) => ({ ...d, title: 'Mine' })))
    res.externalEdit((v) => ({ ...v, title: 'Theirs' }))
    await act(async () => void (await result.current.save()))
    act(() => result.current.discard())
    await waitFor(() => expect(result.current.phase).toBe('viewing'))
    expect(result.current.draft).toMatchObject({ title: 'Theirs' })
    expect(res.state.value.title).toBe('Theirs')
  })

  it('starts over cleanly when a second conflict hits during resolve', async () => {
    const res = setup()
    const { result } = await loaded()
    act(() => result.current.setDraft((d) => ({ ...d, title: 'Mine' })))
    res.externalEdit((v) => ({ ...v, title: 'Theirs 1' }))
    await act(async () => void (await result.current.save()))
    res.externalEdit((v) => ({ ...v, title: 'Theirs 2', tags: ['late'] }))
    await act(
      async () =>
        void (await result.current.resolve({
          ...result.current.conflict!.merged,
          title: 'Chosen',
        })),
    )
    expect(result.current.phase).toBe('conflict')
    const second = result.current.conflict!
    expect(second).toMatchObject({
      base: { title: 'Theirs 1' },
      mine: { title: 'Chosen' },
      theirs: { title: 'Theirs 2' },
    })
    expect(second.theirsVersion).toBe('"v3"')
    await act(async () => void (await result.current.resolve({ ...second.merged, title: 'Final' })))
    expect(res.state.value).toMatchObject({ title: 'Final', tags: ['late'] })
  })

  it('works with a version field and 409', async () => {
    const res = setup({ mode: 'field' })
    const { result } = await loaded({ version: { field: 'version' } })
    expect(result.current.version).toBe('1')
    act(() => result.current.setDraft((d) => ({ ...d, title: 'Mine' })))
    res.externalEdit((v) => ({ ...v, tags: ['b'] }))
    await act(async () => void (await result.current.save()))
    expect(result.current.phase).toBe('conflict')
    expect(res.puts()[0]).toMatchObject({ bodyVersion: 1, status: 409 })
    await act(async () => void (await result.current.resolve(result.current.conflict!.merged)))
    expect(res.puts()[1]).toMatchObject({ bodyVersion: 2, status: 200 })
    expect(res.state.value).toMatchObject({ title: 'Mine', tags: ['b'] })
  })

  it('two people racing: both changes end up stored', async () => {
    const res = setup()
    const alice = await loaded({ autoMerge: 'save' }, newClient())
    const bob = await loaded({ autoMerge: 'save' }, newClient())
    act(() => alice.result.current.setDraft((d) => ({ ...d, title: 'Alice title' })))
    act(() => bob.result.current.setDraft((d) => ({ ...d, body: d.body + 'bob line\n' })))
    await act(async () => {
      await Promise.all([alice.result.current.save(), bob.result.current.save()])
    })
    expect(res.state.value).toEqual({
      ...initial,
      title: 'Alice title',
      body: 'one\ntwo\nthree\nbob line\n',
    })
    expect(res.puts().filter((p) => p.status === 412)).toHaveLength(1)
  })
})

/** Stripe's answer while a request with the same idempotency key is still running. */
const busy = () =>
  HttpResponse.json(
    {
      error: {
        type: 'idempotency_error',
        code: 'idempotency_key_in_use',
        message: 'Another request with this key is in progress.',
      },
    },
    { status: 409, headers: { 'Retry-After': '0' } },
  )

describe('useOptimisticResource: preconditions and busy', () => {
  it('428: takes the version the 428 carried when the GET has none, and retries once', async () => {
    const res = setup({ requirePrecondition: true, omitEtagOnGet: true })
    const { result } = await loaded()
    expect(result.current.version).toBeNull()
    act(() => result.current.setDraft((d) => ({ ...d, title: 'Mine' })))
    await act(async () => void (await result.current.save()))
    expect(res.puts().map((p) => [p.ifMatch, p.status])).toEqual([
      [null, 428],
      ['"v1"', 200],
    ])
    expect(result.current.phase).toBe('viewing')
    expect(res.state.value.title).toBe('Mine')
  })

  it('428 when the resource moved meanwhile: merges instead of overwriting', async () => {
    const res = setup({ requirePrecondition: true, omitEtagOnGet: true })
    const { result } = await loaded()
    act(() => result.current.setDraft((d) => ({ ...d, title: 'Mine' })))
    res.externalEdit((v) => ({ ...v, title: 'Theirs' }))
    await act(async () => void (await result.current.save()))
    // No version known: the read right before the write finds theirs, so nothing is sent.
    expect(res.puts()).toHaveLength(0)
    expect(result.current.phase).toBe('conflict')
    expect(result.current.conflict?.conflicts[0]).toMatchObject({ mine: 'Mine', theirs: 'Theirs' })
    expect(res.state.value.title).toBe('Theirs')
  })

  it('no version known: the fresh read before the write supplies If-Match', async () => {
    const res = setup({ requirePrecondition: true })
    const { result } = await loaded({
      // a first load that lost its ETag (a proxy stripped it); later GETs carry it
      fetch: async ({ fresh }) => {
        const r = await fetch(URL, { cache: fresh ? 'no-store' : 'default' })
        return fresh ? r : { value: (await r.json()) as Doc, version: null }
      },
    })
    act(() => result.current.setDraft((d) => ({ ...d, title: 'Mine' })))
    await act(async () => void (await result.current.save()))
    // The read right before the write carries the ETag, so even the first write is conditional.
    expect(res.puts().map((p) => [p.ifMatch, p.status])).toEqual([['"v1"', 200]])
    expect(result.current.phase).toBe('viewing')
  })

  it('retries busy after its delay, bounded', async () => {
    const res = setup()
    const { result } = await loaded({ maxBusyRetries: 2 })
    act(() => result.current.setDraft((d) => ({ ...d, title: 'Mine' })))
    res.queue(busy)
    await act(async () => void (await result.current.save()))
    expect(res.puts().map((p) => p.status)).toEqual([409, 200])
    expect(result.current.phase).toBe('viewing')

    act(() => result.current.setDraft((d) => ({ ...d, title: 'Again' })))
    for (let i = 0; i < 5; i++) res.queue(busy)
    await act(async () => void (await result.current.save()))
    expect(res.puts().map((p) => p.status)).toEqual([409, 200, 409, 409, 409])
    expect(result.current.phase).toBe('failed')
    expect(result.current.problem?.kind).toBe('busy')
  })

  it('never retries a validation error', async () => {
    const res = setup()
    const { result } = await loaded()
    act(() => result.current.setDraft((d) => ({ ...d, title: '' })))
    res.queue(() =>
      HttpResponse.json(
        {
          title: 'Invalid',
          status: 422,
          errors: [{ field: 'title', message: 'must not be empty' }],
        },
        { status: 422, headers: { 'content-type': 'application/problem+json' } },
      ),
    )
    await act(async () => void (await result.current.save()))
    expect(res.puts()).toHaveLength(1)
    expect(result.current.problem).toMatchObject({
      kind: 'validation',
      fieldErrors: { title: 'must not be empty' },
    })
  })
})

describe('useOptimisticResource: staleness, drafts, lifecycle', () => {
  it('flags isStale when a refetch reveals a newer version during editing', async () => {
    const res = setup()
    const { result } = await loaded()
    act(() => result.current.setDraft((d) => ({ ...d, title: 'Mine' })))
    res.externalEdit((v) => ({ ...v, title: 'Theirs' }))
    await act(async () => result.current.refetch())
    // TanStack Query notifies observers on its own schedule, after the refetch settles
    await waitFor(() => expect(result.current.isStale).toBe(true))
    expect(result.current.theirs).toEqual({
      value: expect.objectContaining({ title: 'Theirs' }),
      version: '"v2"',
    })
    expect(result.current.draft?.title).toBe('Mine')
    // the save still starts from the captured base and goes through a merge
    await act(async () => void (await result.current.save()))
    expect(result.current.conflict?.conflicts[0]).toMatchObject({
      base: 'Plan',
      mine: 'Mine',
      theirs: 'Theirs',
    })
  })

  it('a save in another tab triggers a refetch through BroadcastChannel', async () => {
    const res = setup()
    const channel = `ck-test-${Math.random()}`
    const here = await loaded({ broadcast: channel }, newClient())
    const there = await loaded({ broadcast: channel }, newClient())
    act(() => here.result.current.setDraft((d) => ({ ...d, title: 'Unsaved here' })))
    act(() => there.result.current.setDraft((d) => ({ ...d, tags: ['there'] })))
    await act(async () => void (await there.result.current.save()))
    await waitFor(() => expect(here.result.current.isStale).toBe(true))
    expect(here.result.current.theirs?.value.tags).toEqual(['there'])
    expect(res.state.version).toBe(2)
  })

  it('restores a draft after a reload and merges it on save', async () => {
    const res = setup()
    const store = createDraftStore({ storage: createMemoryStorage() })
    const first = await loaded({ persistDraft: store })
    act(() => first.result.current.setDraft((d) => ({ ...d, title: 'Before reload' })))
    first.unmount()
    res.externalEdit((v) => ({ ...v, tags: ['meanwhile'] }))

    const second = await loaded({ persistDraft: store }, newClient())
    expect(second.result.current.restoredDraft).toMatchObject({
      draft: { title: 'Before reload' },
      baseVersion: '"v1"',
    })
    expect(second.result.current.draft?.title).toBe('Plan')
    act(() => second.result.current.restoreDraft())
    expect(second.result.current.restoredDraft).toBeNull()
    expect(second.result.current).toMatchObject({
      draft: { title: 'Before reload' },
      isStale: true,
    })
    await act(async () => void (await second.result.current.save()))
    await act(
      async () =>
        void (await second.result.current.resolve(second.result.current.conflict!.merged)),
    )
    expect(res.state.value).toMatchObject({ title: 'Before reload', tags: ['meanwhile'] })
    expect(store.load(SLOT)).toBeNull()
  })

  it('stores typing made while an older draft is offered, and keeps the older one too', async () => {
    setup()
    const store = createDraftStore({ storage: createMemoryStorage() })
    const first = await loaded({ persistDraft: store })
    act(() => first.result.current.setDraft((d) => ({ ...d, title: 'Old work' })))
    first.unmount()
    const second = await loaded({ persistDraft: store }, newClient())
    expect(second.result.current.restoredDraft?.draft.title).toBe('Old work')
    act(() => second.result.current.setDraft((d) => ({ ...d, tags: ['new'] })))
    // Both are in storage: the typing in this tab's slot, the older draft beside it.
    expect(store.load<Doc>(SLOT)?.draft).toMatchObject({ title: 'Plan', tags: ['new'] })
    expect(store.load<Doc>(ASIDE)?.draft.title).toBe('Old work')
    expect(second.result.current.restoredDraft?.draft.title).toBe('Old work')
    act(() => second.result.current.dismissRestoredDraft())
    expect(store.load<Doc>(SLOT)?.draft.tags).toEqual(['new'])
    expect(store.load(ASIDE)).toBeNull()
  })

  it('restoring over newer typing merges them when they do not overlap', async () => {
    setup()
    const store = createDraftStore({ storage: createMemoryStorage() })
    const first = await loaded({ persistDraft: store })
    act(() => first.result.current.setDraft((d) => ({ ...d, title: 'Old work' })))
    first.unmount()
    const second = await loaded({ persistDraft: store }, newClient())
    act(() => second.result.current.setDraft((d) => ({ ...d, tags: ['new'] })))
    act(() => second.result.current.restoreDraft())
    expect(second.result.current.draft).toMatchObject({ title: 'Old work', tags: ['new'] })
    expect(second.result.current.restoredDraft).toBeNull()
    expect(store.load<Doc>(SLOT)?.draft).toMatchObject({ title: 'Old work', tags: ['new'] })
    expect(store.load(ASIDE)).toBeNull()
  })

  it('restoring over overlapping typing sets the typing aside as the next offer', async () => {
    setup()
    const store = createDraftStore({ storage: createMemoryStorage() })
    const first = await loaded({ persistDraft: store })
    act(() => first.result.current.setDraft((d) => ({ ...d, title: 'Old work' })))
    first.unmount()
    const second = await loaded({ persistDraft: store }, newClient())
    act(() => second.result.current.setDraft((d) => ({ ...d, title: 'New work' })))
    act(() => second.result.current.restoreDraft())
    expect(second.result.current.draft?.title).toBe('Old work')
    expect(second.result.current.restoredDraft).toMatchObject({
      from: 'set-aside',
      draft: { title: 'New work' },
    })
    expect(store.load<Doc>(ASIDE)?.draft.title).toBe('New work')
    // and back again: nothing typed is lost either way
    act(() => second.result.current.restoreDraft())
    expect(second.result.current.draft?.title).toBe('New work')
    expect(second.result.current.restoredDraft?.draft.title).toBe('Old work')
  })

  it('a save started before unmount finishes: server, cache and draft store hold its result', async () => {
    const res = setup({ writeDelay: 200 })
    const store = createDraftStore({ storage: createMemoryStorage() })
    const errors = vi.spyOn(console, 'error')
    const onSaved = vi.fn()
    const client = newClient()
    const { result, unmount } = await loaded({ persistDraft: store, onSaved }, client)
    act(() => result.current.setDraft((d) => ({ ...d, title: 'In flight' })))
    let pending!: Promise<unknown>
    act(() => {
      pending = result.current.save()
    })
    unmount()
    const outcome = await pending
    expect(outcome).toMatchObject({ status: 'success', data: { value: { title: 'In flight' } } })
    expect(res.state.value.title).toBe('In flight')
    expect(client.getQueryData<{ value: Doc }>(['doc', 1])?.value.title).toBe('In flight')
    expect(store.load(SLOT)).toBeNull()
    // the app's callbacks belong to the page that is gone
    expect(onSaved).not.toHaveBeenCalled()
    expect(errors).not.toHaveBeenCalled()
    errors.mockRestore()
  })
})

describe('useOptimisticResource: what autoMerge: save merged, and its undo', () => {
  const theirBody = 'zero\none\ntwo\nthree\n'
  const myBody = 'one\ntwo\nthree\nfour\n'

  async function savedMerge() {
    const res = setup()
    const r = await loaded({ autoMerge: 'save' })
    act(() => r.result.current.setDraft((d) => ({ ...d, body: myBody })))
    res.externalEdit((v) => ({ ...v, body: theirBody }))
    await act(async () => void (await r.result.current.save()))
    return { res, ...r }
  }

  it('says what the saved merge combined', async () => {
    const { result, res } = await savedMerge()
    expect(res.state.value.body).toBe('zero\none\ntwo\nthree\nfour\n')
    const merged = result.current.autoMerged
    expect(merged).not.toBeNull()
    expect(merged?.saved).toEqual({ value: res.state.value, version: result.current.version })
    expect(merged?.conflict).toMatchObject({
      base: initial,
      mine: { ...initial, body: myBody },
      theirs: { ...initial, body: theirBody },
      conflicts: [],
    })
    // Both sides changed `body` (lines that did not overlap).
    expect(merged?.conflict.changes).toEqual([{ path: ['body'], from: 'both' }])
    expect(merged?.baseVersion).toBe('"v1"')
  })

  it('undo writes theirs back against the saved version and holds the merge for review', async () => {
    const { result, res } = await savedMerge()
    const savedVersion = result.current.version
    let outcome
    await act(async () => {
      outcome = await result.current.undoAutoMerge()
    })
    expect(outcome).toMatchObject({ status: 'success', problem: null })
    expect(res.puts().at(-1)).toMatchObject({ ifMatch: savedVersion, status: 200 })
    expect(res.state.value.body).toBe(theirBody)
    expect(result.current.autoMerged).toBeNull()
    expect(result.current.phase).toBe('conflict')
    expect(result.current.draft?.body).toBe(myBody)
    const held = result.current.conflict
    expect(held?.conflicts).toEqual([])
    expect(held?.theirsVersion).toBe(`"v${res.state.version}"`)
    if (!held) throw new Error('no held merge')
    expect(held.merged.body).toBe('zero\none\ntwo\nthree\nfour\n')
    // Saving the held merge stores both again, against the undo's version.
    await act(async () => void (await result.current.resolve(held.merged)))
    expect(res.puts().at(-1)).toMatchObject({ ifMatch: held.theirsVersion, status: 200 })
    expect(res.state.value.body).toBe('zero\none\ntwo\nthree\nfour\n')
    expect(result.current.phase).toBe('viewing')
  })

  it('undo never overwrites a save someone made since: nothing written, the notice goes', async () => {
    const { result, res } = await savedMerge()
    res.externalEdit((v) => ({ ...v, title: 'Later' }))
    const putsBefore = res.puts().length
    let outcome: Awaited<ReturnType<typeof result.current.undoAutoMerge>> | undefined
    await act(async () => {
      outcome = await result.current.undoAutoMerge()
    })
    expect(outcome?.status).toBe('error')
    expect(outcome?.problem?.kind).toBe('stale')
    expect(
      res
        .puts()
        .slice(putsBefore)
        .map((p) => p.status),
    ).toEqual([412])
    expect(res.state.value).toMatchObject({ title: 'Later', body: 'zero\none\ntwo\nthree\nfour\n' })
    expect(result.current.autoMerged).toBeNull()
    expect(result.current.phase).toBe('viewing')
    await waitFor(() => expect(result.current.data?.title).toBe('Later'))
  })

  it('the notice goes once the person edits again, and undo then does nothing', async () => {
    const { result, res } = await savedMerge()
    act(() => result.current.setDraft((d) => ({ ...d, title: 'Next' })))
    expect(result.current.autoMerged).toBeNull()
    const putsBefore = res.puts().length
    let outcome
    await act(async () => {
      outcome = await result.current.undoAutoMerge()
    })
    expect(outcome).toMatchObject({ status: 'skipped', reason: 'not-dirty' })
    expect(res.puts()).toHaveLength(putsBefore)
  })

  it('dismiss hides it; a resend over a version-only move, or review mode, shows none', async () => {
    const { result } = await savedMerge()
    act(() => result.current.dismissAutoMerged())
    expect(result.current.autoMerged).toBeNull()

    const res = setup()
    const other = await loaded({ autoMerge: 'save' }, newClient())
    act(() => other.result.current.setDraft((d) => ({ ...d, title: 'Mine' })))
    res.externalEdit((v) => ({ ...v }))
    await act(async () => void (await other.result.current.save()))
    expect(res.state.value.title).toBe('Mine')
    expect(other.result.current.autoMerged).toBeNull()
  })
})
