import { render, screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { ConflictResolver } from '../../src/components/ConflictResolver/ConflictResolver'
import { mergeText } from '../../src/core/merge/mergeText'
import { mergeValues } from '../../src/core/merge/mergeValues'
import type { OptimisticResourceResult, ResourceConflict } from '../../src/hooks/types'
import { expectNoAxeViolations } from '../axe'
import { cleanConflict, problem, textConflict, valueConflict, type Doc } from './conflictFixtures'

const group = (name: string) => screen.getByRole('group', { name })
const choice = (groupName: string, name: string) =>
  within(group(groupName)).getByRole('button', { name })
const saveButton = () => screen.getByRole('button', { name: 'Save resolved version' })
// Buttons that cannot act are aria-disabled (a disabled button would drop focus to <body>).
const expectBlocked = (button: HTMLElement) =>
  expect(button).toHaveAttribute('aria-disabled', 'true')
const expectOpen = (button: HTMLElement) => expect(button).not.toHaveAttribute('aria-disabled')

describe('ConflictResolver', () => {
  it('summarises what merged automatically, with field labels', () => {
    const conflict = valueConflict()
    conflict.changes = [
      { path: ['tags', 1], from: 'theirs' },
      { path: ['address', 'city'], from: 'mine' },
      { path: ['price'], from: 'both' },
    ]
    render(
      <ConflictResolver
        conflict={conflict}
        onResolve={() => {}}
        fieldLabels={{ 'address.city': 'Delivery city', tags: 'Labels' }}
      />,
    )
    expect(screen.getByRole('heading', { level: 2 })).toHaveTextContent(
      'Someone else saved changes while you were editing',
    )
    expect(screen.getByText('3 changes merged automatically:')).toBeInTheDocument()
    const items = screen.getAllByRole('listitem').map((li) => li.textContent)
    // an unlabelled child path borrows its parent's label
    expect(items).toEqual([
      'Labels › 1 (theirs)',
      'Delivery city (kept from your version)',
      'price (both)',
    ])
  })

  it('shows mine and theirs side by side for each conflict and announces what is left', async () => {
    const user = userEvent.setup()
    const { container } = render(
      <ConflictResolver conflict={valueConflict()} onResolve={() => {}} />,
    )
    const title = group('title')
    expect(within(title).getByText('My title').closest('[data-side]')).toHaveAttribute(
      'data-side',
      'mine',
    )
    expect(within(title).getByText('Their title').closest('[data-side]')).toHaveAttribute(
      'data-side',
      'theirs',
    )
    const status = container.querySelector('output')!
    expect(status).toHaveTextContent('2 conflicts need your decision')
    expect(container.firstElementChild).toHaveAttribute('data-state', 'conflict')
    await user.click(choice('title', 'Keep mine'))
    expect(status).toHaveTextContent('1 conflict needs your decision')
    expect(title).toHaveAttribute('data-state', 'resolved')
    expect(title).toHaveAttribute('data-choice', 'mine')
    await user.click(choice('price', 'Take theirs'))
    expect(status).toHaveTextContent('Every conflict has a decision. Ready to save.')
    expect(container.firstElementChild).toHaveAttribute('data-state', 'resolved')
  })

  it('reaches every choice by keyboard and saves the assembled value', async () => {
    const user = userEvent.setup()
    const onResolve = vi.fn<(value: Doc) => void>()
    render(<ConflictResolver conflict={valueConflict()} onResolve={onResolve} />)
    await user.tab()
    // their tags change comes first: it opens to show what merging does to my draft
    expect(screen.getByText('tags (theirs)', { selector: 'summary' })).toHaveFocus()
    await user.tab() // the column switch
    expect(screen.getByRole('button', { name: 'Two columns' })).toHaveFocus()
    await user.tab()
    await user.tab()
    // the original of the title, folded away in the two-column view
    expect(within(group('title')).getByText('Show the original')).toHaveFocus()
    await user.tab()
    expect(choice('title', 'Keep mine')).toHaveFocus()
    await user.keyboard(' ')
    expect(choice('title', 'Keep mine')).toHaveAttribute('aria-pressed', 'true')
    for (const name of ['Take theirs', 'Both, mine first', 'Both, theirs first', 'Edit']) {
      await user.tab()
      expect(choice('title', name)).toHaveFocus()
    }
    await user.tab()
    expect(within(group('price')).getByText('Show the original')).toHaveFocus()
    await user.tab()
    expect(choice('price', 'Keep mine')).toHaveFocus()
    expectBlocked(saveButton())
    await user.tab()
    expect(choice('price', 'Take theirs')).toHaveFocus()
    await user.keyboard('{Enter}')
    expect(choice('price', 'Take theirs')).toHaveAttribute('aria-pressed', 'true')
    expect(choice('price', 'Keep mine')).toHaveAttribute('aria-pressed', 'false')
    expectOpen(saveButton())
    await user.tab() // price: Edit (two numbers cannot be kept both)
    expect(choice('price', 'Edit')).toHaveFocus()
    // the footer: previous / next conflict and the bulk choices, then Save
    for (let i = 0; i < 5; i++) await user.tab()
    expect(saveButton()).toHaveFocus()
    await user.keyboard('{Enter}')
    expect(onResolve).toHaveBeenCalledTimes(1)
    expect(onResolve.mock.calls[0]![0]).toEqual({
      title: 'My title',
      body: 'intro\nA\nmiddle\nB\nend\n',
      tags: ['x', 'y'],
      price: 15,
      address: { city: 'Bergen' },
    })
  })

  it('edits a string in place, starting from mine', async () => {
    const user = userEvent.setup()
    const onResolve = vi.fn<(value: Doc) => void>()
    render(<ConflictResolver conflict={valueConflict()} onResolve={onResolve} />)
    await user.click(choice('title', 'Edit'))
    const input = screen.getByRole('textbox', { name: 'Your text for title' })
    expect(input).toHaveFocus()
    expect(input).toHaveValue('My title')
    await user.clear(input)
    await user.type(input, 'Our title')
    // switching away and back keeps the edit
    await user.click(choice('title', 'Keep mine'))
    await user.click(choice('title', 'Edit'))
    expect(screen.getByRole('textbox', { name: 'Your text for title' })).toHaveValue('Our title')
    await user.click(choice('price', 'Keep mine'))
    await user.click(saveButton())
    expect(onResolve.mock.calls[0]![0]).toMatchObject({ title: 'Our title', price: 12 })
  })

  it('edits other values as JSON and refuses JSON that does not parse', async () => {
    const user = userEvent.setup()
    const onResolve = vi.fn<(value: Doc) => void>()
    render(<ConflictResolver conflict={valueConflict()} onResolve={onResolve} />)
    await user.click(choice('title', 'Take theirs'))
    await user.click(choice('price', 'Edit'))
    const editor = screen.getByRole('textbox', { name: 'Your text for price' })
    expect(editor).toHaveValue('12')
    await user.type(editor, 'x')
    expect(editor).toHaveAttribute('aria-invalid', 'true')
    expect(editor).toHaveAccessibleDescription('Enter valid JSON to use this edit.')
    expectBlocked(saveButton())
    await user.click(saveButton())
    expect(onResolve).not.toHaveBeenCalled()
    await user.clear(editor)
    await user.type(editor, '13')
    expectOpen(saveButton())
    await user.click(saveButton())
    expect(onResolve.mock.calls[0]![0]).toMatchObject({ title: 'Their title', price: 13 })
  })

  it('decides a text conflict hunk by hunk, keeping the settled lines', async () => {
    const user = userEvent.setup()
    const onResolve = vi.fn<(value: Doc) => void>()
    const { container } = render(
      <ConflictResolver conflict={textConflict()} onResolve={onResolve} />,
    )
    // each hunk is its own decision
    expect(container.querySelector('output')).toHaveTextContent('2 conflicts need your decision')
    const first = group('body: change 1 of 2')
    expect(within(first).getByText('A1')).toBeInTheDocument()
    expect(within(first).getByText('intro')).toHaveClass('ck-ConflictResolver-context')
    await user.click(choice('body: change 1 of 2', 'Keep mine'))
    expectBlocked(saveButton())
    await user.click(choice('body: change 2 of 2', 'Take theirs'))
    await user.click(saveButton())
    expect(onResolve.mock.calls[0]![0].body).toBe('intro\nA1\nmiddle\nB2\nend\n')
  })

  it('edits a hunk starting from mine then theirs, and keeps its line ending', async () => {
    const user = userEvent.setup()
    const onResolve = vi.fn<(value: Doc) => void>()
    render(<ConflictResolver conflict={textConflict()} onResolve={onResolve} />)
    await user.click(choice('body: change 1 of 2', 'Edit'))
    const editor = screen.getByRole('textbox', { name: 'Your text for body: change 1 of 2' })
    expect(editor).toHaveValue('A1\nA2\n')
    await user.clear(editor)
    await user.type(editor, 'A3')
    await user.click(choice('body: change 2 of 2', 'Keep mine'))
    await user.click(saveButton())
    expect(onResolve.mock.calls[0]![0].body).toBe('intro\nA3\nmiddle\nB1\nend\n')
  })

  it('resolves hunks of a real mergeText result', async () => {
    const user = userEvent.setup()
    const base = 'one\ntwo\nthree\nfour\nfive\nsix\nseven\n'
    const mine = 'one\nTWO\nthree\nfour\nfive\nSIX\nseven\n'
    const theirs = 'one\n2\nthree\nfour\nfive\n6\nseven\n'
    const text = mergeText(base, mine, theirs)
    expect(text.hunks).toHaveLength(2)
    const onResolve = vi.fn<(value: { notes: string }) => void>()
    const conflict: ResourceConflict<{ notes: string }> = {
      base: { notes: base },
      mine: { notes: mine },
      theirs: { notes: theirs },
      merged: { notes: theirs },
      conflicts: [{ path: ['notes'], base, mine, theirs, text }],
      changes: [],
      problem,
      theirsVersion: null,
    }
    render(<ConflictResolver conflict={conflict} onResolve={onResolve} />)
    await user.click(choice('notes: change 1 of 2', 'Take theirs'))
    await user.click(choice('notes: change 2 of 2', 'Keep mine'))
    await user.click(saveButton())
    expect(onResolve).toHaveBeenCalledWith({ notes: 'one\n2\nthree\nfour\nfive\nSIX\nseven\n' })
  })

  it('resolves a real mergeValues result: deletions, id-matched arrays and a text field', async () => {
    const user = userEvent.setup()
    type Item = { id: number; label: string }
    type Board = { title: string; note?: string; items: Item[]; body: string }
    const base: Board = {
      title: 'Plan',
      note: 'draft',
      items: [
        { id: 1, label: 'one' },
        { id: 2, label: 'two' },
      ],
      body: 'a\nb\nc\n',
    }
    const mine: Board = {
      title: 'Plan',
      items: [
        { id: 1, label: 'uno' },
        { id: 2, label: 'two' },
        { id: 3, label: 'three' },
      ],
      body: 'a\nB mine\nc\n',
    }
    const theirs: Board = {
      title: 'Plan v2',
      note: 'reviewed',
      items: [
        { id: 1, label: 'eins' },
        { id: 2, label: 'two' },
      ],
      body: 'a\nB theirs\nc\n',
    }
    const result = mergeValues(base, mine, theirs, { text: ['body'] })
    expect(result.conflicts.map((c) => c.path.join('.'))).toEqual(['note', 'items.0.label', 'body'])
    const onResolve = vi.fn<(value: Board) => void>()
    render(
      <ConflictResolver
        conflict={{ base, mine, theirs, ...result, problem, theirsVersion: '"3"' }}
        onResolve={onResolve}
      />,
    )
    // mine deleted the note: keeping mine removes it
    await user.click(choice('note', 'Keep mine'))
    await user.click(choice('items.0.label', 'Take theirs'))
    await user.click(choice('body: change 1 of 1', 'Keep mine'))
    await user.click(saveButton())
    expect(onResolve.mock.calls[0]![0]).toEqual({
      title: 'Plan v2',
      items: [
        { id: 1, label: 'eins' },
        { id: 2, label: 'two' },
        { id: 3, label: 'three' },
      ],
      body: 'a\nB mine\nc\n',
    })
  })

  it('compares multi-line values decided as a whole with a DiffView', () => {
    const conflict: ResourceConflict<{ notes: string }> = {
      base: { notes: 'a\n' },
      mine: { notes: 'a\nmine line\n' },
      theirs: { notes: 'a\ntheir line\n' },
      merged: { notes: 'a\ntheir line\n' },
      conflicts: [
        { path: ['notes'], base: 'a\n', mine: 'a\nmine line\n', theirs: 'a\ntheir line\n' },
      ],
      changes: [],
      problem,
      theirsVersion: null,
    }
    render(<ConflictResolver conflict={conflict} onResolve={() => {}} />)
    const diff = screen.getByRole('region', { name: 'Differences in notes' })
    expect(within(diff).getByText('mine', { selector: 'del' })).toBeInTheDocument()
    expect(within(diff).getByText('their', { selector: 'ins' })).toBeInTheDocument()
  })

  it('reviews a clean merge and saves it as merged', async () => {
    const user = userEvent.setup()
    const onResolve = vi.fn<(value: Doc) => void>()
    const conflict = cleanConflict()
    const { container } = render(<ConflictResolver conflict={conflict} onResolve={onResolve} />)
    expect(screen.getByRole('heading')).toHaveTextContent('Merged cleanly')
    expect(container.firstElementChild).toHaveAttribute('data-state', 'clean')
    expect(screen.getAllByRole('listitem').map((li) => li.textContent)).toEqual([
      'title (kept from your version)',
      'price (theirs)',
    ])
    await user.click(screen.getByRole('button', { name: 'Save merged version' }))
    expect(onResolve).toHaveBeenCalledWith(conflict.merged)
  })

  it('offers discarding my changes', async () => {
    const user = userEvent.setup()
    const onDiscard = vi.fn<() => void>()
    render(
      <ConflictResolver conflict={valueConflict()} onResolve={() => {}} onDiscard={onDiscard} />,
    )
    await user.click(screen.getByRole('button', { name: 'Discard my changes' }))
    expect(onDiscard).toHaveBeenCalledTimes(1)
  })

  it('blocks saving while a save is in flight', async () => {
    const onResolve = vi.fn<(value: Doc) => void>()
    const { container } = render(
      <ConflictResolver conflict={cleanConflict()} onResolve={onResolve} isSaving />,
    )
    expectBlocked(screen.getByRole('button', { name: 'Saving…' }))
    await userEvent.click(screen.getByRole('button', { name: 'Saving…' }))
    expect(onResolve).not.toHaveBeenCalled()
    expect(container.firstElementChild).toHaveAttribute('aria-busy', 'true')
  })

  it('wires a useOptimisticResource result', async () => {
    const user = userEvent.setup()
    const conflict = cleanConflict()
    const resolve = vi.fn<OptimisticResourceResult<Doc>['resolve']>(async () => ({
      status: 'conflict',
      data: undefined,
      problem: conflict.problem,
    }))
    const discard = vi.fn<() => void>()
    const resource = { phase: 'conflict', conflict, resolve, discard, isSaving: false } as Partial<
      OptimisticResourceResult<Doc>
    > as OptimisticResourceResult<Doc>
    const { rerender, container } = render(<ConflictResolver resource={resource} />)
    await user.click(screen.getByRole('button', { name: 'Save merged version' }))
    expect(resolve).toHaveBeenCalledWith(conflict.merged)
    await user.click(screen.getByRole('button', { name: 'Discard my changes' }))
    expect(discard).toHaveBeenCalledTimes(1)
    rerender(
      <ConflictResolver
        resource={
          { ...resource, phase: 'editing', conflict: null } as OptimisticResourceResult<Doc>
        }
      />,
    )
    expect(container).toBeEmptyDOMElement()
  })

  it('starts decisions over when a new conflict arrives, but not on a re-render', async () => {
    const user = userEvent.setup()
    const first = valueConflict()
    const { rerender } = render(<ConflictResolver conflict={first} onResolve={() => {}} />)
    await user.click(choice('title', 'Keep mine'))
    rerender(<ConflictResolver conflict={{ ...first }} onResolve={() => {}} />)
    expect(choice('title', 'Keep mine')).toHaveAttribute('aria-pressed', 'true')
    const next: ResourceConflict<Doc> = { ...valueConflict(), theirsVersion: '"v9"' }
    rerender(<ConflictResolver conflict={next} onResolve={() => {}} />)
    expect(choice('title', 'Keep mine')).toHaveAttribute('aria-pressed', 'false')
  })

  it('shows hostile content as inert text', () => {
    const hostile = '<img src=x onerror=alert(1)>'
    const script = '<script>alert(1)</script>'
    const long = 'y'.repeat(1_000_000)
    const conflict: ResourceConflict<Record<string, string>> = {
      base: {},
      mine: {},
      theirs: {},
      merged: {},
      conflicts: [
        {
          path: [hostile],
          base: '',
          mine: script,
          theirs: 'שלום 👩‍👩‍👧 <a href="javascript:alert(1)">x</a>',
        },
        { path: ['long'], base: '', mine: long, theirs: '' },
      ],
      changes: [{ path: [script], from: 'theirs' }],
      problem: { ...problem, title: hostile },
      theirsVersion: null,
    }
    const { container } = render(<ConflictResolver conflict={conflict} onResolve={() => {}} />)
    expect(container.querySelector('img, script, a')).toBeNull()
    expect(screen.getByRole('group', { name: hostile })).toBeInTheDocument()
    expect(screen.getByText(script)).toBeInTheDocument()
    expect(screen.getByText('שלום 👩‍👩‍👧 <a href="javascript:alert(1)">x</a>')).toBeInTheDocument()
    expect(screen.getByText(`${script} (theirs)`)).toBeInTheDocument()
    expect(screen.getByText(long)).toBeInTheDocument()
  })

  it('has no axe violations: conflicts, an open editor, text hunks, clean review', async () => {
    const user = userEvent.setup()
    const { container, rerender } = render(
      <ConflictResolver conflict={valueConflict()} onResolve={() => {}} onDiscard={() => {}} />,
    )
    await user.click(choice('price', 'Edit'))
    await user.type(screen.getByRole('textbox'), 'x')
    await expectNoAxeViolations(container)
    rerender(<ConflictResolver conflict={textConflict()} onResolve={() => {}} />)
    await expectNoAxeViolations(container)
    rerender(<ConflictResolver conflict={cleanConflict()} onResolve={() => {}} />)
    await expectNoAxeViolations(container)
  })
})
