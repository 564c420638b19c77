import { fireEvent, render, screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { createRef } from 'react'
import { DiffView } from '../../src/components/DiffView/DiffView'
import type { DiffViewMode } from '../../src/core/diff/layoutRows'
import { loadWordSegmenter } from '../../src/components/shared/wordSegments'
import type { DiffRow } from '../../src/core/diff/types'
import { expectNoAxeViolations } from '../axe'
import { bigDiff, row } from './diffFixtures'

const small: DiffRow[] = [
  row.equal(1, 1, 'alpha'),
  row.fold([2, 3, 4, 5, 6].map((n) => row.equal(n, n, `same ${n}`))),
  row.change(
    7,
    7,
    [
      { change: 'equal', text: 'the quick ' },
      { change: 'delete', text: 'brown' },
      { change: 'equal', text: ' fox' },
    ],
    [
      { change: 'equal', text: 'the quick ' },
      { change: 'insert', text: 'red' },
      { change: 'equal', text: ' fox' },
    ],
  ),
  row.equal(8, 8, 'middle'),
  row.delete(9, 'removed line'),
  row.insert(9, 'added line'),
  row.equal(10, 10, 'omega'),
]

const region = () => screen.getByRole('region', { name: 'Differences' })
const numbers = (r: HTMLElement) =>
  [...r.querySelectorAll('.ck-DiffView-number')].map((n) => n.textContent)
const renderedRows = (container: HTMLElement) => [
  ...container.querySelectorAll<HTMLElement>('.ck-DiffView-row'),
]

describe('DiffView', () => {
  // Word marks come from a chunk of their own (see wordChunk.test.tsx); here it is loaded.
  beforeAll(async () => {
    await loadWordSegmenter()
  })

  it('shows both sides in one grid row each, with labels, line numbers and word highlights', () => {
    const { container } = render(<DiffView rows={small} />)
    expect(container.firstElementChild).toHaveAttribute('data-mode', 'split')
    expect(screen.getByText('Your version')).toBeInTheDocument()
    expect(screen.getByText('Saved by someone else')).toBeInTheDocument()
    const changed = container.querySelector<HTMLElement>('.ck-DiffView-row[data-change="change"]')!
    const [oldNum, newNum] = [...changed.querySelectorAll('.ck-DiffView-number')]
    expect(oldNum).toHaveTextContent('7')
    expect(newNum).toHaveTextContent('7')
    expect(changed.querySelector('del')).toHaveTextContent('brown')
    expect(changed.querySelector('ins')).toHaveTextContent('red')
    // not colour alone: signs plus hidden words
    const signs = [...changed.querySelectorAll('.ck-DiffView-sign')].map((s) => s.textContent)
    expect(signs).toEqual(['\u2212removed', '+added'])
    const deleted = container.querySelector('.ck-DiffView-row[data-change="delete"]')!
    expect(deleted.querySelector('del')).toHaveTextContent('removed line')
    expect(deleted.querySelector('.ck-DiffView-text[data-side="modified"]')).toHaveAttribute(
      'data-change',
      'empty',
    )
    const inserted = container.querySelector('.ck-DiffView-row[data-change="insert"]')!
    expect(inserted.querySelector('ins')).toHaveTextContent('added line')
  })

  it('switches to unified: a changed line becomes a deleted line then an inserted line', async () => {
    const user = userEvent.setup()
    const onModeChange = vi.fn<(mode: DiffViewMode) => void>()
    const { container } = render(<DiffView rows={small} onModeChange={onModeChange} />)
    await user.click(screen.getByRole('button', { name: 'Unified' }))
    expect(onModeChange).toHaveBeenCalledWith('unified')
    expect(screen.getByRole('button', { name: 'Unified' })).toHaveAttribute('aria-pressed', 'true')
    expect(container.firstElementChild).toHaveAttribute('data-mode', 'unified')
    const kinds = renderedRows(container).map((r) => r.dataset.change)
    expect(kinds).toEqual([
      'equal',
      'fold',
      'delete',
      'insert',
      'equal',
      'delete',
      'insert',
      'equal',
    ])
    const [del, ins] = renderedRows(container).slice(2, 4)
    expect(del!.querySelector('del')).toHaveTextContent('brown')
    expect(ins!.querySelector('ins')).toHaveTextContent('red')
    // unified lines carry old and new numbers in two columns
    expect(numbers(del!)).toEqual(['7', ''])
    expect(numbers(ins!)).toEqual(['', '7'])
    expect(numbers(renderedRows(container)[0]!)).toEqual(['1', '1'])
  })

  it('lists a change block old lines first, then new lines, in unified mode', () => {
    const rows: DiffRow[] = [
      row.change(1, 1, [{ change: 'delete', text: 'one' }], [{ change: 'insert', text: 'uno' }]),
      row.change(2, 2, [{ change: 'delete', text: 'two' }], [{ change: 'insert', text: 'dos' }]),
      row.insert(3, 'tres'),
    ]
    const { container } = render(<DiffView rows={rows} mode="unified" />)
    const texts = renderedRows(container).map(
      (r) => `${r.dataset.change} ${r.querySelector('.ck-DiffView-text')!.textContent}`,
    )
    expect(texts).toEqual([
      'delete removed one',
      'delete removed two',
      'insert added uno',
      'insert added dos',
      'insert tres',
    ])
  })

  it('diffs original and modified strings itself', () => {
    const original = ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h', 'i', 'j'].join('\n') + '\n'
    const modified = original.replace('b\n', 'B\n').replace('j\n', 'j\nk\n')
    const { container } = render(<DiffView original={original} modified={modified} />)
    const kinds = renderedRows(container).map((r) => r.dataset.change)
    expect(kinds).toEqual([
      'equal',
      'change',
      'equal',
      'equal',
      'equal',
      'fold',
      'equal',
      'equal',
      'equal',
      'insert',
    ])
    expect(screen.getByRole('button', { name: 'Show 2 unchanged lines' })).toBeInTheDocument()
    expect(container.querySelector('.ck-DiffView-row[data-change="insert"] ins')).toHaveTextContent(
      'k',
    )
  })

  it('respects a controlled mode', async () => {
    const user = userEvent.setup()
    const onModeChange = vi.fn<(mode: DiffViewMode) => void>()
    const { container } = render(
      <DiffView rows={small} mode="unified" onModeChange={onModeChange} />,
    )
    await user.click(screen.getByRole('button', { name: 'Side by side' }))
    expect(onModeChange).toHaveBeenCalledWith('split')
    expect(container.firstElementChild).toHaveAttribute('data-mode', 'unified')
  })

  it('folds unchanged runs behind a button that expands them', async () => {
    const user = userEvent.setup()
    render(<DiffView rows={small} />)
    expect(screen.queryByText('same 3')).not.toBeInTheDocument()
    await user.click(screen.getByRole('button', { name: 'Show 5 unchanged lines' }))
    // split view: the unchanged line shows on both sides
    expect(screen.getAllByText('same 3')).toHaveLength(2)
    expect(screen.queryByRole('button', { name: /unchanged/ })).not.toBeInTheDocument()
    expect(region()).toHaveFocus()
  })

  it('moves between changes with the buttons and announces the position', async () => {
    const user = userEvent.setup()
    const { container } = render(<DiffView rows={small} />)
    expect(screen.getByRole('status')).toHaveTextContent('2 changes')
    expect(screen.getByRole('button', { name: 'Previous change' })).toBeDisabled()
    await user.click(screen.getByRole('button', { name: 'Next change' }))
    expect(screen.getByRole('status')).toHaveTextContent('Change 1 of 2')
    const current = () => renderedRows(container).filter((r) => r.hasAttribute('data-current'))
    expect(current().map((r) => r.dataset.change)).toEqual(['change'])
    await user.click(screen.getByRole('button', { name: 'Next change' }))
    expect(screen.getByRole('status')).toHaveTextContent('Change 2 of 2')
    expect(current().map((r) => r.dataset.change)).toEqual(['delete', 'insert'])
    expect(screen.getByRole('button', { name: 'Next change' })).toBeDisabled()
    await user.click(screen.getByRole('button', { name: 'Previous change' }))
    expect(screen.getByRole('status')).toHaveTextContent('Change 1 of 2')
  })

  it('moves focus between changes with n / p and Alt+arrows inside the view', async () => {
    const user = userEvent.setup()
    render(<DiffView rows={small} />)
    await user.tab() // Side by side
    await user.tab() // Unified
    await user.tab() // Next change (Previous is disabled)
    await user.tab()
    expect(region()).toHaveFocus()
    await user.keyboard('n')
    expect(document.activeElement).toHaveAttribute('data-change', 'change')
    await user.keyboard('{Alt>}{ArrowDown}{/Alt}')
    expect(document.activeElement).toHaveAttribute('data-change', 'delete')
    await user.keyboard('p')
    expect(document.activeElement).toHaveAttribute('data-change', 'change')
    expect(screen.getByRole('status')).toHaveTextContent('Change 1 of 2')
  })

  it('renders only the visible window of a 10,000-line diff and follows scrolling', () => {
    const rows = bigDiff(10_000)
    const { container } = render(<DiffView rows={rows} height={440} rowHeight={22} overscan={5} />)
    const count = renderedRows(container).length
    expect(count).toBeGreaterThan(10)
    expect(count).toBeLessThan(60)
    expect(screen.getAllByText('line 1 unchanged')).toHaveLength(2)
    expect(screen.queryByText('line 5001 unchanged')).not.toBeInTheDocument()
    fireEvent.scroll(region(), { target: { scrollTop: 5000 * 22 } })
    expect(screen.getAllByText('line 5001 unchanged')).toHaveLength(2)
    expect(screen.queryByText('line 1 unchanged')).not.toBeInTheDocument()
    expect(renderedRows(container).length).toBeLessThan(60)
    // spacers keep the full scroll height: 10,000 rows of 22px plus the header
    const spacers = [...region().children].filter((c) => c.getAttribute('aria-hidden') === 'true')
    const spacerHeight = spacers.reduce(
      (sum, s) => sum + parseFloat((s as HTMLElement).style.height),
      0,
    )
    expect(spacerHeight + renderedRows(container).length * 22).toBe(10_000 * 22)
  })

  it('wraps long lines on request: both sides share the width, every row rendered', async () => {
    const user = userEvent.setup()
    const rows = bigDiff(600, 50)
    const { container } = render(<DiffView rows={rows} height={300} wrap />)
    const root = container.firstElementChild as HTMLElement
    expect(root).toHaveAttribute('data-wrap')
    // No virtual window: a wrapped row's height is the browser's to know.
    expect(renderedRows(container)).toHaveLength(600)
    const row = renderedRows(container)[0]!
    expect(row.style.gridTemplateColumns).toContain('minmax(0, 1fr)')
    expect(row.style.minWidth).toBe('')
    const text = row.querySelector<HTMLElement>('.ck-DiffView-text')!
    expect(text.style.whiteSpace).toBe('pre-wrap')
    expect(text.style.overflowWrap).toBe('anywhere')
    // Moving between changes steps from the current one; the rows are all there to focus.
    await user.click(screen.getByRole('button', { name: 'Next change' }))
    await user.click(screen.getByRole('button', { name: 'Next change' }))
    expect(screen.getByRole('status')).toHaveTextContent('Change 2 of 12')
    await user.click(screen.getByRole('button', { name: 'Previous change' }))
    expect(screen.getByRole('status')).toHaveTextContent('Change 1 of 12')
    const current = renderedRows(container).filter((r) => r.hasAttribute('data-current'))
    expect(current.map((r) => r.dataset.index)).toEqual(['49'])
  })

  it('stays virtualised and unwrapped past 2,000 rows, even with wrap', () => {
    const { container } = render(<DiffView rows={bigDiff(10_000)} height={440} wrap />)
    expect(container.firstElementChild).not.toHaveAttribute('data-wrap')
    expect(renderedRows(container).length).toBeLessThan(60)
    const text = container.querySelector<HTMLElement>('.ck-DiffView-text')!
    expect(text.style.whiteSpace).toBe('pre')
  })

  it('virtualises a 10,000-line document diffed from strings', async () => {
    const lines = Array.from({ length: 10_000 }, (_, i) => `line ${i + 1}`)
    const original = lines.join('\n')
    const modified = lines.map((l, i) => (i % 50 === 0 ? `${l} edited` : l)).join('\n')
    const { container } = render(
      <DiffView original={original} modified={modified} diffOptions={{ context: false }} />,
    )
    // A slow machine may finish the diff in slices after the first render.
    await waitFor(() => expect(screen.getByRole('status')).toHaveTextContent('200 changes'))
    expect(renderedRows(container).length).toBeLessThan(60)
    fireEvent.scroll(region(), { target: { scrollTop: 9990 * 22 } })
    expect(screen.getAllByText('line 10000')).toHaveLength(2)
  })

  it('shows progress while a diff runs in slices, then the same rows as the one-go diff', async () => {
    const lines = Array.from({ length: 30_000 }, (_, i) => `line ${i + 1}`)
    const original = lines.join('\n')
    const modified = lines.map((l, i) => (i % 100 === 0 ? `${l} edited` : l)).join('\n')
    const { container } = render(
      <DiffView original={original} modified={modified} maxBlockingMs={0} />,
    )
    const root = container.querySelector('.ck-DiffView') as HTMLElement
    expect(root).toHaveAttribute('data-state', 'pending')
    expect(root).toHaveAttribute('aria-busy', 'true')
    expect(screen.getByRole('progressbar')).toHaveAccessibleName(/^Comparing… \d+%$/)
    expect(screen.getByRole('status')).toHaveTextContent(/^Comparing… \d+%$/)
    await waitFor(() => expect(root).toHaveAttribute('data-state', 'ready'), { timeout: 20_000 })
    expect(screen.queryByRole('progressbar')).not.toBeInTheDocument()
    expect(screen.getByRole('status')).toHaveTextContent('300 changes')
    const sliced = container.querySelector('.ck-DiffView-scroller')?.textContent
    const { container: once } = render(
      <DiffView original={original} modified={modified} maxBlockingMs={Infinity} />,
    )
    expect(once.querySelector('.ck-DiffView')).toHaveAttribute('data-state', 'ready')
    expect(once.querySelector('.ck-DiffView-scroller')?.textContent).toBe(sliced)
  })

  it('isolates the direction of every text cell (server text may carry bidi controls)', () => {
    render(
      <DiffView original={'invoice\u202Efdp.exe\nb\n'} modified={'invoice\u202Efdp.exe\nc\n'} />,
    )
    const cells = document.querySelectorAll('.ck-DiffView-text')
    expect(cells.length).toBeGreaterThan(0)
    for (const cell of cells) expect(cell).toHaveAttribute('dir', 'auto')
    fireEvent.click(screen.getByRole('button', { name: 'Unified' }))
    const unified = document.querySelectorAll('.ck-DiffView-text')
    expect(unified.length).toBeGreaterThan(0)
    for (const cell of unified) expect(cell).toHaveAttribute('dir', 'auto')
  })

  it('scrolls a far change into view when moving to it', async () => {
    const user = userEvent.setup()
    const rows = bigDiff(10_000, 3000)
    render(<DiffView rows={rows} height={440} />)
    expect(screen.queryByText('line 3000')).not.toBeInTheDocument()
    region().focus()
    await user.keyboard('n')
    expect(region().scrollTop).toBeGreaterThan(2900 * 22)
    expect(document.activeElement).toHaveTextContent('line 3000')
    await user.keyboard('n')
    expect(document.activeElement).toHaveTextContent('line 6000')
  })

  it('steps from what is on screen once the person has scrolled away', async () => {
    const user = userEvent.setup()
    render(<DiffView rows={bigDiff(10_000, 3000)} height={440} />)
    fireEvent.scroll(region(), { target: { scrollTop: 4000 * 22 } })
    expect(screen.getByRole('button', { name: 'Previous change' })).toBeEnabled()
    region().focus()
    await user.keyboard('n')
    expect(document.activeElement).toHaveTextContent('line 6000')
    expect(screen.getByRole('status')).toHaveTextContent('Change 2 of 3')
    fireEvent.scroll(region(), { target: { scrollTop: 8000 * 22 } })
    // the focused row scrolled out of the DOM; focus stays in the view
    expect(region()).toHaveFocus()
    await user.keyboard('p')
    expect(document.activeElement).toHaveTextContent('line 6000')
    await user.keyboard('p')
    expect(document.activeElement).toHaveTextContent('line 3000')
  })

  it('takes overridden labels and forwards its ref', () => {
    const ref = createRef<HTMLDivElement>()
    render(
      <DiffView
        ref={ref}
        rows={small}
        className="mine"
        labels={{ original: 'Ihre Fassung', modified: 'Gespeichert', region: 'Unterschiede' }}
      />,
    )
    expect(ref.current).toHaveClass('ck-DiffView', 'mine')
    expect(screen.getByText('Ihre Fassung')).toBeInTheDocument()
    expect(screen.getByRole('region', { name: 'Unterschiede' })).toBeInTheDocument()
  })

  it('shows hostile text as inert text', () => {
    const hostile = '<img src=x onerror=alert(1)><script>alert(2)</script>'
    const huge = 'x'.repeat(1_000_000)
    const rows: DiffRow[] = [
      row.insert(1, hostile),
      row.insert(2, 'שלום עולם 👩‍👩‍👧 مرحبا'),
      row.insert(3, huge),
      row.insert(4, '<a href="javascript:alert(1)">click</a>'),
    ]
    const { container } = render(<DiffView rows={rows} />)
    expect(container.querySelector('img, script, a')).toBeNull()
    expect(screen.getByText(hostile)).toBeInTheDocument()
    // right-to-left lines lay out in their own direction
    expect(screen.getByText('שלום עולם 👩‍👩‍👧 مرحبا').closest('.ck-DiffView-text')).toHaveAttribute(
      'dir',
      'auto',
    )
    expect(within(region()).getByText(huge)).toBeInTheDocument()
  })

  it('has no axe violations in either mode', async () => {
    const { container, rerender } = render(<DiffView rows={small} />)
    await expectNoAxeViolations(container)
    rerender(<DiffView rows={small} mode="unified" />)
    await expectNoAxeViolations(container)
  })
})
