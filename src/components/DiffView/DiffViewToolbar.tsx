import { VisuallyHidden } from '../shared/VisuallyHidden'
import type { DiffViewLabels } from './diffViewLabels'
import type { DiffViewMode } from '../../core/diff/layoutRows'

/** Props of `DiffViewToolbar`. */
export interface DiffViewToolbarProps {
  mode: DiffViewMode
  onModeChange: (mode: DiffViewMode) => void
  labels: DiffViewLabels
  /** Number of changes. */
  total: number
  /** Percent done while the diff is still being computed, else null. */
  comparing: number | null
  /** Index of the change last moved to, or null before any move. */
  current: number | null
  hasNext: boolean
  hasPrevious: boolean
  onNext: () => void
  onPrevious: () => void
}

/** Split / unified toggle, previous / next change buttons and the change position. */
export function DiffViewToolbar(props: DiffViewToolbarProps) {
  const { mode, onModeChange, labels, total, current, hasNext, hasPrevious, onNext, onPrevious } =
    props
  const position =
    props.comparing !== null
      ? labels.comparing(props.comparing)
      : current === null
        ? labels.changeCount(total)
        : labels.changePosition(current + 1, total)
  const modes: DiffViewMode[] = ['split', 'unified']
  return (
    <div className="ck-DiffView-toolbar">
      <fieldset className="ck-DiffView-modes">
        <VisuallyHidden>
          <legend>{labels.mode}</legend>
        </VisuallyHidden>
        {modes.map((m) => (
          <button
            key={m}
            type="button"
            className="ck-DiffView-mode"
            aria-pressed={mode === m}
            data-state={mode === m ? 'on' : 'off'}
            onClick={() => onModeChange(m)}
          >
            {m === 'split' ? labels.split : labels.unified}
          </button>
        ))}
      </fieldset>
      <div className="ck-DiffView-nav">
        <button
          type="button"
          className="ck-DiffView-previous"
          aria-keyshortcuts="P Alt+ArrowUp"
          disabled={!hasPrevious}
          onClick={onPrevious}
        >
          {labels.previousChange}
        </button>
        <button
          type="button"
          className="ck-DiffView-next"
          aria-keyshortcuts="N Alt+ArrowDown"
          disabled={!hasNext}
          onClick={onNext}
        >
          {labels.nextChange}
        </button>
        <output className="ck-DiffView-position" aria-live="polite">
          {position}
        </output>
      </div>
    </div>
  )
}
