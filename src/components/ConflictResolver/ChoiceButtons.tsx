import type { ConflictResolverLabels } from './conflictResolverLabels'
import type { Pick } from './decisions'

/** Props of `ChoiceButtons`. */
export interface ChoiceButtonsProps {
  value: Pick | null
  onChange: (pick: Pick) => void
  labels: ConflictResolverLabels
}

const picks: Pick[] = ['mine', 'theirs', 'edit']

/**
 * Keep mine / Take theirs / Edit as toggle buttons (`aria-pressed`): each is its own tab
 * stop and Space or Enter chooses it. The enclosing fieldset's legend names the group.
 */
export function ChoiceButtons({ value, onChange, labels }: ChoiceButtonsProps) {
  const text = { mine: labels.keepMine, theirs: labels.takeTheirs, edit: labels.edit }
  return (
    <div className="ck-ConflictResolver-choices">
      {picks.map((pick) => (
        <button
          key={pick}
          type="button"
          className="ck-ConflictResolver-choice"
          data-choice={pick}
          data-state={value === pick ? 'on' : 'off'}
          aria-pressed={value === pick}
          onClick={() => onChange(pick)}
        >
          {text[pick]}
        </button>
      ))}
    </div>
  )
}
