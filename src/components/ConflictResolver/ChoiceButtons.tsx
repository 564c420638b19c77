import type { ResolutionPick } from '../../core/resolution/decisions'
import type { ConflictResolverLabels } from './conflictResolverLabels'

/** Props of `ChoiceButtons`. */
export interface ChoiceButtonsProps {
  value: ResolutionPick | null
  onChange: (pick: ResolutionPick) => void
  labels: ConflictResolverLabels
  /** Offers the two keep-both choices (text hunks and strings). */
  canKeepBoth: boolean
  /** Id of the first button, so navigation can focus it. */
  firstId?: string
}

/**
 * The choices of one slot as toggle buttons (`aria-pressed`, `data-state="on|off"`): each is
 * its own tab stop and Space or Enter chooses it. The enclosing fieldset's legend names the group.
 */
export function ChoiceButtons({
  value,
  onChange,
  labels,
  canKeepBoth,
  firstId,
}: ChoiceButtonsProps) {
  const picks: [ResolutionPick, string][] = [
    ['mine', labels.keepMine],
    ['theirs', labels.takeTheirs],
    ...(canKeepBoth
      ? ([
          ['mine-then-theirs', labels.bothMineFirst],
          ['theirs-then-mine', labels.bothTheirsFirst],
        ] as [ResolutionPick, string][])
      : []),
    ['edit', labels.edit],
  ]
  return (
    <div className="ck-ConflictResolver-choices">
      {picks.map(([pick, text], i) => (
        <button
          key={pick}
          id={i === 0 ? firstId : undefined}
          type="button"
          className="ck-ConflictResolver-choice"
          data-choice={pick}
          data-state={value === pick ? 'on' : 'off'}
          aria-pressed={value === pick}
          onClick={() => onChange(pick)}
        >
          {text}
        </button>
      ))}
    </div>
  )
}
