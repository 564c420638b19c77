import type { MergeConflict } from '../../core/merge/types'
import { DiffView } from '../DiffView/DiffView'
import { ChoiceButtons } from './ChoiceButtons'
import type { ConflictResolverLabels } from './conflictResolverLabels'
import { editsAsText, isDecided, parseEdit, type Decision, type Pick } from './decisions'
import { EditField } from './EditField'
import { ValueView } from './ValueView'

/** Props shared by `ConflictField` and `TextConflictField`. */
export interface ConflictFieldProps {
  conflict: MergeConflict
  /** The field's display name (from `fieldLabels`, else the dotted path). */
  label: string
  /** Dotted path, exposed as `data-path`. */
  path: string
  /** One slot for a value conflict, one per hunk for a text conflict. */
  decisions: readonly Decision[]
  onPick: (slot: number, pick: Pick) => void
  onEdit: (slot: number, text: string) => void
  labels: ConflictResolverLabels
}

// Enough for a few screens of context without pushing the choice buttons far away.
const diffHeight = 264

/** A conflict decided as one value: both sides, the choice, and the editor when editing. */
export function ConflictField(props: ConflictFieldProps) {
  const { conflict, label, path, labels } = props
  const decision = props.decisions[0] ?? { pick: null, text: null }
  const decided = isDecided(conflict, decision, false)
  const asText = editsAsText(conflict)
  const text = decision.text ?? ''
  const invalid = decision.pick === 'edit' && !parseEdit(conflict, text).ok
  const { mine, theirs } = conflict
  const bothText = typeof mine === 'string' && typeof theirs === 'string'
  const hasLines = [mine, theirs].some((v) => typeof v === 'string' && v.includes('\n'))
  const multiline = !asText || hasLines
  return (
    <fieldset
      className="ck-ConflictResolver-conflict"
      data-state={decided ? 'resolved' : 'conflict'}
      data-choice={decision.pick ?? undefined}
      data-path={path}
    >
      <legend className="ck-ConflictResolver-field">{label}</legend>
      {bothText && hasLines ? (
        // Long texts read better as a line diff than as two walls of text.
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
        <div className="ck-ConflictResolver-sides">
          <ValueView side="mine" heading={labels.mine} value={mine} labels={labels} />
          <ValueView side="theirs" heading={labels.theirs} value={theirs} labels={labels} />
        </div>
      )}
      <ChoiceButtons
        value={decision.pick}
        onChange={(pick) => props.onPick(0, pick)}
        labels={labels}
      />
      {decision.pick === 'edit' && (
        <EditField
          label={labels.editLabel(label)}
          value={text}
          multiline={multiline}
          onChange={(next) => props.onEdit(0, next)}
          error={invalid ? labels.invalidJson : null}
        />
      )}
    </fieldset>
  )
}
