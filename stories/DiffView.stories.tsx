import type { Meta, StoryObj } from '@storybook/react-vite'
import { DiffView } from '../src/components/DiffView/DiffView'
import { bigTexts, configAfter, configBefore } from './fixtures'

const big = bigTexts(10_000, 97)

const meta = {
  title: 'Components/DiffView',
  component: DiffView,
  args: { original: configBefore, modified: configAfter },
} satisfies Meta<typeof DiffView>

export default meta
type Story = StoryObj<typeof meta>

/** Both versions side by side, one grid row per line pair, words highlighted. */
export const Split: Story = {}

/** One column: old lines (−) then new lines (+) for each change, as `diff -u`. */
export const Unified: Story = { args: { defaultMode: 'unified' } }

/** A single edited line: the changed words are `<del>` / `<ins>`. */
export const WordHighlights: Story = {
  args: {
    original: 'The quick brown fox jumps over the lazy dog.\n',
    modified: 'The quick red fox leaps over the lazy dog!\n',
  },
}

/** Unchanged runs fold behind "Show N unchanged lines"; Next / Previous walk the changes. */
export const FoldedContext: Story = {
  args: { ...bigTexts(400, 120), diffOptions: { context: 2 } },
}

/** A 10,000-line document: only the rows on screen (± overscan) are in the DOM. */
export const TenThousandLines: Story = {
  args: { ...big, diffOptions: { context: 3 }, height: 520 },
}

/** The same 10,000 lines with nothing folded, to scroll through the whole virtual list. */
export const TenThousandLinesUnfolded: Story = {
  args: { ...big, diffOptions: { context: false }, height: 520 },
}

/** `wrap`: long lines wrap and both sides share a narrow width (here a 390 px phone column). */
export const WrappedOnAPhone: Story = {
  args: {
    original:
      'A short line.\nThis paragraph is long enough that it would push the other column off a phone screen if it did not wrap.\nThe end.\n',
    modified:
      'A short line.\nThis paragraph is long enough that it would push the other column off a narrow phone screen if it did not wrap.\nThe end.\n',
    wrap: true,
  },
  decorators: [
    (Story) => (
      <div style={{ maxWidth: 390 }}>
        <Story />
      </div>
    ),
  ],
}

/** Identical texts: no changes to walk. */
export const NoChanges: Story = { args: { modified: configBefore } }

/** Every text can be translated through `labels`. */
export const TranslatedLabels: Story = {
  args: {
    labels: {
      original: 'Ihre Fassung',
      modified: 'Von jemand anderem gespeichert',
      region: 'Unterschiede',
      split: 'Nebeneinander',
      unified: 'Einspaltig',
      nextChange: 'Nächste Änderung',
      previousChange: 'Vorige Änderung',
      added: 'hinzugefügt',
      removed: 'entfernt',
      mode: 'Ansicht',
      keyboardHint: 'N oder Alt+Pfeil runter: nächste Änderung, P oder Alt+Pfeil hoch: vorige.',
      showUnchanged: (n) => `${n} unveränderte Zeilen zeigen`,
      changePosition: (i, n) => `Änderung ${i} von ${n}`,
      changeCount: (n) => `${n} Änderungen`,
    },
  },
}

/** Hostile text stays text: markup, scripts, RTL and emoji are shown literally. */
export const HostileText: Story = {
  args: {
    original: '<img src=x onerror=alert(1)>\n<script>alert(1)</script>\nשלום עולם\n',
    modified: '<img src=y onerror=alert(2)>\n<a href="javascript:alert(1)">x</a>\nשלום עולם 👩‍👩‍👧\n',
  },
}

/** The dark theme (data-theme="dark" on an ancestor). */
export const Dark: Story = { globals: { theme: 'dark' } }
