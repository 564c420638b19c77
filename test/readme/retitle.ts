import { createResourceController } from 'react-conflict-kit/core'

type Doc = { title: string; owner: string; notes: string }

/** Retitles a document from a Node script; whatever a colleague changed since is kept. */
export async function retitle(url: string, title: string) {
  const doc = createResourceController<Doc>({ url, merge: { text: ['notes'] } })
  await doc.refetch() // GET with its ETag
  doc.setDraft((d) => ({ ...d, title }))
  const outcome = await doc.save() // PUT with If-Match; a 412 is merged with theirs
  const view = doc.view()
  if (outcome.status !== 'conflict' || view.phase !== 'conflict') return outcome
  // The colleague retitled it too: this script's title wins, everything else is merged.
  return doc.resolve({ ...view.conflict.merged, title })
}
