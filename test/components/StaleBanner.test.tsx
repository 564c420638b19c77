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
