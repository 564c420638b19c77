import { useQuery } from '@tanstack/react-query'
import { useSyncExternalStore } from 'react'
import { countDrafts } from 'react-conflict-kit'
import { getJson, type Doc } from '../api'
import { useEditor } from '../editor'
import { Link } from '../Link'
import { docQueryKey } from './DocumentPage'

// Another tab storing or saving a draft changes the counts: the storage event says so.
const onStorage = (listener: () => void) => {
  window.addEventListener('storage', listener)
  return () => window.removeEventListener('storage', listener)
}

/** How many unsaved drafts of this document the signed-in person left in this browser. */
function useDraftCount(editor: string | null, id: string): number {
  return useSyncExternalStore(onStorage, () =>
    editor === null ? 0 : countDrafts(editor, { queryKey: docQueryKey(id) }),
  )
}

/** "Unsaved changes" beside a document the person has a stored draft of. */
function DraftHint({ editor, id }: { editor: string | null; id: string }) {
  const count = useDraftCount(editor, id)
  if (count === 0) return null
  return (
    <span className="demo-badge demo-badge-draft">
      {count === 1 ? 'Unsaved changes' : `Unsaved changes (${count} drafts)`}
    </span>
  )
}

/** The documents everyone in the team edits. */
export function DocumentList() {
  const editor = useEditor()
  const docs = useQuery({ queryKey: ['docs'], queryFn: () => getJson<Doc[]>('/api/docs') })
  return (
    <section className="demo-card">
      <h1>Team documents</h1>
      <p className="demo-lead">
        Open a document in two tabs (or use “Simulate a colleague”), edit both, and save. Edits that
        do not overlap merge by themselves; the ones that do are shown side by side.
      </p>
      {docs.isPending && <p>Loading…</p>}
      {docs.isError && <p role="alert">The documents could not be loaded.</p>}
      <ul className="demo-doclist">
        {docs.data?.map((doc) => (
          <li key={doc.id}>
            {/* Titles and tags are server text: isolated from the rest of the row. */}
            <Link href={`/docs/${doc.id}`} dir="auto">
              {doc.title}
            </Link>
            <span className="demo-tags">
              {doc.tags.map((tag) => (
                <span key={tag} className="demo-tag" dir="auto">
                  {tag}
                </span>
              ))}
            </span>
            <DraftHint editor={editor} id={doc.id} />
            <span className="demo-muted">version {doc.version}</span>
          </li>
        ))}
      </ul>
    </section>
  )
}
