// Work on a conflict is part of the draft: the resolver's decisions and hunk edits survive a
// reload mid-resolution and come back for the same conflict; another conflict starts over.
import { act, waitFor } from '@testing-library/react'
import { createDraftStore, createMemoryStorage } from '../../src/core/draft/draftStore'
import { useConflictResolution } from '../../src/hooks/useConflictResolution'
import { useOptimisticResource } from '../../src/hooks/useOptimisticResource'
import { API, mswServer, newClient, renderWithClient } from './harness'
import { versionedResource } from './versionedServer'

type Doc = { title: string; body: string; tags: string[] }
const URL = `${API}/docs/42`
const server = mswServer()
const initial: Doc = { title: 'Plan', body: 'one\ntwo\nthree\n', tags: ['a'] }

function usePage(store: ReturnType<typeof createDraftStore>) {
  const doc = useOptimisticResource<Doc>({
    queryKey: ['doc', 42],
    url: URL,
    persistDraft: store,
    draftScope: 'ann',
    merge: { text: ['body'] },
  })
  const resolution = useConflictResolution(doc.conflict, {
    work: doc.resolutionWork ?? undefined,
    onWork: doc.keepResolution,
  })
  return { doc, resolution }
}

async function open(store: ReturnType<typeof createDraftStore>) {
  const page = renderWithClient(() => usePage(store), newClient())
  await waitFor(() => expect(page.result.current.doc.status).toBe('success'))
  return page
}

afterEach(() => {
  sessionStorage.clear()
  localStorage.clear()
})

describe('resolution work kept with the draft', () => {
  it('comes back after a reload mid-resolution, for the same conflict', async () => {
    const res = versionedResource(URL, initial)
    server.use(...res.handlers)
    const store = createDraftStore({ storage: createMemoryStorage() })
    sessionStorage.setItem('ck:draft-session', 'tab-1')
    const first = await open(store)
    act(() => first.result.current.doc.setDraft((d) => ({ ...d, title: 'Mine', tags: ['m'] })))
    res.externalEdit((v) => ({ ...v, title: 'Theirs', tags: ['t'] }))
    await act(async () => void (await first.result.current.doc.save()))
    expect(first.result.current.resolution.slots).toHaveLength(2)
    act(() => first.result.current.resolution.pick(0, 'theirs'))
    act(() => first.result.current.resolution.edit(1, '["m","t"]'))
    first.unmount() // the page reloads (or crashes) mid-resolution

    const second = await open(store)
    act(() => second.result.current.doc.restoreDraft())
    await act(async () => void (await second.result.current.doc.save()))
    expect(second.result.current.doc.phase).toBe('conflict')
    const { resolution } = second.result.current
    expect(resolution.decisionOf(0).pick).toBe('theirs')
    expect(resolution.decisionOf(1)).toMatchObject({ pick: 'edit', text: '["m","t"]' })
    expect(resolution.status).toBe('decided')
    second.unmount()
  })

  it('starts over when the conflict is another one (the server moved on again)', async () => {
    const res = versionedResource(URL, initial)
    server.use(...res.handlers)
    const store = createDraftStore({ storage: createMemoryStorage() })
    sessionStorage.setItem('ck:draft-session', 'tab-2')
    const first = await open(store)
    act(() => first.result.current.doc.setDraft((d) => ({ ...d, title: 'Mine' })))
    res.externalEdit((v) => ({ ...v, title: 'Theirs' }))
    await act(async () => void (await first.result.current.doc.save()))
    act(() => first.result.current.resolution.pick(0, 'mine'))
    first.unmount()
    res.externalEdit((v) => ({ ...v, title: 'Theirs again' }))

    const second = await open(store)
    act(() => second.result.current.doc.restoreDraft())
    await act(async () => void (await second.result.current.doc.save()))
    expect(second.result.current.doc.phase).toBe('conflict')
    expect(second.result.current.resolution.decisionOf(0).pick).toBeNull()
    second.unmount()
  })

  it('work of the wrong shape is not taken', async () => {
    const res = versionedResource(URL, initial)
    server.use(...res.handlers)
    const store = createDraftStore({ storage: createMemoryStorage() })
    sessionStorage.setItem('ck:draft-session', 'tab-3')
    const page = await open(store)
    act(() => page.result.current.doc.setDraft((d) => ({ ...d, title: 'Mine' })))
    res.externalEdit((v) => ({ ...v, title: 'Theirs' }))
    await act(async () => void (await page.result.current.doc.save()))
    // what a tampered store could hand back
    const forged = renderWithClient(() =>
      useConflictResolution(page.result.current.doc.conflict, {
        work: { decisions: [[{ pick: 'steal', text: 1 }]] },
      }),
    )
    expect(forged.result.current.decisionOf(0).pick).toBeNull()
    page.unmount()
  })
})
