// @vitest-environment jsdom
// useOptimisticResource against the real servers, in jsdom: the same hook an app renders,
// talking HTTP to a CouchDB-compatible server and to Apache httpd with mod_dav.
import { act, cleanup, waitFor } from '@testing-library/react'
import { useOptimisticResource } from '../../src/hooks/useOptimisticResource'
import { renderWithClient } from '../hooks/harness'
import { apacheProfile, couchProfile, type Doc, type ServerProfile } from './profiles'
import { record } from './matrix'
import { hasApache, startApache, type ApacheServer } from './servers/apacheServer'
import { startCouch, type CouchServer } from './servers/couchServer'

let apache: ApacheServer | undefined
let couch: CouchServer
const profiles: { key: string; get: () => ServerProfile }[] = [
  { key: 'apache', get: () => apacheProfile((apache as ApacheServer).origin) },
  { key: 'couch', get: () => couchProfile(couch.origin) },
]

beforeAll(async () => {
  if (!hasApache()) throw new Error('apache2 is not installed (apt-get install -y apache2)')
  ;[apache, couch] = await Promise.all([startApache(), startCouch()])
})
afterEach(() => cleanup())
afterAll(async () => {
  await Promise.all([apache?.stop(), couch?.stop()])
})

const current = () => expect.getState().currentTestName?.split(' > ').at(-1) ?? '?'
let n = 0
const seedDoc: Doc = { title: 'Plan', owner: 'ann', notes: 'one' }

function renderEditor(p: ServerProfile, id: string) {
  return renderWithClient(() =>
    useOptimisticResource<Doc>({
      queryKey: ['conformance', p.name, id],
      url: p.url(id),
      ...p.options,
      merge: p.merge,
      autoMerge: 'save',
      persistDraft: false,
      refetchOnWindowFocus: false,
    }),
  )
}

describe.each(profiles)('useOptimisticResource on $key', ({ get }) => {
  const run = (fn: (p: ServerProfile) => Promise<void>) =>
    record(get().name, current(), () => fn(get()))

  test(
    'hook: a stale edit merges and the server holds both',
    () =>
      run(async (p) => {
        const id = `hook${++n}`
        await p.seed(id, seedDoc)
        const { result } = renderEditor(p, id)
        await waitFor(() => expect(result.current.status).toBe('success'))
        await p.colleague(id, (d) => ({ ...d, owner: 'bob' }))
        act(() => result.current.setDraft((d) => ({ ...d, title: 'Plan B' })))
        let outcome: unknown
        await act(async () => {
          outcome = await result.current.save()
        })
        expect(outcome).toMatchObject({ status: 'success' })
        expect(result.current.phase).toBe('viewing')
        expect(result.current.data).toMatchObject({ title: 'Plan B', owner: 'bob' })
        expect(await p.read(id)).toEqual({ ...seedDoc, title: 'Plan B', owner: 'bob' })

        // The next round starts from what that save returned, with a version to protect it.
        expect(result.current.version).not.toBeNull()
        await p.colleague(id, (d) => ({ ...d, notes: 'two' }))
        act(() => result.current.setDraft((d) => ({ ...d, title: 'Plan C' })))
        await act(async () => void (await result.current.save()))
        expect(await p.read(id)).toEqual({
          ...seedDoc,
          title: 'Plan C',
          owner: 'bob',
          notes: 'two',
        })
      }),
    20_000,
  )

  test(
    'hook: overlapping edits open a conflict and the draft is kept',
    () =>
      run(async (p) => {
        const id = `hook${++n}`
        await p.seed(id, seedDoc)
        const { result } = renderEditor(p, id)
        await waitFor(() => expect(result.current.status).toBe('success'))
        await p.colleague(id, (d) => ({ ...d, title: 'Theirs' }))
        act(() => result.current.setDraft((d) => ({ ...d, title: 'Mine' })))
        await act(async () => void (await result.current.save()))
        expect(result.current.phase).toBe('conflict')
        expect(result.current.conflict?.conflicts[0]).toMatchObject({
          mine: 'Mine',
          theirs: 'Theirs',
        })
        expect(result.current.draft).toMatchObject({ title: 'Mine' })
        expect((await p.read(id)).title).toBe('Theirs')
        // Resolving with mine is a deliberate choice, saved against theirs' version.
        const chosen = { ...(result.current.conflict?.merged as Doc), title: 'Mine' }
        await act(async () => void (await result.current.resolve(chosen)))
        expect(result.current.phase).toBe('viewing')
        expect((await p.read(id)).title).toBe('Mine')
      }),
    20_000,
  )
})
