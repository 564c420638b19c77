// The controller without React: an in-memory server with If-Match rules, a memory draft store.
import { draftSlot } from '../../../src/core/draft/draftSlot'
import { createDraftStore } from '../../../src/core/draft/draftStore'
import { ProblemError } from '../../../src/core/http/problemError'
import {
  createResourceController,
  type ResourceControllerOptions,
} from '../../../src/core/resource/resourceController'
import type { VersionedValue } from '../../../src/core/resource/types'

type Doc = { title: string; body: string }

function server(initial: Doc) {
  let current: VersionedValue<Doc> = { value: initial, version: '"1"' }
  const writes: (string | null)[] = []
  const bump = (value: Doc) => {
    current = { value, version: `"${Number(current.version?.slice(1, -1)) + 1}"` }
    return current
  }
  return {
    get current() {
      return current
    },
    writes,
    colleague: (change: Partial<Doc>) => bump({ ...current.value, ...change }),
    options: {
      fetch: async () => current,
      save: async ({ value, version }) => {
        writes.push(version)
        if (version !== current.version) {
          throw new ProblemError({ status: 412, kind: 'stale', title: 'Stale', raw: null })
        }
        return bump(value)
      },
    } satisfies ResourceControllerOptions<Doc>,
  }
}

const base: Doc = { title: 'T', body: 'b' }

describe('createResourceController', () => {
  it('loads into its cache, saves a draft and takes the new version', async () => {
    const s = server(base)
    const edit = createResourceController<Doc>(s.options)
    expect(edit.view().status).toBe('pending')
    await edit.refetch()
    edit.setDraft((d) => ({ ...d, title: 'Mine' }))
    expect(edit.view()).toMatchObject({ phase: 'editing', isDirty: true, draft: { title: 'Mine' } })
    const outcome = await edit.save()
    expect(outcome).toMatchObject({ status: 'success', data: { version: '"2"' } })
    expect(edit.view()).toMatchObject({ phase: 'viewing', data: { title: 'Mine' }, version: '"2"' })
    expect(s.writes).toEqual(['"1"'])
  })

  it('tells subscribers of every change, and a new state object each time', async () => {
    const s = server(base)
    const edit = createResourceController<Doc>(s.options)
    await edit.refetch()
    const seen: unknown[] = []
    const stop = edit.subscribe(() => seen.push(edit.getState()))
    edit.setDraft((d) => ({ ...d, title: 'x' }))
    await edit.save()
    stop()
    edit.setDraft((d) => ({ ...d, title: 'y' }))
    expect(seen.length).toBeGreaterThanOrEqual(3)
    expect(new Set(seen).size).toBe(seen.length)
    // after unsubscribing, no more calls
    const count = seen.length
    edit.setDraft((d) => ({ ...d, title: 'z' }))
    expect(seen.length).toBe(count)
  })

  it('a stale save becomes a conflict; resolve saves the choice against theirs', async () => {
    const s = server(base)
    const edit = createResourceController<Doc>(s.options)
    await edit.refetch()
    edit.setDraft((d) => ({ ...d, title: 'Mine' }))
    s.colleague({ title: 'Theirs' })
    expect((await edit.save()).status).toBe('conflict')
    const view = edit.view()
    if (view.phase !== 'conflict') throw new Error('no conflict')
    expect(view.conflict.theirs).toEqual({ title: 'Theirs', body: 'b' })
    expect(await edit.save()).toMatchObject({ status: 'conflict' })
    expect(await edit.resolve({ title: 'Both', body: 'b' })).toMatchObject({ status: 'success' })
    expect(s.current.value.title).toBe('Both')
    expect(s.writes).toEqual(['"1"', '"2"'])
  })

  it('answers skipped while a save is out, and for nothing to save', async () => {
    const s = server(base)
    const edit = createResourceController<Doc>(s.options)
    await edit.refetch()
    expect(await edit.save()).toMatchObject({ status: 'skipped', reason: 'not-dirty' })
    edit.setDraft((d) => ({ ...d, title: 'Mine' }))
    const first = edit.save()
    expect(edit.getState().isBusy).toBe(true)
    expect(await edit.save()).toMatchObject({ status: 'skipped', reason: 'in-flight' })
    await first
    expect(s.writes).toHaveLength(1)
  })

  it('stores every edit in its draft slot and clears it once saved', async () => {
    const s = server(base)
    const store = createDraftStore({ storage: 'memory' })
    const address = { scope: 'ann', resource: 'doc', session: 'tab-1' }
    const edit = createResourceController<Doc>({ ...s.options, draft: draftSlot(store, address) })
    await edit.refetch()
    edit.setDraft((d) => ({ ...d, title: 'Typed' }))
    expect(store.keys()).toHaveLength(1)
    expect(store.load<Doc>(store.keys()[0]!)?.draft.title).toBe('Typed')
    await edit.save()
    expect(store.keys()).toHaveLength(0)

    // A reload: a new controller over the same slot is offered what an earlier one left.
    edit.setDraft((d) => ({ ...d, title: 'Left' }))
    const reloaded = createResourceController<Doc>({
      ...s.options,
      draft: draftSlot(store, address),
    })
    await reloaded.refetch()
    expect(reloaded.view().restoredDraft).toMatchObject({
      from: 'this-tab',
      draft: { title: 'Left' },
    })
    reloaded.restoreDraft()
    expect(reloaded.view()).toMatchObject({ phase: 'editing', draft: { title: 'Left' } })
  })

  it('a failed save keeps the draft and says why; callbacks stop after dispose', async () => {
    const s = server(base)
    const onError = vi.fn()
    const edit = createResourceController<Doc>({
      ...s.options,
      save: async () => {
        throw new ProblemError({ status: 500, kind: 'other', title: 'Down', raw: null })
      },
      onError,
    })
    await edit.refetch()
    edit.setDraft((d) => ({ ...d, title: 'Mine' }))
    expect(await edit.save()).toMatchObject({ status: 'error', problem: { title: 'Down' } })
    expect(edit.view()).toMatchObject({ phase: 'failed', draft: { title: 'Mine' } })
    expect(onError).toHaveBeenCalledTimes(1)
    edit.dispose()
    await edit.save()
    expect(onError).toHaveBeenCalledTimes(1)
  })
})
