import type { Meta, StoryObj } from '@storybook/react-vite'
import { fn } from 'storybook/test'
import { StateConflictNotice } from '../src/components/StateConflictNotice/StateConflictNotice'

const meta = {
  title: 'Components/StateConflictNotice',
  component: StateConflictNotice,
  args: {
    problem: {
      status: 409,
      kind: 'state',
      title: 'This order has already shipped',
      detail: 'Order #1042 left the warehouse on Monday, so it can no longer be cancelled.',
      raw: null,
    },
    currentState: 'shipped',
    allowedActions: ['request_return', 'track_parcel'],
    actionLabels: { request_return: 'Request a return', track_parcel: 'Track the parcel' },
    onAction: fn(),
    onRefresh: fn(),
  },
} satisfies Meta<typeof StateConflictNotice>

export default meta
type Story = StoryObj<typeof meta>

/** Cancelling a shipped order: what state it is in, what is still possible. */
export const OrderShipped: Story = {}

/** Nothing more can be done; the person can refresh or dismiss. */
export const InviteAlreadyAccepted: Story = {
  args: {
    problem: {
      status: 409,
      kind: 'state',
      title: 'This invitation was already accepted',
      detail: 'Grace accepted it yesterday.',
      raw: null,
    },
    currentState: 'accepted',
    allowedActions: [],
    onAction: undefined,
    onDismiss: fn(),
  },
}

/** Without `onAction` the allowed actions are listed as text. */
export const ActionsAsText: Story = { args: { onAction: undefined } }

/** Dark theme. */
export const Dark: Story = { globals: { theme: 'dark' } }
