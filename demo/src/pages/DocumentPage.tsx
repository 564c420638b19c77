import { useEffect, useRef, useState } from 'react'
import { ConflictResolver, StaleBanner, useOptimisticResource } from 'react-conflict-kit'
import { postJson, type Doc } from '../api'
import { reportUnsavedWork } from '../editor'
import { Link } from '../Link'
import { ColleagueChanges } from './ColleagueChanges'
import { docServerFields, needsDecisions, staleBannerLabels } from './staleBannerLabels'

const fieldLabels = { title: 'Title', tags: 'Tags', body: 'Text' }

/** The query key of a document: the list counts stored drafts under the same key. */
export const docQueryKey = (id: string) => ['doc', id] as const

/** The collaborative editor: optimistic saves, stale warnings, merges and the resolver. */
export function DocumentPage({ id, editor }: { id: string; editor: string | null }) {
  const [saved, setSaved] = useState<string | null>(null)
  const [saveMerges, setSaveMerges] = useStoredFlag('northwind-save-clean-merges')
  const doc = useOptimisticResource<Doc>({
    queryKey: docQueryKey(id),
    url: `/api/docs/${id}`,
    merge: { text: ['body'], serverFields: [...docServerFields] },
    // The demo's sign-in is a name picked in this browser; the server records it as updatedBy.
    headers: editor === null ? undefined : { 'x-demo-editor': editor },
    broadcast: 'northwind-docs',
    // Drafts belong to the signed-in person (a real app passes the user id); signed out,
    // nothing is stored on this browser.
    draftScope: editor ?? undefined,
    persistDraft: editor !== null,
    // A clean merge is saved at once (with a notice that can undo it) or held for review.
    autoMerge: saveMerges ? 'save' : 'review',
    onSaved: (result) => setSaved(`Saved · version ${result.value.version}`),
  })
  // Signing out asks first while there is typed text it would throw away.
  const { hasUnsavedWork } = doc
  useEffect(() => {
    reportUnsavedWork(hasUnsavedWork)
    return () => reportUnsavedWork(false)
  }, [hasUnsavedWork])
  const [reviewing, setReviewing] = useState(false)
  const [simulating, setSimulating] = useState(false)
  const [tagsText, setTagsText] = useState<string | null>(null)
  // The conflict the person closed the resolver on; a new conflict opens it again.
  const [closedOn, setClosedOn] = useState<unknown>(null)
  const titleRef = useRef<HTMLInputElement>(null)

  // Closing the resolver is no dead end: the banner below and Save both bring it back.
  const resolverOpen = doc.conflict !== null && closedOn !== doc.conflict
  const setResolverOpen = (open: boolean) => setClosedOn(open ? null : doc.conflict)

  // When a conflict ends (resolved, discarded) the control that opened the resolver may be
  // gone with it; focus then goes to Save rather than falling to the page body.
  const saveRef = useRef<HTMLButtonElement>(null)
  const inConflict = doc.phase === 'conflict'
  const wasInConflict = useRef(false)
  useEffect(() => {
    const lost = document.activeElement === null || document.activeElement === document.body
    if (wasInConflict.current && !inConflict && lost) saveRef.current?.focus()
    wasInConflict.current = inConflict
  }, [inConflict])

  if (doc.status === 'pending') return <p className="demo-card">Loading document…</p>
  if (doc.status === 'error') {
    return (
      <div className="demo-card" role="alert">
        <h1>This document could not be opened</h1>
        <p dir="auto">{doc.problem.title}</p>
        <button type="button" onClick={() => void doc.refetch()}>
          Try again
        </button>
      </div>
    )
  }
  const draft = doc.draft
  const theirs = doc.theirs?.value ?? null
  // Who saved the newer version, when the server says; the signed-in person's own save (from
  // another tab or device) is told apart from a colleague's.
  const changedBy = theirs?.updatedBy ?? null
  const isOwn = changedBy !== null && changedBy === editor
  const bannerLabels = staleBannerLabels({
    isOwn,
    isDirty: doc.isDirty,
    // The merge the save would run, only while the banner shows.
    needsDecisions: theirs !== null && needsDecisions(doc.base, draft, theirs),
  })

  const canSave = !doc.isSaving && (doc.isDirty || inConflict || doc.isFailed)

  async function save() {
    if (!canSave) return
    setSaved(null)
    const outcome = await doc.save()
    if (outcome.status === 'conflict') setResolverOpen(true)
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

  // The offer's buttons go away once chosen: focus moves to the form instead of the page body.
  const settleOffer = (take: boolean) => {
    if (take) doc.restoreDraft()
    else doc.dismissRestoredDraft()
    titleRef.current?.focus()
  }

  return (
    <article className="demo-card demo-editor" aria-labelledby="doc-heading">
      <p className="demo-breadcrumb">
        {/* The title is server text: isolated, so bidi controls in it stay inside it. */}
        <Link href="/">Documents</Link> / <bdi>{doc.data.title}</bdi>
      </p>
      <h1 id="doc-heading">Edit document</h1>

      {doc.restoredDraft && (
        <div className="demo-notice">
          <p>
            {doc.restoredDraft.from === 'set-aside'
              ? 'More unsaved changes of yours were kept aside in this tab.'
              : doc.restoredDraft.from === 'this-tab'
                ? 'You have unsaved changes from earlier in this tab.'
                : 'You have unsaved changes from another tab or an earlier visit.'}
            {doc.restoredDraft.isStale &&
              ' The document has been changed since; saving them merges both.'}
            {doc.isDirty && ' What you typed since is kept either way.'}
          </p>
          <div className="demo-actions">
            <button type="button" onClick={() => settleOffer(true)}>
              {doc.restoredDraft.from === 'set-aside' ? 'Restore these too' : 'Restore my changes'}
            </button>
            <button type="button" className="demo-secondary" onClick={() => settleOffer(false)}>
              {doc.restoredDraft.from === 'set-aside'
                ? 'Discard them'
                : 'Start from the saved version'}
            </button>
          </div>
        </div>
      )}

      {doc.draftsCleared && (
        <output className="demo-notice">
          You were signed out in another tab. What you type here is no longer kept on this device;
          save it or copy it before you leave.
        </output>
      )}

      {doc.canUndoDiscard && (
        <UndoDiscardNotice
          onUndo={() => {
            doc.undoDiscard()
            titleRef.current?.focus()
          }}
        />
      )}

      <StaleBanner
        resource={doc}
        changedBy={isOwn ? null : changedBy}
        labels={bannerLabels}
        onReview={() => setReviewing((v) => !v)}
      />
      {reviewing && theirs && (
        <ColleagueChanges
          base={doc.base}
          theirs={theirs}
          by={isOwn ? 'you' : (changedBy ?? 'someone else')}
        />
      )}

      {doc.phase === 'failed' && (
        <div className="demo-error" role="alert">
          <strong dir="auto">Not saved. {doc.problem.title}</strong>
          {/* A transport failure's detail is the browser's own words ("Failed to fetch"):
              the title says it for people. */}
          {doc.problem.detail && doc.problem.status !== 0 && <p dir="auto">{doc.problem.detail}</p>}
          <p>
            {editor === null
              ? 'Your changes stay on this page.'
              : 'Your changes are kept on this device.'}{' '}
            {doc.problem.code === 'network'
              ? 'They are sent again by themselves when the connection returns.'
              : 'Save again to retry.'}
          </p>
        </div>
      )}

      {inConflict && !resolverOpen && (
        <div className="demo-notice">
          {doc.conflict.conflicts.length === 0 ? (
            <output>Not saved yet: your changes and a colleague’s were combined.</output>
          ) : (
            <output>Not saved yet: someone else changed the same part. Choose what to keep.</output>
          )}
          <button type="button" onClick={() => setResolverOpen(true)}>
            {doc.conflict.conflicts.length === 0 ? 'Review and save' : 'Resolve conflict'}
          </button>
        </div>
      )}

      <form
        className="demo-form"
        onSubmit={(event) => {
          event.preventDefault()
          void save()
        }}
      >
        {inConflict && (
          <p id="doc-locked" className="demo-locked">
            Locked while the conflict is open: resolve it to edit again.
          </p>
        )}
        <label>
          Title
          <input
            ref={titleRef}
            name="title"
            value={draft.title}
            readOnly={inConflict}
            aria-describedby={inConflict ? 'doc-locked' : undefined}
            onChange={(e) => doc.setDraft((d) => ({ ...d, title: e.target.value }))}
          />
        </label>
        <label>
          Tags <span className="demo-muted">(comma separated)</span>
          <input
            name="tags"
            value={tagsText ?? draft.tags.join(', ')}
            readOnly={inConflict}
            aria-describedby={inConflict ? 'doc-locked' : undefined}
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
            readOnly={inConflict}
            aria-describedby={inConflict ? 'doc-locked' : undefined}
            onChange={(e) => doc.setDraft((d) => ({ ...d, body: e.target.value }))}
          />
        </label>
        <div className="demo-actions">
          {/* aria-disabled, not disabled: a disabled button drops its focus to the page body
              (while saving, and when a resolver closes and hands focus back to it). */}
          <button ref={saveRef} type="submit" aria-disabled={!canSave || undefined}>
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
            {saved ?? (doc.isDirty ? 'Unsaved changes' : `Version ${doc.data.version}`)}
          </output>
        </div>
        <label className="demo-check">
          <input
            type="checkbox"
            checked={saveMerges}
            onChange={(e) => setSaveMerges(e.target.checked)}
          />
          Save clean merges without asking
        </label>
      </form>

      {/* Always mounted: it shows a saved merge's notice, and keeps it through an undo that
          brings the merge back for review. */}
      <ConflictResolver
        resource={doc}
        variant="dialog"
        fieldLabels={fieldLabels}
        open={resolverOpen}
        onOpenChange={setResolverOpen}
      />
    </article>
  )
}

/** A yes / no preference kept in this browser (off when storage is unavailable). */
function useStoredFlag(key: string): [boolean, (value: boolean) => void] {
  const [value, setValue] = useState(() => {
    try {
      return localStorage.getItem(key) === 'yes'
    } catch {
      return false
    }
  })
  const set = (next: boolean) => {
    setValue(next)
    try {
      localStorage.setItem(key, next ? 'yes' : 'no')
    } catch {
      // Private mode or storage full: the choice holds for this page only.
    }
  }
  return [value, set]
}

/** "Discarded, undo": takes focus when it appears, since the Discard button it replaces is gone. */
function UndoDiscardNotice({ onUndo }: { onUndo: () => void }) {
  return (
    <div className="demo-notice">
      <output>Your changes were discarded.</output>
      <button type="button" ref={(el) => el?.focus()} onClick={onUndo}>
        Undo
      </button>
    </div>
  )
}
