import { render, screen } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { StaleBanner } from '../../src/components/StaleBanner/StaleBanner'
import { expectNoAxeViolations } from '../axe'

describe('StaleBanner', () => {
  it('tells the person and offers review and reload', async () => {
    const user = userEvent.setup()
    const onReview = vi.fn<() => void>()
    const onReload = vi.fn<() => void>()
    const { container } = render(<StaleBanner isStale onReview={onReview} onReload={onReload} />)
    expect(screen.getByRole('status')).toHaveTextContent(
      'Changed by someone else since you started editing. Saving merges your changes with theirs.',
    )
    expect(container.firstElementChild).toHaveAttribute('data-state', 'stale')
    await user.tab()
    await user.keyboard('{Enter}')
    expect(onReview).toHaveBeenCalledTimes(1)
    await user.tab()
    expect(screen.getByRole('button', { name: 'Reload (discard my changes)' })).toHaveFocus()
    await user.keyboard(' ')
    expect(onReload).toHaveBeenCalledTimes(1)
  })

  it('renders nothing while fresh', () => {
    const { container } = render(<StaleBanner isStale={false} onReload={() => {}} />)
    expect(container).toBeEmptyDOMElement()
  })

  it('wires a resource: isStale and discard as reload', async () => {
    const user = userEvent.setup()
    const discard = vi.fn<() => void>()
    const { rerender, container } = render(<StaleBanner resource={{ isStale: false, discard }} />)
    expect(container).toBeEmptyDOMElement()
    rerender(<StaleBanner resource={{ isStale: true, discard }} labels={{ reload: 'Neu laden' }} />)
    expect(screen.queryByRole('button', { name: 'Review changes' })).toBeNull()
    await user.click(screen.getByRole('button', { name: 'Neu laden' }))
    expect(discard).toHaveBeenCalledTimes(1)
  })

  it('has no axe violations', async () => {
    const { container } = render(<StaleBanner isStale onReview={() => {}} onReload={() => {}} />)
    await expectNoAxeViolations(container)
  })
})

describe('StaleBanner: who changed it', () => {
  const discard = () => {}
  const theirs = (value: unknown) => ({ value, version: '"W/\\"abc123\\""' })

  it('names who changed it when the server says, read through changedBy', () => {
    render(
      <StaleBanner
        resource={{ isStale: true, discard, theirs: theirs({ updatedBy: 'Dana Smith' }) }}
        changedBy={(doc) => (doc as { updatedBy?: string }).updatedBy}
      />,
    )
    expect(screen.getByRole('status')).toHaveTextContent(
      'Changed by Dana Smith since you started editing.',
    )
    // The name is isolated so right-to-left names cannot reorder the sentence around them.
    expect(screen.getByText('Dana Smith').tagName).toBe('BDI')
  })

  it('falls back to "someone else" when the server gave no usable name, and never shows a version', () => {
    for (const updatedBy of [undefined, '', '   ', 42, 'x'.repeat(500)]) {
      const { unmount } = render(
        <StaleBanner
          resource={{ isStale: true, discard, theirs: theirs({ updatedBy }) }}
          changedBy={(doc) => (doc as { updatedBy?: unknown }).updatedBy}
        />,
      )
      expect(screen.getByRole('status')).toHaveTextContent(/^Changed by someone else/)
      expect(screen.getByRole('status').textContent).not.toMatch(/abc123|W\//)
      unmount()
    }
  })

  it('takes a plain name and translated labels', () => {
    render(
      <StaleBanner
        isStale
        changedBy="Ana"
        labels={{ messageBy: (name) => <>Geändert von {name}.</> }}
      />,
    )
    expect(screen.getByRole('status')).toHaveTextContent('Geändert von Ana.')
  })
})
