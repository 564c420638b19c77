import type { Ref } from 'react'
import { useId, useRef, useState } from 'react'
import type { OptimisticResourceResult, ResourceConflict } from '../../hooks/types'
import { useControllableState } from '../shared/hooks'
import { assembleResolution } from './assembleResolution'
import { ConflictDialog } from './ConflictDialog'
import { ConflictPanel } from './ConflictPanel'
import {
  defaultConflictResolverLabels,
  type ConflictResolverLabels,
} from './conflictResolverLabels'
import {
  countUndecided,
  initialDecisions,
  prefill,
  textHunks,
  type Decision,
  type Pick,
} from './decisions'

/**
 * Props of `ConflictResolver`. Plain props win over the matching `resource` fields.
 *
 * Class names: `ck-ConflictResolver` (root), `-dialog` (the `<dialog>`), `-header`, `-title`,
 * `-close`, `-intro`, `-summary`, `-changes`, `-change`, `-changeDetails` (the `<details>` of a
 * merged change that alters your draft), `-changeSummary` (its `<summary>`), `-changeBody`
 * (your value against the merged one, while open), `-conflict`, `-field`, `-hunk`,
 * `-hunkName`, `-context`, `-sides`, `-side`, `-sideHeading`, `-value`, `-choices`, `-choice`,
 * `-edit`, `-editor`, `-error`, `-status`, `-actions`, `-save`, `-discard`.
 * Data attributes: root `data-state="conflict|resolved|clean"` and
 * `data-variant="inline|dialog"`; each conflict and hunk `data-state="conflict|resolved"` and
 * `data-choice="mine|theirs|edit"` once chosen; conflicts `data-path` (dotted) and `data-text`
 * (presence) when decided hunk by hunk; sides `data-side="mine|theirs|merged"` (`merged` in an
 * opened change); choice buttons `data-choice` and `data-state="on|off"`; merged changes
 * `data-from="mine|theirs|both"` and `data-path` (dotted).
 */
export interface ConflictResolverProps<T> {
  /** The conflict to resolve; nothing renders while null. Defaults to `resource.conflict`. */
  conflict?: ResourceConflict<T> | null
  /** Receives `conflict.merged` with every conflicting path set as chosen. Defaults to `resource.resolve`. */
  onResolve?: (value: T) => unknown
  /** "Discard my changes": drop the draft, take theirs. Defaults to `resource.discard`. */
  onDiscard?: () => void
  /** Disables saving while a save is in flight. Defaults to `resource.isSaving`, else `false`. */
  isSaving?: boolean
  /** A `useOptimisticResource` result, wiring the four props above. */
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
  /** Level of the heading. Defaults to `2`. */
  headingLevel?: 2 | 3 | 4
  className?: string
  /** The `ck-ConflictResolver` element. */
  ref?: Ref<HTMLElement>
}

// A new conflict (new server version or new draft) starts the decisions over; a re-render
// of the same conflict keeps them even if the hook hands out a fresh wrapper object.
function sameConflict<T>(a: ResourceConflict<T> | null, b: ResourceConflict<T> | null): boolean {
  if (!a || !b) return a === b
  return (
    Object.is(a.theirs, b.theirs) &&
    Object.is(a.mine, b.mine) &&
    a.theirsVersion === b.theirsVersion &&
    a.conflicts.length === b.conflicts.length
  )
}

/**
 * The whole conflict moment: what merged automatically, a keep-mine / take-theirs / edit
 * choice per conflicting field (per hunk for text), then save. Inline or as a modal dialog.
 */
export function ConflictResolver<T>({
  ref,
  resource,
  variant = 'inline',
  headingLevel = 2,
  ...props
}: ConflictResolverProps<T>) {
  const conflict = props.conflict !== undefined ? props.conflict : (resource?.conflict ?? null)
  const onResolve = props.onResolve ?? resource?.resolve
  const onDiscard = props.onDiscard ?? resource?.discard
  const isSaving = props.isSaving ?? resource?.isSaving ?? false
  const labels = { ...defaultConflictResolverLabels, ...props.labels }
  const [open, setOpen] = useControllableState(
    props.open,
    props.defaultOpen ?? true,
    props.onOpenChange,
  )
  const headingId = useId()
  const headingRef = useRef<HTMLHeadingElement>(null)
  const [state, setState] = useState(() => ({
    conflict,
    decisions: initialDecisions(conflict?.conflicts ?? []),
  }))
  let decisions = state.decisions
  if (!sameConflict(state.conflict, conflict)) {
    decisions = initialDecisions(conflict?.conflicts ?? [])
    setState({ conflict, decisions })
  }
  if (!conflict) return null

  const update = (i: number, j: number, change: (d: Decision) => Decision) =>
    setState((s) => ({
      ...s,
      decisions: s.decisions.map((slots, ci) =>
        ci === i ? slots.map((d, sj) => (sj === j ? change(d) : d)) : slots,
      ),
    }))
  const onPick = (i: number, j: number, pick: Pick) =>
    update(i, j, (d) => {
      const c = conflict.conflicts[i]!
      const text = pick === 'edit' && d.text === null ? prefill(c, textHunks(c)?.[j]) : d.text
      return { pick, text }
    })
  const onEdit = (i: number, j: number, text: string) => update(i, j, (d) => ({ ...d, text }))
  const canSave = !!onResolve && countUndecided(conflict.conflicts, decisions) === 0
  const onSave = () => {
    if (canSave && !isSaving) onResolve(assembleResolution(conflict, decisions))
  }

  const panel = (
    <ConflictPanel
      conflict={conflict}
      decisions={decisions}
      onPick={onPick}
      onEdit={onEdit}
      onSave={onSave}
      onDiscard={onDiscard}
      onClose={variant === 'dialog' ? () => setOpen(false) : undefined}
      canSave={canSave}
      isSaving={isSaving}
      variant={variant}
      fieldLabels={props.fieldLabels}
      labels={labels}
      headingId={headingId}
      headingRef={headingRef}
      headingLevel={headingLevel}
      className={props.className}
      ref={ref}
    />
  )
  if (variant === 'inline') return panel
  if (!open) return null
  return (
    <ConflictDialog onClose={() => setOpen(false)} labelledBy={headingId} initialFocus={headingRef}>
      {panel}
    </ConflictDialog>
  )
}
