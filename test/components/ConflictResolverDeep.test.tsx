import { render, screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { ConflictResolver, mergeValues, type ResourceConflict } from '../../src/index'
import { problem } from './conflictFixtures'

type Doc = { title: string; data: unknown; notes: unknown }

/** An object `depth` levels deep: `{ a: { a: ... { a: 'bottom' } } }`. */
function nested(depth: number): unknown {
  let value: unknown = 'bottom'
  for (let i = 0; i < depth; i++) value = { a: value }
  return value
}

const deep = nested(10_000)
const deepNotes = nested(10_000)

function deepConflict(): ResourceConflict<Doc> {
  const base: Doc = { title: 'Plan', data: 'old', notes: 'none' }
  const mine: Doc = { ...base, data: deep }
  // Theirs replaces the notes with a deep value too: a merged change shown against mine.
  const theirs: Doc = { ...base, data: 'theirs', notes: deepNotes }
  return { base, mine, theirs, ...mergeValues(base, mine, theirs), problem, theirsVersion: '"2"' }
}

describe('ConflictResolver with values nested 10,000 levels deep', () => {
  it('shows bounded previews, keeps mine whole, reviews and saves it untouched', async () => {
    const user = userEvent.setup()
    const onResolve = vi.fn<(value: Doc) => void>()
    const conflict = deepConflict()
    expect(conflict.conflicts.map((c) => c.path)).toEqual([['data']])
    render(<ConflictResolver conflict={conflict} onResolve={onResolve} />)
    const slot = screen.getByRole('group', { name: 'data' })
    const mineSide = slot.querySelector('[data-side="mine"] .ck-ConflictResolver-value')!
    expect(mineSide.textContent).toContain('{…}')
    expect(mineSide.textContent!.length).toBeLessThan(5_000)

    await user.click(within(slot).getByRole('button', { name: 'Keep mine' }))
    const result = slot.querySelector('[data-side="result"] .ck-ConflictResolver-value')!
    expect(result.textContent).toContain('{…}')

    // The merged change to the notes opens to a bounded comparison as well.
    const change = document.querySelector('[data-path="notes"] details')!
    await user.click(within(change as HTMLElement).getByText(/notes/))
    expect(change.querySelector('[data-side="merged"]')!.textContent).toContain('{…}')

    await user.click(screen.getByRole('button', { name: 'Review changes' }))
    expect(await screen.findByRole('region', { name: 'Differences in data' })).toBeInTheDocument()

    await user.click(screen.getByRole('button', { name: 'Save resolved version' }))
    const saved = onResolve.mock.calls[0]![0]
    expect(saved.data).toBe(deep)
    expect(saved.notes).toBe(deepNotes)
  })

  it('Edit on a value too deep to write out starts empty and asks for JSON', async () => {
    const user = userEvent.setup()
    render(<ConflictResolver conflict={deepConflict()} onResolve={() => {}} />)
    const slot = screen.getByRole('group', { name: 'data' })
    await user.click(within(slot).getByRole('button', { name: 'Keep mine' }))
    await user.click(within(slot).getByRole('button', { name: 'Edit' }))
    expect(within(slot).getByRole('textbox')).toHaveValue('')
    await user.type(within(slot).getByRole('textbox'), '{{"a": 1}')
    expect(slot).toHaveAttribute('data-state', 'resolved')
  })

  it('prints a value too large for the page as its first two million characters', async () => {
    const user = userEvent.setup()
    const onResolve = vi.fn<(value: Doc) => void>()
    // About 5.6 million characters as JSON.
    const big = Array.from({ length: 400_000 }, (_, i) => `item number ${i}`)
    const base: Doc = { title: 'Plan', data: [], notes: '' }
    const conflict: ResourceConflict<Doc> = {
      base,
      mine: { ...base, data: big },
      theirs: { ...base, data: ['x'] },
      ...mergeValues(base, { ...base, data: big }, { ...base, data: ['x'] }),
      problem,
      theirsVersion: '"2"',
    }
    render(<ConflictResolver conflict={conflict} onResolve={onResolve} />)
    const slot = screen.getByRole('group', { name: 'data' })
    const mineSide = slot.querySelector('[data-side="mine"] .ck-ConflictResolver-value')!
    expect(mineSide.textContent!.length).toBeLessThanOrEqual(2_000_001)
    expect(mineSide.textContent!.endsWith('…')).toBe(true)
    await user.click(within(slot).getByRole('button', { name: 'Keep mine' }))
    await user.click(screen.getByRole('button', { name: 'Save resolved version' }))
    expect(onResolve.mock.calls[0]![0].data).toBe(big)
  })
})
