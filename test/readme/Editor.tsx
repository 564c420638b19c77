import { ConflictResolver, StaleBanner, useOptimisticResource } from 'react-conflict-kit'
import 'react-conflict-kit/styles.css'

type Doc = { title: string; body: string }

export function Editor({ id, userId }: { id: string; userId: string }) {
  const doc = useOptimisticResource<Doc>({
    queryKey: ['doc', id],
    url: `/api/docs/${id}`, // GET with ETag, PUT with If-Match
    merge: { text: ['body'] }, // merge this field line by line (diff3)
    draftScope: userId, // drafts belong to this person; clearDrafts(userId) at sign-out
  })
  // status is the load (pending | error | success); phase is the edit
  if (doc.status === 'pending') return <p>Loading…</p>
  if (doc.status === 'error') return <p role="alert">{doc.problem.title}</p>

  return (
    <form
      onSubmit={(event) => {
        event.preventDefault()
        void doc.save()
      }}
    >
      <StaleBanner resource={doc} />
      <label>
        Title
        <input
          value={doc.draft.title}
          onChange={(e) => doc.setDraft((d) => ({ ...d, title: e.target.value }))}
        />
      </label>
      <label>
        Body
        <textarea
          value={doc.draft.body}
          onChange={(e) => doc.setDraft((d) => ({ ...d, body: e.target.value }))}
        />
      </label>
      <button disabled={!doc.isDirty || doc.isSaving}>Save</button>
      {doc.phase === 'failed' && <p role="alert">Not saved: {doc.problem.title}</p>}
      {doc.protection === 'unverified' && (
        <p>Saved. This server has not yet shown that it refuses outdated saves.</p>
      )}
      {doc.phase === 'conflict' && <ConflictResolver resource={doc} variant="dialog" />}
    </form>
  )
}
