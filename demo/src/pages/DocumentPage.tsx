import { useState } from 'react'
import { ConflictResolver, DiffView, StaleBanner, useOptimisticResource } from 'react-conflict-kit'
import { postJson, type Doc } from '../api'
import { Link } from '../Link'

const fieldLabels = { title: 'Title', tags: 'Tags', body: 'Text' }

/** The collaborative editor: optimistic saves, stale warnings, merges and the resolver. */
export function DocumentPage({ id }: { id: string }) {
  const [saved, setSaved] = useState<string | null>(null)
  const doc = useOptimisticResource<Doc>({
    queryKey: ['doc', id],
    url: `/api/docs/${id}`,
    merge: { text: ['body'], serverFields: ['id', 'version', 'updatedAt'] },
    broadcast: 'northwind-docs',
    onSaved: (result) => setSaved(`Saved · version ${result.version ?? ''}`),
  })
  const [reviewing, setReviewing] = useState(false)
  const [simulating, setSimulating] = useState(false)
  const [tagsText, setTagsText] = useState<string | null>(null)

  if (doc.status === 'loading') return <p className="demo-card">Loading document…</p>
  if (!doc.draft) {
    return (
      <div className="demo-card" role="alert">
        <h1>This document could not be opened</h1>
        <p dir="auto">{doc.problem?.title}</p>
        <button type="button" onClick={() => void doc.refetch()}>
          Try again
        </button>
      </div>
    )
  }
  const draft = doc.draft

  async function save() {
    setSaved(null)
    await doc.save()
  }

  async function simulate() {
    setSimulating(true)
    try {
      await postJson(`/api/docs/${id}/simulate-edit`, {})
      await doc.refetch()
    } finally {
      setSimulating(false)
    }
  }

  return (
    <article className="demo-card demo-editor" aria-labelledby="doc-heading">
      <p className="demo-breadcrumb">
        {/* The title is server text: isolated, so bidi controls in it stay inside it. */}
        <Link href="/">Documents</Link> / <bdi>{doc.data?.title}</bdi>
      </p>
      <h1 id="doc-heading">Edit document</h1>

      {doc.restoredDraft && (
        <div className="demo-notice">
          <p>You have unsaved changes from an earlier visit.</p>
          <button type="button" onClick={doc.restoreDraft}>
            Restore my changes
          </button>
          <button type="button" className="demo-secondary" onClick={doc.dismissRestoredDraft}>
            Start from the saved version
          </button>
        </div>
      )}

      <StaleBanner resource={doc} onReview={() => setReviewing((v) => !v)} />
      {reviewing && doc.theirs && (
        <section aria-label="Changes by someone else" className="demo-review">
          <DiffView
            original={draft.body}
            modified={doc.theirs.value.body}
            labels={{ original: 'Your version', modified: 'Saved by someone else' }}
            height={320}
          />
        </section>
      )}

      {doc.status === 'error' && (
        <div className="demo-error" role="alert">
          <strong dir="auto">{doc.problem.title}</strong>
          {doc.problem.detail && <p dir="auto">{doc.problem.detail}</p>}
          <p>Your changes are kept. You can try again.</p>
        </div>
      )}

      <form
        className="demo-form"
        onSubmit={(event) => {
          event.preventDefault()
          void save()
        }}
      >
        <label>
          Title
          <input
            name="title"
            value={draft.title}
            onChange={(e) => doc.setDraft((d) => ({ ...d, title: e.target.value }))}
          />
        </label>
        <label>
          Tags <span className="demo-muted">(comma separated)</span>
          <input
            name="tags"
            value={tagsText ?? draft.tags.join(', ')}
            onBlur={() => setTagsText(null)}
            onChange={(e) => {
              // Keep what is typed (a trailing comma) while the draft gets the parsed list.
              setTagsText(e.target.value)
              doc.setDraft((d) => ({
                ...d,
                tags: e.target.value
                  .split(',')
                  .map((t) => t.trim())
                  .filter(Boolean),
              }))
            }}
          />
        </label>
        <label>
          Text
          <textarea
            name="body"
            rows={18}
            value={draft.body}
            onChange={(e) => doc.setDraft((d) => ({ ...d, body: e.target.value }))}
          />
        </label>
        <div className="demo-actions">
          <button type="submit" disabled={doc.isSaving || !doc.isDirty}>
            {doc.isSaving ? 'Saving…' : 'Save'}
          </button>
          <button
            type="button"
            className="demo-secondary"
            onClick={doc.discard}
            disabled={!doc.isDirty}
          >
            Discard my changes
          </button>
          <button
            type="button"
            className="demo-secondary"
            onClick={() => void simulate()}
            disabled={simulating}
          >
            Simulate a colleague’s edit
          </button>
          <output className="demo-muted">
            {saved ?? (doc.isDirty ? 'Unsaved changes' : `Version ${doc.version ?? ''}`)}
          </output>
        </div>
      </form>

      {doc.status === 'conflict' && (
        <ConflictResolver resource={doc} variant="dialog" fieldLabels={fieldLabels} />
      )}
    </article>
  )
}
