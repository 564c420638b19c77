import { render, screen } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { StateConflictNotice } from '../../src/components/StateConflictNotice/StateConflictNotice'
import type { HttpProblem } from '../../src/core/http/types'
import { expectNoAxeViolations } from '../axe'

const problem: HttpProblem = {
  status: 409,
  kind: 'state',
  title: 'Order already shipped',
  detail: 'Order 1042 left the warehouse on Monday.',
  raw: null,
}

describe('StateConflictNotice', () => {
  it('says what happened, the state now and what is still possible', async () => {
    const user = userEvent.setup()
    const onAction = vi.fn<(action: string) => void>()
    const onRefresh = vi.fn<() => void>()
    const { container } = render(
      <StateConflictNotice
        problem={problem}
        currentState="shipped"
        allowedActions={['request_return', 'track']}
        actionLabels={{ track: 'Track parcel' }}
        onAction={onAction}
        onRefresh={onRefresh}
      />,
    )
    const alert = screen.getByRole('alert')
    expect(alert).toHaveTextContent('Order already shipped')
    expect(alert).toHaveTextContent('Order 1042 left the warehouse on Monday.')
    expect(alert).toHaveTextContent('It is now shipped.')
    expect(container.firstElementChild).toHaveAttribute('data-current-state', 'shipped')
    expect(screen.getByText('What you can still do:')).toBeInTheDocument()
    await user.tab()
    expect(screen.getByRole('button', { name: 'request return' })).toHaveFocus()
    await user.keyboard('{Enter}')
    expect(onAction).toHaveBeenLastCalledWith('request_return')
    await user.tab()
    await user.keyboard(' ')
    expect(onAction).toHaveBeenLastCalledWith('track')
    await user.click(screen.getByRole('button', { name: 'Refresh' }))
    expect(onRefresh).toHaveBeenCalledTimes(1)
  })

  it('wires a useConflictAction result, with reset as dismiss', async () => {
    const user = userEvent.setup()
    const reset = vi.fn<() => void>()
    render(
      <StateConflictNotice
        action={{ problem, currentState: 'accepted', allowedActions: [], reset }}
        stateLabels={{ accepted: 'accepted by Ada' }}
      />,
    )
    expect(screen.getByRole('alert')).toHaveTextContent('It is now accepted by Ada.')
    expect(screen.getByText('Nothing more can be done with it in this state.')).toBeInTheDocument()
    await user.click(screen.getByRole('button', { name: 'Dismiss' }))
    expect(reset).toHaveBeenCalledTimes(1)
  })

  it('lists actions as text when it cannot run them', () => {
    render(<StateConflictNotice problem={problem} allowedActions={['cancel']} />)
    expect(screen.queryByRole('button')).toBeNull()
    expect(screen.getByText('cancel')).toHaveAttribute('data-action', 'cancel')
  })

  it('renders nothing without a problem or a state', () => {
    const { container } = render(<StateConflictNotice problem={null} />)
    expect(container).toBeEmptyDOMElement()
  })

  it('shows hostile server text as inert text', () => {
    const hostile: HttpProblem = {
      ...problem,
      title: '<img src=x onerror=alert(1)>',
      detail: '<script>alert(1)</script><a href="javascript:alert(1)">x</a> مرحبا 🚚',
    }
    const { container } = render(
      <StateConflictNotice problem={hostile} currentState="<b>shipped</b>" />,
    )
    expect(container.querySelector('img, script, a, b')).toBeNull()
    expect(screen.getByText('<img src=x onerror=alert(1)>')).toBeInTheDocument()
    expect(screen.getByText(hostile.detail!)).toBeInTheDocument()
    // The state sits in a <bdi> of its own, so the sentence is read as text across elements.
    expect(container.querySelector('.ck-StateConflictNotice-state')).toHaveTextContent(
      'It is now <b>shipped</b>.',
    )
  })

  it('isolates server text so bidi controls in it cannot reorder what follows', () => {
    const spoof = 'Order \u202Efdp.exe shipped'
    const { container } = render(
      <StateConflictNotice
        problem={{ ...problem, title: spoof, detail: `Detail ${spoof}` }}
        currentState={'shipped\u202E'}
        allowedActions={['track\u202E']}
        onAction={() => {}}
      />,
    )
    const title = screen.getByText(spoof)
    expect(title).toHaveAttribute('dir', 'auto')
    expect(screen.getByText(`Detail ${spoof}`)).toHaveAttribute('dir', 'auto')
    const state = container.querySelector('.ck-StateConflictNotice-state bdi')
    expect(state?.textContent).toBe('shipped\u202E')
    expect(container.querySelector('.ck-StateConflictNotice-action')).toHaveAttribute('dir', 'auto')
  })

  it('offers only the actions this person may take', () => {
    render(
      <StateConflictNotice
        problem={problem}
        currentState="shipped"
        allowedActions={['deliver', 'request_return']}
        permittedActions={['cancel', 'request_return']}
        onAction={() => {}}
      />,
    )
    expect(screen.getByRole('button', { name: 'request return' })).toBeInTheDocument()
    expect(screen.queryByRole('button', { name: 'deliver' })).toBeNull()
  })

  it('says nothing more can be done when no allowed action is permitted', () => {
    render(
      <StateConflictNotice
        problem={problem}
        currentState="shipped"
        allowedActions={['deliver']}
        permittedActions={['cancel']}
        onAction={() => {}}
      />,
    )
    expect(screen.queryByRole('button', { name: 'deliver' })).toBeNull()
    expect(screen.getByText('Nothing more can be done with it in this state.')).toBeInTheDocument()
  })

  it('has no axe violations', async () => {
    const { container } = render(
      <StateConflictNotice
        problem={problem}
        currentState="shipped"
        allowedActions={['track']}
        onAction={() => {}}
        onRefresh={() => {}}
      />,
    )
    await expectNoAxeViolations(container)
  })
})
