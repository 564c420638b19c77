import type { MergeChange } from '../../core/merge/types'

/** Every text `ConflictResolver` shows or announces; pass some or all through `labels`. */
export interface ConflictResolverLabels {
  title: string
  intro: string
  cleanTitle: string
  cleanIntro: string
  /** Lead-in of the automatic changes list. */
  changesMerged: (count: number) => string
  /** Whose change it was, shown after the field name (`mine` changes show `keptFromYours`). */
  changeFrom: Record<MergeChange['from'], string>
  /** Shown after the field name of a change that was yours: nothing changes for you there. */
  keptFromYours: string
  /** Heading of the merged value, shown against yours when a merged change is opened. */
  afterMerge: string
  /** Live status while decisions are missing, e.g. "2 conflicts need your decision". */
  pending: (count: number) => string
  allDecided: string
  /** Status of a clean merge. */
  cleanStatus: string
  keepMine: string
  takeTheirs: string
  /** Keep both, yours first. */
  bothMineFirst: string
  /** Keep both, theirs first. */
  bothTheirsFirst: string
  edit: string
  /** Heading of the original text both sides started from. */
  base: string
  /** Heading of what will be saved for a hunk or field. */
  result: string
  /** Shown in the result while a slot is undecided. */
  undecided: string
  /** Name of the view switch, and its two options. */
  layout: string
  twoColumns: string
  threeColumns: string
  /** "Show the original" disclosure in the two-column view. */
  showBase: string
  /** Marks the chosen side's heading, e.g. "Kept". */
  chosen: string
  /** Navigation between undecided slots. */
  previous: string
  next: string
  /** Bulk choices for every slot still undecided. */
  acceptAllMine: string
  acceptAllTheirs: string
  /** Toggles the comparison of what will be saved against the server's version. */
  review: string
  /** Heading of the review's right column. */
  willSave: string
  /** Shown instead of the review while decisions are missing. */
  reviewWhenDecided: string
  /** The non-modal notice of a clean merge held for one click. */
  cleanNotice: string
  /** Opens the clean merge for review. */
  reviewMerge: string
  /** Dismisses the clean-merge notice without saving. */
  notNow: string
  /** Heading of the notice after a clean merge was saved without review (`autoMerge: 'save'`). */
  autoMergedTitle: string
  autoMergedNotice: string
  /** Undoes the saved merge: theirs goes back on the server, the merge is held for review. */
  undoMerge: string
  undoingMerge: string
  /** Closes the saved-merge notice (the merge stays saved). */
  ok: string
  /** Shown when the undo was refused because the document was saved again since. */
  undoRefused: string
  /** Shown when the undo failed otherwise (offline, server error). */
  undoFailed: string
  /** Heading of the person's side. */
  mine: string
  /** Heading of the server's side. */
  theirs: string
  /** Name of the diff region comparing both sides of a multi-line field. */
  diffRegion: (field: string) => string
  /** Label of the edit field for a field or hunk. */
  editLabel: (field: string) => string
  invalidJson: string
  /** A hunk's legend, e.g. "body: change 1 of 2". */
  hunk: (field: string, index: number, total: number) => string
  /** Shown for a value one side deleted. */
  removed: string
  /** Shown for an empty string. */
  empty: string
  /** Shown for a value your version does not have (someone else added it). */
  absent: string
  /** Name of the whole document (the empty path). */
  root: string
  save: string
  saveMerged: string
  saving: string
  discard: string
  close: string
}

/** English defaults for `ConflictResolver`. */
export const defaultConflictResolverLabels: ConflictResolverLabels = {
  title: 'Someone else saved changes while you were editing',
  intro:
    'Changes that did not overlap were combined. Where you both changed the same thing, choose what to keep.',
  cleanTitle: 'Merged cleanly',
  cleanIntro: 'Your changes and theirs did not overlap, so both were kept. Review and save.',
  changesMerged: (count) =>
    count === 0
      ? 'Nothing else changed.'
      : `${count} ${count === 1 ? 'change' : 'changes'} merged automatically:`,
  changeFrom: { mine: 'yours', theirs: 'theirs', both: 'both' },
  keptFromYours: 'kept from your version',
  afterMerge: 'After merging',
  pending: (count) => `${count} ${count === 1 ? 'conflict needs' : 'conflicts need'} your decision`,
  allDecided: 'Every conflict has a decision. Ready to save.',
  cleanStatus: 'Nothing to decide. Ready to save.',
  keepMine: 'Keep mine',
  takeTheirs: 'Take theirs',
  bothMineFirst: 'Both, mine first',
  bothTheirsFirst: 'Both, theirs first',
  edit: 'Edit',
  base: 'Original',
  result: 'Result',
  undecided: 'Not decided yet',
  layout: 'Columns',
  twoColumns: 'Two columns',
  threeColumns: 'Three columns',
  showBase: 'Show the original',
  chosen: 'kept',
  previous: 'Previous conflict',
  next: 'Next conflict',
  acceptAllMine: 'Keep mine for the rest',
  acceptAllTheirs: 'Take theirs for the rest',
  review: 'Review changes',
  willSave: 'What you will save',
  reviewWhenDecided: 'Decide every conflict to review what will be saved.',
  cleanNotice:
    'Someone else saved changes while you were editing. They did not overlap with yours, so both were combined.',
  reviewMerge: 'Review',
  notNow: 'Not now',
  autoMergedTitle: 'Saved, with their changes merged',
  autoMergedNotice:
    'Someone else saved changes while you were editing. They did not overlap with yours, so both were combined and saved.',
  undoMerge: 'Undo merge',
  undoingMerge: 'Undoing…',
  ok: 'OK',
  undoRefused:
    'This could not be undone: the document was saved again since. Nothing was changed; you see the latest version.',
  undoFailed: 'This could not be undone right now. The merged version stays saved.',
  mine: 'Your version',
  theirs: 'Saved by someone else',
  diffRegion: (field) => `Differences in ${field}`,
  editLabel: (field) => `Your text for ${field}`,
  invalidJson: 'Enter valid JSON to use this edit.',
  hunk: (field, index, total) => `${field}: change ${index} of ${total}`,
  removed: '(removed)',
  empty: '(empty)',
  absent: '(none)',
  root: 'whole document',
  save: 'Save resolved version',
  saveMerged: 'Save merged version',
  saving: 'Saving…',
  discard: 'Discard my changes',
  close: 'Close',
}
