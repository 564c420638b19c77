import { fireEvent, render, screen } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { SignupConflictPrompt } from '../../src/components/SignupConflictPrompt/SignupConflictPrompt'
import type { SignupStatus } from '../../src/hooks/types'
import { expectNoAxeViolations } from '../axe'

function fakeSignup(status: SignupStatus = 'duplicate', isEnumerationSafe = false) {
  return {
    status,
    identifier: 'a@b.com',
    field: 'email',
    loginHref: '/login',
    login: vi.fn<() => void>(),
    chooseAnother: vi.fn<() => void>(),
    resetPasswordHref: '/reset',
    resetPassword: vi.fn<() => void>(),
    isEnumerationSafe,
    message: null,
  }
}

describe('SignupConflictPrompt', () => {
  it('offers log in, another email and password reset for a duplicate', async () => {
    const user = userEvent.setup()
    const signup = fakeSignup()
    const { container } = render(<SignupConflictPrompt signup={signup} />)
    expect(screen.getByRole('alert')).toHaveTextContent(
      'An account with a@b.com already exists. Log in instead?',
    )
    expect(container.firstElementChild).toHaveAttribute('data-state', 'duplicate')
    const login = screen.getByRole('link', { name: 'Log in' })
    expect(login).toHaveAttribute('href', '/login')
    await user.click(login)
    expect(signup.login).toHaveBeenCalledTimes(1)
    await user.click(screen.getByRole('button', { name: 'Use a different email' }))
    expect(signup.chooseAnother).toHaveBeenCalledTimes(1)
    const reset = screen.getByRole('link', { name: 'Forgot password?' })
    expect(reset).toHaveAttribute('href', '/reset')
    await user.click(reset)
    expect(signup.resetPassword).toHaveBeenCalledTimes(1)
  })

  it('reaches every action by keyboard', async () => {
    const user = userEvent.setup()
    const signup = fakeSignup()
    render(<SignupConflictPrompt signup={signup} />)
    await user.tab()
    expect(screen.getByRole('link', { name: 'Log in' })).toHaveFocus()
    await user.keyboard('{Enter}')
    expect(signup.login).toHaveBeenCalledTimes(1)
    await user.tab()
    await user.keyboard(' ')
    expect(signup.chooseAnother).toHaveBeenCalledTimes(1)
    await user.tab()
    expect(screen.getByRole('link', { name: 'Forgot password?' })).toHaveFocus()
  })

  it('leaves modified clicks (new tab) to the browser', () => {
    const signup = fakeSignup()
    render(<SignupConflictPrompt signup={signup} />)
    fireEvent.click(screen.getByRole('link', { name: 'Log in' }), { ctrlKey: true })
    expect(signup.login).not.toHaveBeenCalled()
  })

  it.each<SignupStatus>(['idle', 'pending', 'success', 'invalid', 'error'])(
    'renders nothing for status %s',
    (status) => {
      const { container } = render(<SignupConflictPrompt signup={fakeSignup(status)} />)
      expect(container).toBeEmptyDOMElement()
    },
  )

  it.each<SignupStatus>(['duplicate', 'success'])(
    'says the same neutral thing for %s in enumeration-safe mode',
    (status) => {
      const { container } = render(<SignupConflictPrompt signup={fakeSignup(status, true)} />)
      expect(container.firstElementChild).toHaveAttribute('data-state', 'neutral')
      expect(container).toHaveTextContent(
        'If this address can be used, you will get an email with the next step.',
      )
      expect(container).not.toHaveTextContent('a@b.com')
      expect(container).not.toHaveTextContent(/exists|log in/i)
      expect(screen.queryByRole('link')).toBeNull()
    },
  )

  it('shows the app message in enumeration-safe mode', () => {
    render(<SignupConflictPrompt enumerationSafe status="success" message="Check your inbox." />)
    expect(screen.getByRole('status')).toHaveTextContent('Check your inbox.')
  })

  it('works from plain props and names the field', async () => {
    const user = userEvent.setup()
    const onLogin = vi.fn<(event: unknown) => void>()
    const onChooseAnother = vi.fn<() => void>()
    render(
      <SignupConflictPrompt
        identifier="ada"
        field="username"
        onLogin={onLogin}
        onChooseAnother={onChooseAnother}
      />,
    )
    expect(screen.getByRole('alert')).toHaveTextContent(
      'An account with ada already exists. Log in instead?',
    )
    // no href: the action stays a button
    await user.click(screen.getByRole('button', { name: 'Log in' }))
    expect(onLogin).toHaveBeenCalledTimes(1)
    await user.click(screen.getByRole('button', { name: 'Use a different username' }))
    expect(onChooseAnother).toHaveBeenCalledTimes(1)
    expect(screen.queryByText('Forgot password?')).toBeNull()
  })

  it.each([
    'javascript:alert(1)',
    '//evil.example/login',
    'https://evil.example/login',
    'data:text/html,x',
  ])('never links to an unsafe href %s', (href) => {
    const { container } = render(
      <SignupConflictPrompt identifier="a@b.com" loginHref={href} resetPasswordHref={href} />,
    )
    expect(container.querySelector('a')).toBeNull()
    expect(container.innerHTML).not.toContain(href)
  })

  it.each(['/.//evil.example', '/%2e%2e//evil.example', 'javascript:alert(1)', '//evil.example'])(
    'offers no Log in that would go to the refused %s (link or fallback button)',
    async (href) => {
      const user = userEvent.setup()
      const signup = { ...fakeSignup(), loginHref: href, resetPasswordHref: href }
      const { container } = render(<SignupConflictPrompt signup={signup} />)
      expect(container.querySelector('a')).toBeNull()
      expect(screen.queryByRole('button', { name: 'Log in' })).toBeNull()
      expect(screen.queryByRole('button', { name: 'Forgot password?' })).toBeNull()
      // The other way forward is still there.
      await user.click(screen.getByRole('button', { name: 'Use a different email' }))
      expect(signup.login).not.toHaveBeenCalled()
      expect(signup.resetPassword).not.toHaveBeenCalled()
    },
  )

  it('never stands in for a refused app href with the hook navigation', () => {
    const signup = fakeSignup()
    render(<SignupConflictPrompt signup={signup} loginHref="/..//evil.example" />)
    expect(screen.queryByRole('link', { name: 'Log in' })).toBeNull()
    expect(screen.queryByRole('button', { name: 'Log in' })).toBeNull()
  })

  it('links to the normalised href; an app href navigates as a plain link', async () => {
    const user = userEvent.setup()
    const signup = fakeSignup()
    render(<SignupConflictPrompt signup={signup} loginHref="/account/../login?from=signup" />)
    const login = screen.getByRole('link', { name: 'Log in' })
    expect(login).toHaveAttribute('href', '/login?from=signup')
    // jsdom does not navigate; the point is that the hook is not asked to go somewhere else.
    await user.click(login)
    expect(signup.login).not.toHaveBeenCalled()
  })

  it('makes Log in the primary action, first in the keyboard order, link or button', () => {
    const { rerender } = render(<SignupConflictPrompt signup={fakeSignup()} />)
    const link = screen.getByRole('link', { name: 'Log in' })
    expect(link).toHaveAttribute('data-variant', 'primary')
    expect(screen.getByRole('button', { name: 'Use a different email' })).not.toHaveAttribute(
      'data-variant',
    )
    rerender(<SignupConflictPrompt identifier="a@b.com" onLogin={() => {}} />)
    expect(screen.getByRole('button', { name: 'Log in' })).toHaveAttribute(
      'data-variant',
      'primary',
    )
  })

  it('isolates the identifier so bidi controls in it cannot reorder the sentence', () => {
    const spoof = 'invoice\u202Efdp.exe@example.com'
    render(<SignupConflictPrompt identifier={spoof} />)
    const alert = screen.getByRole('alert')
    const bdi = alert.querySelector('bdi.ck-SignupConflictPrompt-identifier')
    expect(bdi).not.toBeNull()
    expect(bdi!.textContent).toBe(spoof)
    // The sentence around it is outside the isolate.
    expect(alert.textContent).toBe(`An account with ${spoof} already exists. Log in instead?`)
    expect(bdi!.previousSibling?.textContent).toBe('An account with ')
  })

  it('shows a hostile identifier as inert text', () => {
    const hostile = '<img src=x onerror=alert(1)><script>alert(1)</script> שלום 👩‍👩‍👧'
    const { container } = render(<SignupConflictPrompt identifier={hostile} />)
    expect(container.querySelector('img, script')).toBeNull()
    expect(screen.getByRole('alert')).toHaveTextContent(
      `An account with ${hostile} already exists.`,
    )
  })

  it('moves focus to the message when asked', () => {
    render(<SignupConflictPrompt identifier="a@b.com" focusOnShow />)
    expect(screen.getByRole('alert')).toHaveFocus()
  })

  it('has no axe violations', async () => {
    const { container, rerender } = render(<SignupConflictPrompt signup={fakeSignup()} />)
    await expectNoAxeViolations(container)
    rerender(<SignupConflictPrompt signup={fakeSignup('success', true)} />)
    await expectNoAxeViolations(container)
  })
})
