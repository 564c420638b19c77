import { render, screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { ConflictResolver } from '../../src/components/ConflictResolver/ConflictResolver'
import { mergeValues } from '../../src/core/merge/mergeValues'
import type { ResourceConflict } from '../../src/hooks/types'
import { expectNoAxeViolations } from '../axe'
import { problem } from './conflictFixtures'

type Note = { title: string; body: string; tags: string[]; status: string; summary?: string }

const base: Note = { title: 'Plan', body: 'one\ntwo\nthree\n', tags: ['a'], status: 'draft' }

/** A real clean merge: theirs edits title and body and adds a summary; mine edits tags; both set status. */
function cleanNote(theirsEdits: Partial<Note> = {}): ResourceConflict<Note> {
  const mine = { ...base, tags: ['a', 'mine'], status: 'review' }
  const theirs: Note = {
    ...base,
    title: 'Plan v2',
    body: 'one\ntwo\nthree\nfour from them\n',
    summary: 'Short',
    status: 'review',
    ...theirsEdits,
  }
  const result = mergeValues(base, mine, theirs, { text: ['body'] })
  expect(result.clean).toBe(true)
  return { base, mine, theirs, ...result, problem, theirsVersion: '"2"' }
}

const change = (path: string) =>
  document.querySelector<HTMLElement>(`.ck-ConflictResolver-change[data-path="${path}"]`)!
const summary = (text: string) => screen.getByText(text, { selector: 'summary' })

describe('ConflictResolver: reviewing what merged', () => {
  it('opens a merged change to show my draft against the merged value', async () => {
    const user = userEvent.setup()
    render(<ConflictResolver conflict={cleanNote()} onResolve={() => {}} />)
    expect(screen.getByText('5 changes merged automatically:')).toBeInTheDocument()
    // closed: nothing of the comparison is in the page yet
    expect(screen.queryByRole('region', { name: 'Differences in body' })).toBeNull()
    expect(screen.queryByText('After merging')).toBeNull()

    await user.click(summary('body (theirs)'))
    expect(change('body').querySelector('details')).toHaveAttribute('open')
    const diff = await screen.findByRole('region', { name: 'Differences in body' })
    expect(within(diff).getByText('four from them', { selector: 'ins' })).toBeInTheDocument()
    expect(within(diff).getByText('Your version')).toBeInTheDocument()
    expect(within(diff).getByText('After merging')).toBeInTheDocument()
    expect(change('body')).toContainElement(diff)
    expect(change('body')).toHaveAttribute('data-from', 'theirs')

    // a single-line value: both as text. The disclosure is a tab stop; jsdom has no Enter /
    // Space activation for <summary> (browsers do), so it is clicked here.
    expect(summary('body (theirs)')).toHaveFocus()
    await user.tab({ shift: true })
    expect(summary('title (theirs)')).toHaveFocus()
    await user.click(summary('title (theirs)'))
    const title = change('title')
    await waitFor(() => expect(title.querySelector('[data-side="merged"]')).not.toBeNull())
    expect(title.querySelector('[data-side="mine"]')).toHaveTextContent('Your versionPlan')
    expect(title.querySelector('[data-side="merged"]')).toHaveTextContent('After mergingPlan v2')

    // closing takes the comparison away again
    await user.click(summary('body (theirs)'))
    await waitFor(() =>
      expect(screen.queryByRole('region', { name: 'Differences in body' })).toBeNull(),
    )
  })

  it('says what my draft did not have, and lists my own changes as kept without a comparison', async () => {
    const user = userEvent.setup()
    render(<ConflictResolver conflict={cleanNote()} onResolve={() => {}} />)
    expect(change('tags')).toHaveTextContent(/^tags \(kept from your version\)$/)
    expect(change('tags').querySelector('details, summary')).toBeNull()
    // both made the same change: nothing differs from my draft, so nothing to open
    expect(change('status')).toHaveAttribute('data-from', 'both')
    expect(change('status')).toHaveTextContent(/^status \(both\)$/)
    expect(change('status').querySelector('details')).toBeNull()

    await user.click(summary('summary (theirs)'))
    await waitFor(() =>
      expect(change('summary').querySelector('[data-side="mine"]')).toHaveTextContent(
        'Your version(none)',
      ),
    )
  })

  it('keeps hostile merged text inert', async () => {
    const user = userEvent.setup()
    const img = '<img src=x onerror=alert(1)>'
    const script = '<script>alert(1)</script>'
    const { container } = render(
      <ConflictResolver
        conflict={cleanNote({ title: img, body: `one\ntwo\nthree\n${script}\n` })}
        onResolve={() => {}}
        fieldLabels={{ title: '<b>Title</b>' }}
      />,
    )
    await user.click(summary('<b>Title</b> (theirs)'))
    await user.click(summary('body (theirs)'))
    const diff = await screen.findByRole('region', { name: 'Differences in body' })
    expect(within(diff).getByText(script, { selector: 'ins' })).toBeInTheDocument()
    expect(change('title').querySelector('[data-side="merged"]')).toHaveTextContent(img)
    expect(container.querySelector('img, script, b')).toBeNull()
  })

  it('has no axe violations with the changes open, inline and in the dialog', async () => {
    const user = userEvent.setup()
    const { container, unmount } = render(
      <ConflictResolver conflict={cleanNote()} onResolve={() => {}} onDiscard={() => {}} />,
    )
    for (const name of ['title (theirs)', 'body (theirs)', 'summary (theirs)']) {
      await user.click(summary(name))
    }
    await screen.findByRole('region', { name: 'Differences in body' })
    await expectNoAxeViolations(container)
    unmount()

    const dialog = render(
      <ConflictResolver variant="dialog" conflict={cleanNote()} onResolve={() => {}} />,
    )
    await user.click(summary('body (theirs)'))
    await screen.findByRole('region', { name: 'Differences in body' })
    await expectNoAxeViolations(dialog.container)
  })
})
