import type { MergeChunk } from '../../core/merge/types'
import { ChoiceButtons } from './ChoiceButtons'
import type { ConflictFieldProps } from './ConflictField'
import type { Decision } from './decisions'
import { EditField } from './EditField'
import { ValueView } from './ValueView'

const CONTEXT_LINES = 2

function lastLines(text: string, count: number): string {
  const lines = text.replace(/\n$/, '').split('\n')
  return lines.slice(-count).join('\n')
}

function firstLines(text: string, count: number): string {
  return text.split('\n').slice(0, count).join('\n')
}

/** Each conflicting hunk with the settled lines just around it, for orientation. */
function hunksWithContext(chunks: readonly MergeChunk[]) {
  return chunks.flatMap((chunk, i) => {
    if (chunk.type !== 'conflict') return []
    const before = chunks[i - 1]
    const after = chunks[i + 1]
    return [
      {
        hunk: chunk.conflict,
        before: before?.type === 'ok' ? lastLines(before.text, CONTEXT_LINES) : '',
        after: after?.type === 'ok' ? firstLines(after.text, CONTEXT_LINES) : '',
      },
    ]
  })
}

function Context({ text }: { text: string }) {
  if (!text) return null
  return (
    <div
      className="ck-ConflictResolver-context"
      dir="auto"
      style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}
    >
      {text}
    </div>
  )
}

/** A text conflict decided hunk by hunk; the settled text between hunks is kept as merged. */
export function TextConflictField(props: ConflictFieldProps) {
  const { conflict, label, path, labels } = props
  const hunks = hunksWithContext(conflict.text?.chunks ?? [])
  const empty: Decision = { pick: null, text: null }
  const decided = props.decisions.every((d) => d.pick !== null)
  return (
    <fieldset
      className="ck-ConflictResolver-conflict"
      data-state={decided ? 'resolved' : 'conflict'}
      data-path={path}
      data-text=""
    >
      <legend className="ck-ConflictResolver-field">{label}</legend>
      {hunks.map(({ hunk, before, after }, j) => {
        const decision = props.decisions[j] ?? empty
        const name = labels.hunk(label, j + 1, hunks.length)
        return (
          <fieldset
            key={j}
            className="ck-ConflictResolver-hunk"
            data-state={decision.pick ? 'resolved' : 'conflict'}
            data-choice={decision.pick ?? undefined}
          >
            <legend className="ck-ConflictResolver-hunkName">{name}</legend>
            <Context text={before} />
            <div className="ck-ConflictResolver-sides">
              <ValueView
                side="mine"
                heading={labels.mine}
                value={hunk.mine || undefined}
                labels={labels}
              />
              <ValueView
                side="theirs"
                heading={labels.theirs}
                value={hunk.theirs || undefined}
                labels={labels}
              />
            </div>
            <Context text={after} />
            <ChoiceButtons
              value={decision.pick}
              onChange={(pick) => props.onPick(j, pick)}
              labels={labels}
            />
            {decision.pick === 'edit' && (
              <EditField
                label={labels.editLabel(name)}
                value={decision.text ?? ''}
                multiline
                onChange={(next) => props.onEdit(j, next)}
              />
            )}
          </fieldset>
        )
      })}
    </fieldset>
  )
}
