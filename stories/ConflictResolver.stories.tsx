import type { Meta, StoryObj } from '@storybook/react-vite'
import { expect, fn, userEvent, within } from 'storybook/test'
import { ConflictResolver } from '../src/components/ConflictResolver/ConflictResolver'
import {
  articleFieldLabels,
  cleanMerge,
  longTextConflict,
  manyConflicts,
  multiLineConflict,
  oneConflict,
} from './fixtures'
import { longConflict } from './longConflict'
import { ResolverDemo } from './ResolverDemo'
import { ResolverParts } from './ResolverParts'

const meta = {
  title: 'Components/ConflictResolver',
  component: ConflictResolver,
  args: {
    conflict: oneConflict(),
    onResolve: fn(),
    onDiscard: fn(),
    fieldLabels: articleFieldLabels,
  },
} satisfies Meta<typeof ConflictResolver>

export default meta
type Story = StoryObj<typeof meta>

/**
 * Inline, both sides changed different fields: "Merged cleanly", what changed, "Save merged version".
 * Each change of theirs opens to show my draft against the merged result.
 */
export const CleanAutoMerge: Story = { args: { conflict: cleanMerge() } }

/** One field both changed: keep mine, take theirs or edit; their tag change merged already. */
export const OneConflictingField: Story = {}

/** Five conflicts, including a field I deleted and an array, plus an automatic change. */
export const ManyConflicts: Story = { args: { conflict: manyConflicts() } }

/** A long text merged line by line: each conflicting hunk gets its own choice, with context. */
export const LongTextConflict: Story = { args: { conflict: longTextConflict() } }

/** A multi-line field decided as a whole is compared with a DiffView. */
export const MultiLineField: Story = { args: { conflict: multiLineConflict() } }

/** While the resolved version is being saved. */
export const Saving: Story = { args: { conflict: cleanMerge(), isSaving: true } }

/** Labels in another language. */
export const TranslatedLabels: Story = {
  args: {
    labels: {
      title: 'Jemand anderes hat inzwischen gespeichert',
      intro: 'Was sich nicht überschnitt, wurde zusammengeführt. Entscheiden Sie den Rest.',
      changesMerged: (n) => `${n} Änderung(en) automatisch übernommen:`,
      changeFrom: { mine: 'Ihre', theirs: 'fremde', both: 'beide' },
      pending: (n) => `${n} Konflikt(e) warten auf Ihre Entscheidung`,
      allDecided: 'Alles entschieden. Bereit zum Speichern.',
      keepMine: 'Meine behalten',
      takeTheirs: 'Ihre übernehmen',
      edit: 'Bearbeiten',
      mine: 'Ihre Fassung',
      theirs: 'Von jemand anderem gespeichert',
      save: 'Gelöste Fassung speichern',
      discard: 'Meine Änderungen verwerfen',
    },
  },
}

/** Interactive: decide, save (a simulated request), see the exact value that would be sent. */
export const Interactive: Story = {
  render: () => <ResolverDemo conflict={manyConflicts()} />,
}

/** As a modal dialog: focus moves in, Tab cycles inside, Escape closes and focus returns. */
export const Dialog: Story = {
  render: () => <ResolverDemo conflict={oneConflict()} variant="dialog" />,
}

/** The long text conflict in the dark theme. */
export const Dark: Story = { args: { conflict: longTextConflict() }, globals: { theme: 'dark' } }

/** The dialog in the dark theme. */
export const DarkDialog: Story = {
  render: () => <ResolverDemo conflict={manyConflicts()} variant="dialog" />,
  globals: { theme: 'dark' },
}

/** The dialog variant with a clean merge: a non-modal notice held for one click, no modal. */
export const CleanMergeNotice: Story = { args: { conflict: cleanMerge(), variant: 'dialog' } }

/** Each hunk as yours, the original and theirs side by side (the original is folded in two columns). */
export const ThreeColumns: Story = {
  args: { conflict: longTextConflict(), defaultLayout: 'three-column' },
}

/** A one-word change in a 3,683-character line: the changed word is marked on each side. */
export const OneWordInALongLine: Story = {
  args: { conflict: longConflict(60, 2, 1), fieldLabels: { body: 'Text' } },
}

/**
 * 4,000 lines, 63 conflicting hunks, in the dialog: windowed hunks, a counter, next / previous
 * (Alt+ArrowDown / Alt+ArrowUp) and bulk choices in the sticky footer.
 */
export const SixtyThreeHunks: Story = {
  render: () => <ResolverDemo conflict={longConflict(4_000, 63)} variant="dialog" />,
}

/** Decided in every way: kept mine, kept both (theirs first), and edited in place. */
export const Decided: Story = {
  args: { conflict: longTextConflict() },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement)
    const hunks = canvas.getAllByRole('group').filter((g) => g.dataset.slot !== undefined)
    await userEvent.click(within(hunks[0]!).getByRole('button', { name: 'Keep mine' }))
    await userEvent.click(within(hunks[1]!).getByRole('button', { name: 'Both, theirs first' }))
    await userEvent.click(within(hunks[2]!).getByRole('button', { name: 'Edit' }))
    await userEvent.keyboard(' (checked)')
    await expect(hunks[0]).toHaveAttribute('data-state', 'resolved')
  },
}

/** Everything decided with "Take theirs for the rest", then Review changes: theirs -> what you will save. */
export const Reviewing: Story = {
  args: { conflict: longTextConflict() },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement)
    await userEvent.click(canvas.getAllByRole('button', { name: 'Keep mine' })[0]!)
    await userEvent.click(canvas.getByRole('button', { name: 'Take theirs for the rest' }))
    await userEvent.click(canvas.getByRole('button', { name: 'Review changes' }))
    await expect(canvas.getByText('What you will save')).toBeInTheDocument()
  },
}

/** At phone width: the sides stack, nothing scrolls sideways. */
export const PhoneWidth: Story = {
  args: { conflict: longTextConflict(), defaultLayout: 'three-column' },
  decorators: [
    (Story) => (
      <div style={{ width: 358 }}>
        <Story />
      </div>
    ),
  ],
}

/** A custom layout built from `useConflictResolution` and the `Resolver` parts. */
export const CustomLayoutFromParts: Story = {
  render: () => <ResolverParts conflict={manyConflicts()} onResolve={fn()} />,
}

/** The three-column view in the dark theme. */
export const DarkThreeColumns: Story = {
  args: { conflict: longTextConflict(), defaultLayout: 'three-column' },
  globals: { theme: 'dark' },
}

/** The clean-merge notice in the dark theme. */
export const DarkCleanMergeNotice: Story = {
  args: { conflict: cleanMerge(), variant: 'dialog' },
  globals: { theme: 'dark' },
}
