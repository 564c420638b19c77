// The whole edit loop as a Node client runs it, through the public core entry: load, edit, a
// colleague's overlapping write, the conflict, the person's choice, and the save of that choice,
// against real servers. What the server holds at the end is the check.
import { createResourceController, type ResourceController } from '../../src/core/index'
import { retitle } from '../readme/retitle'
import { apacheProfile, couchProfile, type Doc, type ServerProfile } from './profiles'
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
afterAll(async () => {
  await Promise.all([apache?.stop(), couch?.stop()])
})

let n = 0
const seedDoc: Doc = { title: 'Plan', owner: 'ann', notes: 'one\ntwo\nthree\n' }

function controllerFor(p: ServerProfile, id: string): ResourceController<Doc> {
  return createResourceController<Doc>({
    url: p.url(id),
    ...p.options,
    merge: { ...p.merge, text: ['notes'] },
  })
}

describe('the README retitle script against Apache httpd', () => {
  it('keeps what a colleague wrote between its load and its save; its own title wins', async () => {
    const p = apacheProfile((apache as ApacheServer).origin)
    const id = `ctrl${++n}`
    await p.seed(id, seedDoc)
    // The colleague writes right before the script's first PUT reaches the server.
    const realFetch = globalThis.fetch
    let colleagueFirst = true
    const spy = vi.spyOn(globalThis, 'fetch').mockImplementation(async (input, init) => {
      if (colleagueFirst && init?.method === 'PUT') {
        colleagueFirst = false
        await p.colleague(id, (d) => ({
          ...d,
          title: 'Theirs',
          owner: 'bob',
          notes: 'zero\none\ntwo\nthree\n',
        }))
      }
      return realFetch(input, init)
    })
    try {
      expect(await retitle(p.url(id), 'Retitled')).toMatchObject({ status: 'success' })
    } finally {
      spy.mockRestore()
    }
    expect(colleagueFirst).toBe(false)
    expect(await p.read(id)).toEqual({
      title: 'Retitled',
      owner: 'bob',
      notes: 'zero\none\ntwo\nthree\n',
    })
  })
})

describe.each(profiles)('the resource controller against $key', ({ get }) => {
  it('409/412 -> merge -> the person resolves -> saved against the new version', async () => {
    const p = get()
    const id = `ctrl${++n}`
    await p.seed(id, seedDoc)
    const edit = controllerFor(p, id)
    await edit.refetch()
    expect(edit.view().status).toBe('success')

    edit.setDraft((d) => ({ ...d, title: 'Mine', notes: 'one\ntwo\nthree\nfour\n' }))
    await p.colleague(id, (d) => ({ ...d, title: 'Theirs', owner: 'bob' }))

    const first = await edit.save()
    expect(first.status).toBe('conflict')
    const view = edit.view()
    expect(view.phase).toBe('conflict')
    if (view.phase !== 'conflict') return
    expect(view.conflict.conflicts.map((c) => c.path)).toEqual([['title']])
    // Nothing of the person's was written, and the colleague's write stands.
    expect(await p.read(id)).toEqual({ ...seedDoc, title: 'Theirs', owner: 'bob' })

    // The person keeps their title; the merge already holds the colleague's owner and their notes.
    const saved = await edit.resolve({ ...view.conflict.merged, title: 'Mine' })
    expect(saved.status).toBe('success')
    expect(await p.read(id)).toEqual({
      title: 'Mine',
      owner: 'bob',
      notes: 'one\ntwo\nthree\nfour\n',
    })
    expect(edit.view().phase).toBe('viewing')
    expect(edit.view().version).toBe(saved.data?.version)
  })

  it('a second save from the saved version needs no merge', async () => {
    const p = get()
    const id = `ctrl${++n}`
    await p.seed(id, seedDoc)
    const edit = controllerFor(p, id)
    await edit.refetch()
    edit.setDraft((d) => ({ ...d, title: 'One' }))
    expect((await edit.save()).status).toBe('success')
    edit.setDraft((d) => ({ ...d, title: 'Two' }))
    expect((await edit.save()).status).toBe('success')
    expect((await p.read(id)).title).toBe('Two')
  })
})
