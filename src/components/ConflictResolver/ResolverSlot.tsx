import type { ComponentPropsWithoutRef } from 'react'
import { forwardRef, useMemo } from 'react'
import type { MergeChunk, MergeConflict, TextConflict } from '../../core/merge/types'
import type { ResolutionSlot } from '../../core/resolution/conflictResolution'
import {
  canKeepBoth,
  editsAsText,
  parseEdit,
  pickedText,
  textHunks,
  type Decision,
} from '../../core/resolution/decisions'
import { boundText, previewBounds, printValue } from '../../core/resolution/printValue'
import { wordChanges } from '../../core/resolution/wordChanges'
import { DiffView } from '../DiffView/DiffView'
import { cx } from '../shared/text'
import { useWordSegmenter } from '../shared/wordSegments'
import { ChoiceButtons } from './ChoiceButtons'
import type { ConflictResolverLabels } from './conflictResolverLabels'
import { EditField } from './EditField'
import { slotId, useResolverContext, type ResolverLayout } from './resolverContext'
import { ValueView } from './ValueView'
import { WordText } from './WordText'

const CONTEXT_LINES = 2
// Two lines of context can be two very long lines; orientation needs the start of them.
const CONTEXT_CHARS = 2_000
// Inline so line breaks and very long lines stay readable even without styles.css.
const wrap = { whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' } as const
// Enough for a few screens of context without pushing the choice buttons far away.
const diffHeight = 264

/** The settled lines just around a hunk, for orientation. */
function hunkContext(chunks: readonly MergeChunk[], hunk: TextConflict) {
  const at = chunks.findIndex((c) => c.type === 'conflict' && c.conflict === hunk)
  const before = chunks[at - 1]
  const after = chunks[at + 1]
  return {
    before:
      before?.type === 'ok'
        ? before.text.replace(/\n$/, '').split('\n').slice(-CONTEXT_LINES).join('\n')
        : '',
    after: after?.type === 'ok' ? after.text.split('\n').slice(0, CONTEXT_LINES).join('\n') : '',
  }
}

function Context({ text }: { text: string }) {
  if (!text) return null
  return (
    <div className="ck-ConflictResolver-context" dir="auto" style={wrap}>
      {boundText(text, CONTEXT_CHARS)}
    </div>
  )
}

type SideName = 'base' | 'mine' | 'theirs'

function keeps(decision: Decision, side: SideName): boolean {
  const p = decision.pick
  if (side === 'base' || p === null || p === 'edit') return false
  return p === side || p === 'mine-then-theirs' || p === 'theirs-then-mine'
}

/** One side as text, with its word changes against the base when both are strings. */
function Side(props: {
  side: SideName
  heading: string
  value: unknown
  base: unknown
  isKept: boolean
  labels: ConflictResolverLabels
}) {
  const { side, value, base, labels } = props
  // Until the word diff's chunk is there, the side shows its text unmarked in the same place.
  const segment = useWordSegmenter()
  const words = useMemo(() => {
    if (side === 'base' || typeof value !== 'string' || typeof base !== 'string') return null
    // Past the preview bound the side shows as bounded text, unmarked.
    if (Math.max(value.length, base.length) > previewBounds.maxChars) return null
    return segment ? wordChanges(base, value, segment) : [{ change: 'equal' as const, text: value }]
  }, [side, value, base, segment])
  if (!words || value === '') {
    return (
      <ValueView
        side={side}
        heading={props.heading}
        value={value}
        labels={labels}
        chosen={props.isKept ? labels.chosen : undefined}
      />
    )
  }
  return (
    <div
      className="ck-ConflictResolver-side"
      data-side={side}
      data-chosen={props.isKept ? '' : undefined}
    >
      <div className="ck-ConflictResolver-sideHeading">
        {props.heading}
        {props.isKept && <span className="ck-ConflictResolver-kept"> · {labels.chosen}</span>}
      </div>
      <div className="ck-ConflictResolver-value" dir="auto" style={wrap}>
        <WordText segments={words} />
      </div>
    </div>
  )
}

function Sides(props: {
  layout: ResolverLayout
  base: unknown
  mine: unknown
  theirs: unknown
  decision: Decision
  labels: ConflictResolverLabels
}) {
  const { layout, base, mine, theirs, decision, labels } = props
  const side = (name: SideName, heading: string, value: unknown) => (
    <Side
      side={name}
      heading={heading}
      value={value}
      base={base}
      isKept={keeps(decision, name)}
      labels={labels}
    />
  )
  return (
    <>
      <div className="ck-ConflictResolver-sides" data-layout={layout}>
        {side('mine', labels.mine, mine)}
        {layout === 'three-column' && side('base', labels.base, base)}
        {side('theirs', labels.theirs, theirs)}
      </div>
      {layout === 'two-column' && (
        <details className="ck-ConflictResolver-baseDetails">
          <summary>{labels.showBase}</summary>
          <ValueView side="base" heading={labels.base} value={base} labels={labels} />
        </details>
      )}
    </>
  )
}

/** What a decision makes of the slot, as text: the result pane's content. */
function resultText(conflict: MergeConflict, hunk: TextConflict | undefined, d: Decision) {
  if (d.pick === null || d.pick === 'edit') return null
  const text = pickedText(conflict, hunk, d.pick)
  if (text !== null) return text
  const value = d.pick === 'theirs' ? conflict.theirs : conflict.mine
  return value === undefined ? undefined : printValue(value).text
}

/**
 * Props of `Resolver.Slot`: a `<fieldset>` (`ck-ConflictResolver-conflict`, or `-hunk` for a
 * hunk of a text) with `data-slot` (its index), `data-state="conflict|resolved"`,
 * `data-choice="mine|theirs|mine-then-theirs|theirs-then-mine|edit"` once chosen, `data-path`
 * (dotted) and `data-current` (presence) on the slot navigation is at.
 */
export interface ResolverSlotProps extends Omit<ComponentPropsWithoutRef<'fieldset'>, 'children'> {
  /** Index of the slot in `resolution.slots`. */
  index: number
}

/**
 * One place to decide (a value conflict, or one hunk of a text conflict): its sides with
 * word-level changes against the original, the choices, and the result, editable in place.
 * An index the resolution has no slot for renders nothing.
 */
export const ResolverSlot = forwardRef<HTMLFieldSetElement, ResolverSlotProps>(function Slot(
  { index, ...props },
  ref,
) {
  const { resolution } = useResolverContext()
  const slot = resolution.slots[index]
  const conflict = slot && resolution.conflict?.conflicts[slot.conflict]
  if (!slot || !conflict) return null
  return <SlotView {...props} ref={ref} index={index} at={slot} conflict={conflict} />
})

const SlotView = forwardRef<
  HTMLFieldSetElement,
  ResolverSlotProps & { at: ResolutionSlot; conflict: MergeConflict }
>(function SlotView({ index, at: slot, conflict, ...props }, ref) {
  const { resolution, labels, layout, fieldLabel, idPrefix } = useResolverContext()
  const hunk = slot.text ?? undefined
  const decision = resolution.decisionOf(index)
  const decided = resolution.isDecided(index)
  const label = fieldLabel(conflict.path)
  const total = hunk ? (textHunks(conflict)?.length ?? 1) : 1
  const name = hunk ? labels.hunk(label, (slot.hunk ?? 0) + 1, total) : label
  const context = useMemo(
    () => (hunk && conflict.text ? hunkContext(conflict.text.chunks, hunk) : null),
    [hunk, conflict.text],
  )
  const { base, mine, theirs } = hunk ?? conflict
  const bothText = typeof mine === 'string' && typeof theirs === 'string'
  const hasLines = [mine, theirs].some((v) => typeof v === 'string' && v.includes('\n'))
  const asText = hunk !== undefined || editsAsText(conflict)
  const invalid = decision.pick === 'edit' && !hunk && !parseEdit(conflict, decision.text ?? '').ok
  const result = resultText(conflict, hunk, decision)
  return (
    <fieldset
      {...props}
      ref={ref}
      id={slotId(idPrefix, index)}
      className={cx(
        hunk ? 'ck-ConflictResolver-hunk' : 'ck-ConflictResolver-conflict',
        props.className,
      )}
      data-slot={index}
      data-state={decided ? 'resolved' : 'conflict'}
      data-choice={decision.pick ?? undefined}
      data-path={conflict.path.join('.')}
      data-current={resolution.current === index ? '' : undefined}
    >
      <legend className={hunk ? 'ck-ConflictResolver-hunkName' : 'ck-ConflictResolver-field'}>
        <bdi>{name}</bdi>
      </legend>
      {context && <Context text={context.before} />}
      {!hunk && bothText && hasLines ? (
        // Long texts decided as one value read better as a line diff than as two walls of text.
        <DiffView
          original={mine}
          modified={theirs}
          height={diffHeight}
          labels={{
            original: labels.mine,
            modified: labels.theirs,
            region: labels.diffRegion(label),
          }}
        />
      ) : (
        <Sides
          layout={layout}
          base={base}
          mine={mine}
          theirs={theirs}
          decision={decision}
          labels={labels}
        />
      )}
      {context && <Context text={context.after} />}
      <ChoiceButtons
        value={decision.pick}
        onChange={(pick) => resolution.pick(index, pick)}
        labels={labels}
        canKeepBoth={canKeepBoth(conflict, hunk)}
        firstId={`${slotId(idPrefix, index)}-first`}
      />
      {decision.pick === 'edit' ? (
        <EditField
          label={labels.editLabel(name)}
          value={decision.text ?? ''}
          multiline={!asText || hasLines || hunk !== undefined}
          onChange={(next) => resolution.edit(index, next)}
          error={invalid ? labels.invalidJson : null}
        />
      ) : (
        <ValueView
          side="result"
          heading={labels.result}
          value={result === null ? labels.undecided : result}
          labels={labels}
          isPlaceholder={result === null}
        />
      )}
    </fieldset>
  )
})
