import type { ReactElement, Ref } from 'react'
import { forwardRef, useEffect, useId, useRef, useState } from 'react'
import type { MergePath } from '../../core/merge/types'
import type { AutoMerge } from '../../core/resource/types'
import type { OptimisticResourceResult, ResourceConflict, SaveOutcome } from '../../hooks/types'
import { useConflictResolution, type ConflictResolution } from '../../hooks/useConflictResolution'
import { useControllableState } from '../shared/hooks'
import { AutoMergedNotice } from './AutoMergedNotice'
import { CleanMergeNotice } from './CleanMergeNotice'
import { ConflictDialog } from './ConflictDialog'
import { ConflictPanel } from './ConflictPanel'
import {
  defaultConflictResolverLabels,
  type ConflictResolverLabels,
} from './conflictResolverLabels'
import type { ResolverLayout } from './resolverContext'

/**
 * Props of `ConflictResolver`. Plain props win over the matching `resource` fields.
 *
 * Class names: `ck-ConflictResolver` and its parts, each listed with what carries it in
 * `../classNames.ts` (the README's class-name table).
 *
 * Data attributes: root `data-state="conflict|resolved|clean|saved"` (`saved`: the notice of a
 * merge `autoMerge: 'save'` stored) and
 * `data-variant="inline|dialog"`, `data-layout="two-column|three-column"`; each conflict and
 * hunk `data-slot` (index), `data-state="conflict|resolved"`, `data-choice=
 * "mine|theirs|mine-then-theirs|theirs-then-mine|edit"` once chosen, `data-path` (dotted) and
 * `data-current` (presence) where navigation is; sides `data-side="base|mine|theirs|result|merged"`
 * (`merged` in an opened change) and `data-chosen` (presence) on a side the decision keeps; choice,
 * layout and review buttons `aria-pressed` and `data-state="on|off"`; buttons that cannot act
 * `aria-disabled="true"`; merged changes `data-from="mine|theirs|both"` and `data-path`.
 */
export interface ConflictResolverProps<T> {
  /** The conflict to resolve; nothing renders while null. Defaults to `resource.conflict`. */
  conflict?: ResourceConflict<T> | null
  /**
   * Controlled decisions: a `useConflictResolution` result the app holds (to read or reset
   * them, or to show them elsewhere too). Its own conflict is the one shown; `conflict` and
   * `resource.conflict` are then not read, so the two can never disagree. Without it the
   * resolver holds the decisions itself.
   */
  resolution?: ConflictResolution<T>
  /** Receives `conflict.merged` with every conflicting path set as chosen. Defaults to `resource.resolve`. */
  onResolve?: (value: T) => unknown
  /** "Discard my changes": drop the draft, take theirs. Defaults to `resource.discard`. */
  onDiscard?: () => void
  /** Disables saving while a save is in flight. Defaults to `resource.isSaving`, else `false`. */
  isSaving?: boolean
  /**
   * A clean merge saved without review (`autoMerge: 'save'`), shown as a non-modal notice with
   * Undo merge and OK while there is no conflict. Defaults to `resource.autoMerged`.
   */
  autoMerged?: AutoMerge<T> | null
  /** Undo of `autoMerged`. Defaults to `resource.undoAutoMerge`. */
  onUndoAutoMerge?: () => Promise<SaveOutcome<T>>
  /** OK on the saved-merge notice. Defaults to `resource.dismissAutoMerged`. */
  onDismissAutoMerged?: () => void
  /** A `useOptimisticResource` result, wiring the props above. */
  resource?: OptimisticResourceResult<T>
  /** Inline panel or modal dialog. Defaults to `'inline'`. */
  variant?: 'inline' | 'dialog'
  /** Controlled dialog visibility (variant `dialog`). */
  open?: boolean
  /** Initial dialog visibility when uncontrolled. Defaults to `true`. */
  defaultOpen?: boolean
  onOpenChange?: (open: boolean) => void
  /** Display names keyed by dotted path (`address.city`, `tags.0`). Defaults to the path. */
  fieldLabels?: Record<string, string>
  labels?: Partial<ConflictResolverLabels>
  /** Controlled layout of each hunk's sides. */
  layout?: ResolverLayout
  /** Initial layout when uncontrolled. Defaults to `'two-column'` (the original folded away). */
  defaultLayout?: ResolverLayout
  onLayoutChange?: (layout: ResolverLayout) => void
  /**
   * How the dialog variant shows a clean merge: `'notice'`, a non-modal notice held for one
   * click (Save / Review / Not now), or `'dialog'`, the modal. Defaults to `'notice'`.
   */
  cleanMerge?: 'notice' | 'dialog'
  /** Level of the heading. Defaults to `2`. */
  headingLevel?: 2 | 3 | 4
  className?: string
  /** The `ck-ConflictResolver` element (forwarded, React 18.2 and 19 alike). */
  ref?: Ref<HTMLElement>
}

function labelFor(fieldLabels: Record<string, string> | undefined, root: string) {
  return (path: MergePath) => {
    const dotted = path.join('.')
    const exact = fieldLabels?.[dotted]
    if (exact !== undefined) return exact
    // `tags.1` with only `tags` labelled reads as "Tags › 1".
    for (let n = path.length - 1; n > 0; n--) {
      const prefix = fieldLabels?.[path.slice(0, n).join('.')]
      if (prefix !== undefined) return [prefix, ...path.slice(n)].join(' › ')
    }
    return dotted || root
  }
}

function ConflictResolverImpl<T>(
  { resource, variant = 'inline', headingLevel = 2, ...props }: ConflictResolverProps<T>,
  ref: Ref<HTMLElement>,
) {
  const given = props.conflict !== undefined ? props.conflict : (resource?.conflict ?? null)
  // Held here unless the app holds it; a controlled resolution brings its own conflict.
  // Decisions are kept with the draft as they are made, and come back after a reload.
  const own = useConflictResolution(props.resolution ? null : given, {
    work: resource?.resolutionWork ?? undefined,
    onWork: resource?.keepResolution,
  })
  const resolution = props.resolution ?? own
  const conflict = resolution.conflict
  const onResolve = props.onResolve ?? resource?.resolve
  const onDiscard = props.onDiscard ?? resource?.discard
  const isSaving = props.isSaving ?? resource?.isSaving ?? false
  const labels = { ...defaultConflictResolverLabels, ...props.labels }
  const [open, setOpen] = useControllableState(
    props.open,
    props.defaultOpen ?? true,
    props.onOpenChange,
  )
  const [layout, setLayout] = useControllableState(
    props.layout,
    props.defaultLayout ?? 'two-column',
    props.onLayoutChange,
  )
  // A clean merge opened from its notice shows the full view in the dialog; a resolver that
  // stays mounted shows the next conflict's notice again, so this is kept per conflict.
  const [reviewingClean, setReviewingClean] = useState<object | null>(null)
  const isReviewingClean = conflict !== null && reviewingClean === conflict
  const headingId = useId()
  const headingRef = useRef<HTMLHeadingElement>(null)
  const autoMerged =
    props.autoMerged !== undefined ? props.autoMerged : (resource?.autoMerged ?? null)
  const undo = props.onUndoAutoMerge ?? resource?.undoAutoMerge
  const dismissAutoMerged = props.onDismissAutoMerged ?? resource?.dismissAutoMerged
  // The saved-merge notice while its undo runs, and after a failed one (to say why).
  const [undoing, setUndoing] = useState<{ of: AutoMerge<T>; error: string | null } | null>(null)
  // An undone merge comes back as a conflict to review: focus moves to it, not to <body>.
  const focusHeld = useRef(false)
  const cleanSaveRef = useRef<HTMLButtonElement>(null)
  useEffect(() => {
    if (!focusHeld.current || !conflict) return
    focusHeld.current = false
    ;(cleanSaveRef.current ?? headingRef.current)?.focus()
  }, [conflict])
  const fieldLabel = labelFor(props.fieldLabels, labels.root)
  const noticeOf = conflict ? null : (autoMerged ?? undoing?.of ?? null)
  if (noticeOf) {
    const isUndoing = undoing !== null && undoing.error === null
    const runUndo = async () => {
      if (!undo) return
      setUndoing({ of: noticeOf, error: null })
      // Set before the undo: the held merge may render before the undo's promise settles.
      focusHeld.current = true
      const outcome = await undo()
      if (outcome.status !== 'success') focusHeld.current = false
      if (outcome.status === 'success') {
        setUndoing(null)
        setOpen(true)
      } else if (outcome.status !== 'skipped') {
        const refused = outcome.problem.kind === 'stale'
        setUndoing({ of: noticeOf, error: refused ? labels.undoRefused : labels.undoFailed })
      } else setUndoing(null)
    }
    return (
      <AutoMergedNotice
        autoMerged={noticeOf}
        // After a refusal the merge is no longer the latest version: nothing left to undo.
        onUndo={undo && (undoing?.error == null || autoMerged) ? () => void runUndo() : undefined}
        onDismiss={() => {
          setUndoing(null)
          dismissAutoMerged?.()
        }}
        isUndoing={isUndoing}
        error={undoing?.error ?? null}
        fieldLabel={fieldLabel}
        labels={labels}
        headingLevel={headingLevel}
        className={props.className}
      />
    )
  }
  if (!conflict) return null

  if (
    variant === 'dialog' &&
    resolution.status === 'clean' &&
    (props.cleanMerge ?? 'notice') === 'notice' &&
    !isReviewingClean
  ) {
    if (!open) return null
    return (
      <CleanMergeNotice
        resolution={resolution}
        onResolve={onResolve}
        onReview={() => setReviewingClean(conflict)}
        onDismiss={() => setOpen(false)}
        saveRef={cleanSaveRef}
        isSaving={isSaving}
        fieldLabel={fieldLabel}
        labels={labels}
        headingLevel={headingLevel}
        className={props.className}
      />
    )
  }

  const close = () => {
    setReviewingClean(null)
    setOpen(false)
  }
  const panel = (
    <ConflictPanel
      resolution={resolution}
      onResolve={onResolve}
      onDiscard={onDiscard}
      onClose={variant === 'dialog' ? close : undefined}
      isSaving={isSaving}
      variant={variant}
      layout={layout}
      onLayoutChange={setLayout}
      fieldLabel={fieldLabel}
      labels={labels}
      headingId={headingId}
      headingRef={headingRef}
      headingLevel={headingLevel}
      className={props.className}
      rootRef={ref}
    />
  )
  if (variant === 'inline') return panel
  if (!open && !isReviewingClean) return null
  return (
    <ConflictDialog onClose={close} labelledBy={headingId} initialFocus={headingRef}>
      {panel}
    </ConflictDialog>
  )
}

/**
 * The whole conflict moment, composed of the `Resolver` parts over `useConflictResolution`:
 * what merged automatically, each conflicting field or text hunk with the original, yours
 * and theirs (word-level changes marked), a choice per slot, navigation and bulk choices in
 * a sticky footer, a review of what will be saved, then save. Inline, or as a modal dialog
 * (a clean merge then shows as a non-modal notice by default).
 */
export const ConflictResolver = forwardRef(ConflictResolverImpl) as <T>(
  props: ConflictResolverProps<T>,
) => ReactElement | null
