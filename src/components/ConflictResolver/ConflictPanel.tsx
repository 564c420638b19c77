import type { Ref, RefObject } from 'react'
import { useEffect, useRef } from 'react'
import type { MergePath } from '../../core/merge/types'
import type { ResourceConflict } from '../../hooks/types'
import { cx } from '../shared/text'
import { ConflictField } from './ConflictField'
import type { ConflictResolverLabels } from './conflictResolverLabels'
import { countUndecided, textHunks, type Decision, type Pick } from './decisions'
import { MergeSummary } from './MergeSummary'
import { TextConflictField } from './TextConflictField'

/** Props of `ConflictPanel`. */
export interface ConflictPanelProps<T> {
  conflict: ResourceConflict<T>
  decisions: readonly Decision[][]
  onPick: (conflict: number, slot: number, pick: Pick) => void
  onEdit: (conflict: number, slot: number, text: string) => void
  onSave: () => void
  onDiscard?: () => void
  /** Present in the dialog: a close button in the header. */
  onClose?: () => void
  canSave: boolean
  isSaving: boolean
  variant: 'inline' | 'dialog'
  fieldLabels?: Record<string, string>
  labels: ConflictResolverLabels
  headingId: string
  headingRef: RefObject<HTMLHeadingElement | null>
  headingLevel: 2 | 3 | 4
  className?: string
  ref?: Ref<HTMLElement>
}

/** Dotted path of a merge path: `['address', 'city']` -> `address.city`. */
export function dottedPath(path: MergePath): string {
  return path.join('.')
}

/** The conflict moment's content: heading, what merged, each decision, status, save. */
export function ConflictPanel<T>({ ref, headingRef, ...props }: ConflictPanelProps<T>) {
  const { conflict, decisions, labels, headingLevel, isSaving, variant } = props
  const isClean = conflict.conflicts.length === 0
  const undecided = countUndecided(conflict.conflicts, decisions)
  const fieldLabel = (path: MergePath) => {
    const dotted = dottedPath(path)
    const exact = props.fieldLabels?.[dotted]
    if (exact !== undefined) return exact
    // `tags.1` with only `tags` labelled reads as "Tags › 1".
    for (let n = path.length - 1; n > 0; n--) {
      const prefix = props.fieldLabels?.[dottedPath(path.slice(0, n))]
      if (prefix !== undefined) return [prefix, ...path.slice(n)].join(' › ')
    }
    return dotted || labels.root
  }
  const status = isClean
    ? labels.cleanStatus
    : undecided > 0
      ? labels.pending(undecided)
      : labels.allDecided
  // Live regions announce changes, not what is there on mount: the text goes in after the
  // region exists. React renders no children into it, so writing it here cannot clash.
  const statusRef = useRef<HTMLOutputElement>(null)
  useEffect(() => {
    if (statusRef.current) statusRef.current.textContent = status
  }, [status, statusRef])

  const Heading = `h${headingLevel}` as 'h2'
  const Root = variant === 'inline' ? 'section' : 'div'
  return (
    <Root
      ref={ref as Ref<HTMLDivElement>}
      className={cx('ck-ConflictResolver', props.className)}
      aria-labelledby={variant === 'inline' ? props.headingId : undefined}
      aria-busy={isSaving || undefined}
      data-state={isClean ? 'clean' : undecided > 0 ? 'conflict' : 'resolved'}
      data-variant={variant}
    >
      <div className="ck-ConflictResolver-header">
        <Heading
          id={props.headingId}
          ref={headingRef}
          tabIndex={-1}
          className="ck-ConflictResolver-title"
        >
          {isClean ? labels.cleanTitle : labels.title}
        </Heading>
        {props.onClose && (
          <button type="button" className="ck-ConflictResolver-close" onClick={props.onClose}>
            {labels.close}
          </button>
        )}
      </div>
      <p className="ck-ConflictResolver-intro">{isClean ? labels.cleanIntro : labels.intro}</p>
      <MergeSummary
        changes={conflict.changes}
        mine={conflict.mine}
        merged={conflict.merged}
        fieldLabel={fieldLabel}
        labels={labels}
      />
      {conflict.conflicts.map((c, i) => {
        const Field = textHunks(c) ? TextConflictField : ConflictField
        return (
          <Field
            key={`${i}:${dottedPath(c.path)}`}
            conflict={c}
            label={fieldLabel(c.path)}
            path={dottedPath(c.path)}
            decisions={decisions[i] ?? []}
            onPick={(slot, pick) => props.onPick(i, slot, pick)}
            onEdit={(slot, text) => props.onEdit(i, slot, text)}
            labels={labels}
          />
        )
      })}
      <output ref={statusRef} className="ck-ConflictResolver-status" aria-live="polite" />
      <div className="ck-ConflictResolver-actions">
        <button
          type="button"
          className="ck-ConflictResolver-save"
          disabled={!props.canSave || isSaving}
          onClick={props.onSave}
        >
          {isSaving ? labels.saving : isClean ? labels.saveMerged : labels.save}
        </button>
        {props.onDiscard && (
          <button type="button" className="ck-ConflictResolver-discard" onClick={props.onDiscard}>
            {labels.discard}
          </button>
        )}
      </div>
    </Root>
  )
}
