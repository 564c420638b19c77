import type { Meta, StoryObj } from '@storybook/react-vite'
import { resetMockApi } from './mocks/mockApi'
import { LiveOrders } from './live/LiveOrders'
import { withQueryClient } from './live/withQueryClient'

/**
 * The real `useConflictAction` against a mock order API whose 409 says
 * `{ title, currentState, allowedActions }`. Let the warehouse ship order A-1042, then cancel it.
 */
const meta = {
  title: 'Live/Orders',
  component: LiveOrders,
  decorators: [withQueryClient],
  loaders: [resetMockApi],
} satisfies Meta<typeof LiveOrders>

export default meta
type Story = StoryObj<typeof meta>

/** "This order has already shipped": what state it is in now, and "Request a return". */
export const Default: Story = {}
