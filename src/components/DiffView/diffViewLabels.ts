/** Every text `DiffView` shows or announces; pass some or all through `labels` to translate. */
export interface DiffViewLabels {
  /** Heading of the original (left / `−`) side. */
  original: string
  /** Heading of the modified (right / `+`) side. */
  modified: string
  /** Accessible name of the scrollable, focusable diff region. */
  region: string
  /** Read after the region's name: how to move between changes. */
  keyboardHint: string
  /** Name of the split / unified toggle group. */
  mode: string
  split: string
  unified: string
  nextChange: string
  previousChange: string
  /** Read before an inserted line or word run (the sign column shows `+`). */
  added: string
  /** Read before a deleted line or word run (the sign column shows `−`). */
  removed: string
  showUnchanged: (count: number) => string
  /** Position after moving between changes, e.g. "Change 2 of 5". */
  changePosition: (index: number, total: number) => string
  /** Summary before any move, e.g. "5 changes". */
  changeCount: (total: number) => string
  /** Shown while a large diff is still being computed, e.g. "Comparing… 40%". */
  comparing: (percent: number) => string
}

/** English defaults for `DiffView`. */
export const defaultDiffViewLabels: DiffViewLabels = {
  original: 'Your version',
  modified: 'Saved by someone else',
  region: 'Differences',
  keyboardHint: 'Press N or Alt+Down for the next change, P or Alt+Up for the previous one.',
  mode: 'View',
  split: 'Side by side',
  unified: 'Unified',
  nextChange: 'Next change',
  previousChange: 'Previous change',
  added: 'added',
  removed: 'removed',
  showUnchanged: (count) => `Show ${count} unchanged ${count === 1 ? 'line' : 'lines'}`,
  changePosition: (index, total) => `Change ${index} of ${total}`,
  changeCount: (total) =>
    total === 0 ? 'No changes' : `${total} ${total === 1 ? 'change' : 'changes'}`,
  comparing: (percent) => `Comparing\u2026 ${percent}%`,
}
