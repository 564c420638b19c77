import type { Meta, StoryObj } from '@storybook/react-vite'
import { resetMockApi } from './mocks/mockApi'
import { LiveDocumentEditor } from './live/LiveDocumentEditor'
import { withQueryClient } from './live/withQueryClient'

/**
 * The real `useOptimisticResource` against a mock versioned API (ETag, `If-Match`, 412 with
 * the current version). Edit, let "someone else" save, then save yourself.
 */
const meta = {
  title: 'Live/DocumentEditor',
  component: LiveDocumentEditor,
  decorators: [withQueryClient],
  loaders: [resetMockApi],
  args: { autoMerge: 'review' },
  argTypes: { autoMerge: { control: 'inline-radio', options: ['review', 'save'] } },
} satisfies Meta<typeof LiveDocumentEditor>

export default meta
type Story = StoryObj<typeof meta>

/** A clean merge is shown for review; a conflict opens the resolver dialog. */
export const Default: Story = {}

/** `autoMerge: 'save'`: changes that do not overlap are merged and saved without asking. */
export const AutoMergeOnSave: Story = { args: { autoMerge: 'save' } }

/** The same editor in the dark theme. */
export const Dark: Story = { globals: { theme: 'dark' } }
