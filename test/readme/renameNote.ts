import { loadResource, saveResource, saveWithMerge } from 'react-conflict-kit/core'
import type { ResourceRequest, SaveAnswer, VersionedValue } from 'react-conflict-kit/core'

type Note = { _id: string; _rev?: string; title: string; body: string }

// CouchDB keeps the version in the body (`_rev`) and answers a write with { ok, id, rev }.
const request = (url: string): ResourceRequest => ({ url, version: { field: '_rev' } })
const saveResponse = ({ body, sent }: SaveAnswer<Note>): VersionedValue<Note> | null => {
  const rev = (body as { rev?: unknown } | undefined)?.rev
  return typeof rev === 'string' ? { value: { ...sent, _rev: rev }, version: rev } : null
}

/** Renames a note from a Node script; someone else's edits since the load are merged in. */
export async function renameNote(url: string, title: string) {
  const from = await loadResource<Note>(request(url))
  return saveWithMerge<Note>({
    value: { ...from.value, title },
    base: from.value,
    baseVersion: from.version,
    write: (value, baseVersion, base) =>
      saveResource({ ...request(url), value, baseVersion, base, saveResponse }),
    loadFresh: () => loadResource<Note>({ ...request(url), fresh: true }),
    merge: { serverFields: ['_rev'], text: ['body'] },
    autoMerge: 'save',
  })
  // { type: 'saved', saved } | { type: 'conflict', conflict } | { type: 'failed', problem }
}
