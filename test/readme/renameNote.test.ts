import { HttpResponse, http } from 'msw'
import { mswServer } from '../hooks/harness'
import { renameNote } from './renameNote'

const server = mswServer()
const url = new URL('/db/note1', location.href).href

/** CouchDB's document rules: a PUT must carry the current `_rev`, else 409. */
function couch() {
  let doc = { _id: 'note1', _rev: '1-a', title: 'Draft', body: 'one\ntwo\n' }
  let n = 1
  let afterGet: (() => void) | null = null
  server.use(
    http.get(url, () => {
      const res = HttpResponse.json(doc)
      afterGet?.()
      afterGet = null
      return res
    }),
    http.put(url, async ({ request }) => {
      const sent = (await request.json()) as typeof doc
      if (sent._rev !== doc._rev) {
        return HttpResponse.json(
          { error: 'conflict', reason: 'Document update conflict.' },
          { status: 409 },
        )
      }
      doc = { ...sent, _rev: `${++n}-x` }
      return HttpResponse.json({ ok: true, id: doc._id, rev: doc._rev }, { status: 201 })
    }),
  )
  return {
    get doc() {
      return doc
    },
    /** A colleague saves right after the next load, before the kit writes. */
    colleagueAfterLoad(body: string) {
      afterGet = () => {
        doc = { ...doc, body, _rev: `${++n}-c` }
      }
    },
  }
}

describe('README: a Node client on CouchDB', () => {
  it('renames, and merges a colleague edit that came in between', async () => {
    const db = couch()
    const first = await renameNote(url, 'Plan')
    expect(first).toMatchObject({ type: 'saved', saved: { value: { title: 'Plan' } } })
    expect(first.type === 'saved' && first.saved.version).toBe(db.doc._rev)

    // The write meets a newer _rev (409): theirs is fetched, merged, and sent again.
    db.colleagueAfterLoad('one\nTWO\n')
    const second = await renameNote(url, 'Plan B')
    expect(second.type).toBe('saved')
    expect(db.doc).toMatchObject({ title: 'Plan B', body: 'one\nTWO\n' })
  })
})
