import { render, screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { mergeValues } from '../../src/core/merge/mergeValues'
import { CustomResolver } from './CustomResolver'

const problem = { status: 412, kind: 'stale' as const, title: 'Precondition Failed', raw: null }
const base = { title: 'Plan', body: 'a\nb\nc\nd\ne\n' }
const mine = { title: 'Plan', body: 'a\nB mine\nc\nd\nE mine\n' }
const theirs = { title: 'Plan v2', body: 'a\nB theirs\nc\nd\nE theirs\n' }
const result = mergeValues(base, mine, theirs, { text: ['body'] })

describe('README: a resolver of your own from the parts', () => {
  it('decides one hunk by hand, the rest in bulk, and saves the assembled value', async () => {
    const user = userEvent.setup()
    const onResolve = vi.fn<(value: typeof base) => void>()
    render(
      <CustomResolver
        conflict={{ base, mine, theirs, ...result, problem, theirsVersion: '"2"' }}
        onResolve={onResolve}
      />,
    )
    expect(screen.getByRole('heading', { level: 3 })).toHaveTextContent('Pick what to keep')
    const save = screen.getByRole('button', { name: 'Save (2 left)' })
    expect(save).toHaveAttribute('aria-disabled', 'true')
    await user.click(save)
    expect(onResolve).not.toHaveBeenCalled()
    await user.click(screen.getByRole('button', { name: 'Next conflict' }))
    const first = screen.getByRole('group', { name: 'body: change 1 of 2' })
    expect(within(first).getByRole('button', { name: 'Keep mine' })).toHaveFocus()
    await user.keyboard(' ')
    await user.click(screen.getByRole('button', { name: 'Take theirs for the rest' }))
    await user.click(screen.getByRole('button', { name: 'Save (0 left)' }))
    expect(onResolve).toHaveBeenCalledWith({
      title: 'Plan v2',
      body: 'a\nB mine\nc\nd\nE theirs\n',
    })
  })
})
