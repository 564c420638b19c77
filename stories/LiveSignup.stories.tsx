import type { Meta, StoryObj } from '@storybook/react-vite'
import { resetMockApi } from './mocks/mockApi'
import { LiveSignup } from './live/LiveSignup'
import { withQueryClient } from './live/withQueryClient'

/**
 * The real `useSignupConflict` against a mock signup API: 201, 409 `user_exists`, 422 field
 * errors, or 202 for everything in enumeration-safe mode. Registered already:
 * ada@example.com.
 */
const meta = {
  title: 'Live/Signup',
  component: LiveSignup,
  decorators: [withQueryClient],
  loaders: [resetMockApi],
  args: { enumerationSafe: false },
} satisfies Meta<typeof LiveSignup>

export default meta
type Story = StoryObj<typeof meta>

/** Sign up as ada@example.com to meet "An account with ada@example.com already exists". */
export const Default: Story = {}

/** Enumeration-safe: new and registered emails get the same neutral answer. */
export const EnumerationSafe: Story = { args: { enumerationSafe: true } }
