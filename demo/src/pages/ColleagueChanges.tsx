import { DiffView } from 'react-conflict-kit'
import type { Doc } from '../api'

/**
 * What the newer version changed against the one the person started from (base -> theirs):
 * the colleague's work, not the person's own edits shown backwards. Long lines wrap, so both
 * columns stay within the page on a laptop and on a phone.
 */
export function ColleagueChanges({ base, theirs, by }: { base: Doc; theirs: Doc; by: string }) {
  const tagsChanged = base.tags.join('\u0000') !== theirs.tags.join('\u0000')
  const nothing = base.title === theirs.title && !tagsChanged && base.body === theirs.body
  return (
    <section aria-labelledby="colleague-changes" className="demo-review">
      <h2 id="colleague-changes" className="demo-review-heading">
        What {by} changed
      </h2>
      {nothing && <p>Saved again without changing the title, tags or text.</p>}
      {(base.title !== theirs.title || tagsChanged) && (
        <dl className="demo-review-fields">
          {base.title !== theirs.title && (
            <FieldChange label="Title" before={base.title} after={theirs.title} />
          )}
          {tagsChanged && (
            <FieldChange
              label="Tags"
              before={base.tags.join(', ')}
              after={theirs.tags.join(', ')}
            />
          )}
        </dl>
      )}
      {base.body !== theirs.body && (
        <DiffView
          original={base.body}
          modified={theirs.body}
          labels={{
            original: 'When you started',
            modified: `Saved by ${by}`,
            region: `${by}: line by line`,
          }}
          height={360}
          wrap
        />
      )}
    </section>
  )
}

function FieldChange({ label, before, after }: { label: string; before: string; after: string }) {
  return (
    <div>
      <dt>{label}</dt>
      {/* Marks are not read out by every screen reader: the words say it too. */}
      <dd>
        <span className="demo-visually-hidden">was </span>
        <del dir="auto">{before || '(empty)'}</del> <span aria-hidden="true">→</span>
        <span className="demo-visually-hidden">, now</span>{' '}
        <ins dir="auto">{after || '(empty)'}</ins>
      </dd>
    </div>
  )
}
