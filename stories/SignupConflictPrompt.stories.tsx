import type { Meta, StoryObj } from '@storybook/react-vite'
import { fn } from 'storybook/test'
import { SignupConflictPrompt } from '../src/components/SignupConflictPrompt/SignupConflictPrompt'
import { SignupFormDemo, type SignupState } from './SignupFormDemo'

const meta = {
  title: 'Components/SignupConflictPrompt',
  component: SignupConflictPrompt,
  args: {
    identifier: 'ada@example.com',
    field: 'email',
    loginHref: '/login',
    onLogin: fn((event: { preventDefault: () => void }) => event.preventDefault()),
    onChooseAnother: fn(),
    resetPasswordHref: '/reset-password',
    onResetPassword: fn((event: { preventDefault: () => void }) => event.preventDefault()),
  },
} satisfies Meta<typeof SignupConflictPrompt>

export default meta
type Story = StoryObj<typeof meta>

/** "An account with ada@example.com already exists. Log in instead?" */
export const Duplicate: Story = {}

/** A username rather than an email; no reset link configured, so that action is left out. */
export const DuplicateUsername: Story = {
  args: {
    identifier: 'ada',
    field: 'username',
    resetPasswordHref: undefined,
    onResetPassword: undefined,
  },
}

/** Enumeration-safe mode: the same neutral words whether or not the account exists. */
export const EnumerationSafe: Story = { args: { enumerationSafe: true, status: 'success' } }

/** Enumeration-safe with the app's own wording. */
export const EnumerationSafeCustomMessage: Story = {
  args: {
    enumerationSafe: true,
    status: 'duplicate',
    message: 'Check your inbox: we sent the next step to that address if it can be used.',
  },
}

/** A `javascript:` login href is never rendered as a link; the action falls back to a button. */
export const UnsafeHrefFallsBack: Story = { args: { loginHref: 'javascript:alert(1)' } }

const signup = (overrides: Partial<SignupState>): SignupState => ({
  status: 'duplicate',
  identifier: 'ada@example.com',
  field: 'email',
  loginHref: '/login',
  login: fn(),
  chooseAnother: fn(),
  resetPasswordHref: '/reset-password',
  resetPassword: fn(),
  isEnumerationSafe: false,
  message: null,
  fieldErrors: {},
  ...overrides,
})

/** In a form, driven by a `useSignupConflict`-shaped result: the duplicate case. */
export const InFormDuplicate: Story = {
  render: () => <SignupFormDemo signup={signup({})} />,
}

/** Status `invalid`: field errors belong to the form; the prompt renders nothing. */
export const InFormInvalid: Story = {
  render: () => (
    <SignupFormDemo
      signup={signup({
        status: 'invalid',
        message: 'Please fix the highlighted fields.',
        fieldErrors: {
          email: 'Enter a valid email address.',
          password: 'Use at least 12 characters.',
        },
      })}
    />
  ),
}

/** Dark theme. */
export const Dark: Story = { globals: { theme: 'dark' } }
