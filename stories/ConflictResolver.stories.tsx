import type { Meta, StoryObj } from '@storybook/react-vite'
import { fn } from 'storybook/test'
import { ConflictResolver } from '../src/components/ConflictResolver/ConflictResolver'
import {
  articleFieldLabels,
  cleanMerge,
  longTextConflict,
  manyConflicts,
  multiLineConflict,
  oneConflict,
} from './fixtures'
import { ResolverDemo } from './ResolverDemo'

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
 * Both sides changed different fields: "Merged cleanly", what changed, "Save merged version".
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
