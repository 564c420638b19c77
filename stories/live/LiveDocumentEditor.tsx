import { useId, useState } from 'react'
// In an app: `from 'react-conflict-kit'`.
import { ConflictResolver, StaleBanner, useOptimisticResource } from '../../src'
import { MOCK_API, SHARED_LINE, mockApi, type MockDocument } from '../mocks/mockApi'
import { ServerView } from './ServerView'
import { SomeoneElse } from './SomeoneElse'

/** Props of `LiveDocumentEditor`. */
export interface LiveDocumentEditorProps {
  /** `'review'` shows a clean merge before saving it; `'save'` saves it at once. Defaults to `'review'`. */
  autoMerge?: 'review' | 'save'
}

const fieldLabels = { title: 'Title', tags: 'Tags', body: 'Agenda' }

const parseTags = (text: string) =>
  text
    .split(',')
    .map((t) => t.trim())
    .filter(Boolean)

/** Tags as comma-separated text; the typed text is kept while focused so a comma can be typed. */
function TagsInput({ tags, onChange }: { tags: string[]; onChange: (tags: string[]) => void }) {
  const id = useId()
  const [typed, setTyped] = useState<string | null>(null)
  return (
    <>
      <label htmlFor={id}>Tags (comma separated)</label>
      <input
        id={id}
        value={typed ?? tags.join(', ')}
        onFocus={() => setTyped(tags.join(', '))}
        onBlur={() => setTyped(null)}
        onChange={(e) => {
          setTyped(e.target.value)
          onChange(parseTags(e.target.value))
        }}
      />
    </>
  )
}

/** The colleague's three edits, each saved straight into the mock server. */
const edits = {
  title: (d: MockDocument) => ({ ...d, title: 'Team meeting in room 4' }),
  body: (d: MockDocument) => ({
    ...d,
    body: d.body.replace('4. Any other business', '4. Any other business (5 minutes)'),
  }),
  sameLine: (d: MockDocument) => ({
    ...d,
    body: d.body.replace(SHARED_LINE, `${SHARED_LINE} with the finance team`),
  }),
}

/**
 * An editor wired to a versioned API: `useOptimisticResource` loads with the ETag, saves with
 * `If-Match`, and on a 412 merges base / mine / theirs; `StaleBanner` warns early and
 * `ConflictResolver` lets the person finish the merge.
 */
export function LiveDocumentEditor({ autoMerge = 'review' }: LiveDocumentEditorProps) {
  const id = useId()
  const doc = useOptimisticResource<MockDocument>({
    queryKey: ['live', 'document'],
    url: `${MOCK_API}/docs/welcome`,
    // The agenda merges line by line (git's rules); title and tags merge as values.
    merge: { text: ['body'] },
    autoMerge,
    // Stories must not leak drafts into each other; apps keep the default (localStorage).
    persistDraft: false,
  })
  // Each save attempt reopens the resolver; closing it leaves a button to come back.
  const [resolverOpen, setResolverOpen] = useState(true)

  if (!doc.draft) {
    return doc.status === 'error' ? <p role="alert">{doc.problem.title}</p> : <p>Loading…</p>
  }
  const draft = doc.draft
  const edit = (change: Partial<MockDocument>) => doc.setDraft((d) => ({ ...d, ...change }))
  const someoneElse = async (change: (d: MockDocument) => MockDocument) => {
    mockApi.document.edit(change)
    // An app hears of it on window focus, by polling or over a BroadcastChannel; ask at once.
    await doc.refetch()
  }

  return (
    <div style={{ display: 'grid', gap: '1rem', maxWidth: '44rem' }}>
      <StaleBanner resource={doc} />
      <form
        aria-labelledby={`${id}-heading`}
        style={{ display: 'grid', gap: '0.5rem' }}
        onSubmit={(e) => {
          e.preventDefault()
          setResolverOpen(true)
          void doc.save()
        }}
      >
        <h2 id={`${id}-heading`} style={{ margin: 0 }}>
          Meeting notes
        </h2>
        <label htmlFor={`${id}-title`}>Title</label>
        <input
          id={`${id}-title`}
          value={draft.title}
          onChange={(e) => edit({ title: e.target.value })}
        />
        <TagsInput tags={draft.tags} onChange={(tags) => edit({ tags })} />
        <label htmlFor={`${id}-body`}>Agenda</label>
        <textarea
          id={`${id}-body`}
          rows={7}
          value={draft.body}
          onChange={(e) => edit({ body: e.target.value })}
        />
        <div style={{ display: 'flex', gap: '0.5rem', alignItems: 'center' }}>
          <button type="submit" disabled={!doc.isDirty || doc.isSaving}>
            {doc.isSaving ? 'Saving…' : 'Save'}
          </button>
          <button type="button" onClick={doc.discard} disabled={!doc.isDirty}>
            Discard my changes
          </button>
          <output>{doc.isDirty ? 'Unsaved changes' : `Saved (ETag ${doc.version})`}</output>
        </div>
      </form>
      {doc.phase === 'failed' && <p role="alert">Not saved. {doc.problem.title}</p>}
      {doc.phase === 'conflict' && !resolverOpen && (
        <button type="button" onClick={() => setResolverOpen(true)}>
          Resolve the conflict
        </button>
      )}
      <ConflictResolver
        resource={doc}
        variant="dialog"
        open={resolverOpen}
        onOpenChange={setResolverOpen}
        fieldLabels={fieldLabels}
      />
      <SomeoneElse
        who="A colleague"
        hint={`Edit something first, then let the colleague save. To get a text conflict, change the line “${SHARED_LINE}”.`}
      >
        <button type="button" onClick={() => void someoneElse(edits.title)}>
          Someone else edits the title
        </button>
        <button type="button" onClick={() => void someoneElse(edits.body)}>
          Someone else edits the body
        </button>
        <button type="button" onClick={() => void someoneElse(edits.sameLine)}>
          Someone else edits the same line
        </button>
      </SomeoneElse>
      <ServerView
        label={(s) => `On the mock server: version ${s.version}`}
        subscribe={mockApi.document.subscribe}
        get={mockApi.document.current}
        // Lines as a list: easier to read than one string full of \n.
        select={(s) => ({ ...s.value, body: s.value.body.split('\n') })}
      />
    </div>
  )
}
