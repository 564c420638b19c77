// The class-name contract: every `ck-*` class a component renders, and what carries it. Apps
// style and test against these names, so they are listed here once, as data: the README's
// class-name table is written from this list (`npm run docs:classes`), and
// test/components/classNames.test.tsx fails when a component renders, or styles.css styles, a
// `ck-*` name this list does not hold, or when the list holds one no component renders.

/** Each component's class names: the suffix after `ck-<Component>-` (`''` for the root) -> what carries it. */
export const classNames = {
  DiffView: {
    '': 'the root (`data-mode`, `data-state`, `data-wrap`)',
    toolbar: 'the bar above the rows: mode buttons and change navigation',
    modes: 'the group of mode buttons',
    mode: 'one mode button (split, unified)',
    nav: 'the change navigation',
    previous: 'the "previous change" button',
    next: 'the "next change" button',
    position: 'the "change n of m" text',
    progress: 'the status shown while a large diff is still computed',
    scroller: 'the focusable, scrolling region of rows',
    header: 'the column headings',
    row: 'one row (`data-change`, `data-current`, `data-index`)',
    fold: 'a folded run of unchanged lines',
    expand: 'the button that unfolds it',
    number: 'a line number cell',
    sign: 'the `+` / `-` sign cell',
    text: 'a line text cell (`data-side`, `data-change`)',
    ins: 'inserted words (`<ins>`)',
    del: 'deleted words (`<del>`)',
  },
  ConflictResolver: {
    '': 'the root (`data-state`, `data-variant`, `data-layout`)',
    dialog: 'the `<dialog>` of the dialog variant',
    header: 'the header: title, layout picker, close',
    title: 'the heading',
    close: 'the close button of the dialog',
    intro: 'the sentence under the heading',
    summary: 'the summary of what merged by itself',
    changes: 'the list of merged changes',
    change: 'one merged change (`data-from`, `data-path`)',
    changeDetails: 'the `<details>` of a merged change that alters your draft',
    changeSummary: 'its `<summary>`',
    changeBody: 'your value against the merged one, while open',
    layout: 'the layout picker',
    layoutName: 'the picker’s label',
    layoutOption: 'one layout button (two or three columns)',
    body: 'the scrolling part',
    slots: 'the list of places to decide',
    item: 'one windowed entry of that list',
    conflict: 'a value conflict (`data-slot`, `data-state`, `data-choice`, `data-path`)',
    field: 'the field name of a value conflict',
    hunk: 'a text hunk to decide (same attributes as a conflict)',
    hunkName: 'the field and place of a hunk',
    context: 'the unchanged lines around a hunk',
    sides: 'the columns of one slot',
    side: 'one column (`data-side`, `data-chosen`)',
    sideHeading: 'a column’s heading',
    kept: 'the note on a side that the decision keeps',
    value: 'a printed value',
    ins: 'words a side added (`<ins>`)',
    del: 'words a side removed (`<del>`)',
    baseDetails: 'the `<details>` with the original value',
    choices: 'the group of choice buttons',
    choice: 'one choice button (`aria-pressed`, `data-state`)',
    edit: 'the "edit" area of a slot',
    editor: 'the text area of an edited slot',
    error: 'an error shown in the resolver (a refused save or undo)',
    footer: 'the sticky footer',
    status: 'the live status ("2 of 5 decided")',
    nav: 'the previous / next buttons',
    previous: 'the "previous" button',
    next: 'the "next" button',
    acceptAll: 'a bulk choice button (all mine, all theirs)',
    actions: 'the group of footer actions',
    save: 'the save button',
    discard: 'the discard button',
    reviewToggle: 'the button that shows what will be saved',
    review: 'what will be saved',
    reviewField: 'one field of it',
    reviewHint: 'the hint above it',
    notice: 'a clean merge shown without a modal, held or saved',
    noticeText: 'the notice’s sentence',
    dismiss: 'the notice’s OK button',
    undo: 'the undo of a saved merge',
  },
  SignupConflictPrompt: {
    '': 'the root (`data-state`: `duplicate` or `neutral`)',
    message: 'the sentence',
    identifier: 'the identifier in it (a `<bdi>`)',
    actions: 'the group of buttons',
    login: 'the "Log in" action (`data-variant="primary"`)',
    different: 'the "use a different one" action',
    reset: 'the "reset password" action',
  },
  StaleBanner: {
    '': 'the root (`data-state="stale"`)',
    message: 'the sentence',
    name: 'who changed it, when the server says',
    actions: 'the group of buttons',
    review: 'the "review changes" button',
    reload: 'the "reload" button',
  },
  StateConflictNotice: {
    '': 'the root (`data-state="conflict"`, `data-current-state`)',
    title: 'the heading',
    detail: 'the server’s explanation',
    state: 'the current state',
    allowed: 'the "still possible" sentence',
    actions: 'the list of actions still possible',
    action: 'one of them (`data-action`)',
    buttons: 'the group of buttons',
    refresh: 'the "refresh" button',
    dismiss: 'the "dismiss" button',
  },
} as const satisfies Record<string, Record<string, string>>

/** Class names shared by every component. */
export const sharedClassNames = {
  'ck-visually-hidden': 'text for screen readers only (a spoken "added" / "removed")',
} as const

/** Every documented class name, in full (`ck-DiffView-row`), with what carries it. */
export function documentedClassNames(): Map<string, string> {
  const out = new Map<string, string>(Object.entries(sharedClassNames))
  for (const [component, parts] of Object.entries(classNames)) {
    for (const [suffix, what] of Object.entries(parts)) {
      out.set(suffix === '' ? `ck-${component}` : `ck-${component}-${suffix}`, what)
    }
  }
  return out
}
