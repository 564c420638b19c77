import type { Meta, StoryObj } from '@storybook/react-vite'
import { fn } from 'storybook/test'
import { StaleBanner } from '../src/components/StaleBanner/StaleBanner'

const meta = {
  title: 'Components/StaleBanner',
  component: StaleBanner,
  args: { isStale: true, onReview: fn(), onReload: fn() },
} satisfies Meta<typeof StaleBanner>

export default meta
type Story = StoryObj<typeof meta>

/** A background refetch saw a newer version while the person had unsaved edits. */
export const Stale: Story = {}

/** Without `onReview` only the reload action is offered. */
export const ReloadOnly: Story = { args: { onReview: undefined } }

/** Not stale: renders nothing. */
export const Fresh: Story = { args: { isStale: false } }

/** Dark theme. */
export const Dark: Story = { globals: { theme: 'dark' } }
