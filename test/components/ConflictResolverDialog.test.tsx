import { render, screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { useState } from 'react'
import { ConflictResolver } from '../../src/components/ConflictResolver/ConflictResolver'
import { expectNoAxeViolations } from '../axe'
import { cleanConflict, valueConflict } from './conflictFixtures'

function Harness({ onOpenChange }: { onOpenChange?: (open: boolean) => void }) {
  const [open, setOpen] = useState(false)
  const [conflict] = useState(valueConflict)
  return (
    <>
      <button type="button" onClick={() => setOpen(true)}>
        Resolve conflict
      </button>
      <ConflictResolver
        variant="dialog"
        open={open}
        onOpenChange={(next) => {
          setOpen(next)
          onOpenChange?.(next)
        }}
        conflict={conflict}
        onResolve={() => {}}
        onDiscard={() => {}}
      />
      <button type="button">Outside</button>
    </>
  )
}

const dialogName = 'Someone else saved changes while you were editing'

async function openDialog() {
  const user = userEvent.setup()
  const onOpenChange = vi.fn<(open: boolean) => void>()
  const view = render(<Harness onOpenChange={onOpenChange} />)
  await user.click(screen.getByRole('button', { name: 'Resolve conflict' }))
  return { user, onOpenChange, view, dialog: screen.getByRole('dialog', { name: dialogName }) }
}

describe('ConflictResolver as a dialog', () => {
  it('renders nothing until opened', () => {
    render(<Harness />)
    expect(screen.queryByRole('dialog')).toBeNull()
  })

  it('moves focus into the dialog, onto its heading', async () => {
    const { dialog } = await openDialog()
    expect(dialog.tagName).toBe('DIALOG')
    expect(dialog).toHaveAttribute('open')
    expect(within(dialog).getByRole('heading')).toHaveFocus()
  })

  it('cycles Tab and Shift+Tab inside the dialog', async () => {
    const { user, dialog } = await openDialog()
    const seen: string[] = []
    for (let i = 0; i < 23; i++) {
      await user.tab()
      expect(dialog).toContainElement(document.activeElement as HTMLElement)
      const group = document
        .activeElement!.closest('fieldset')
        ?.querySelector('legend')?.textContent
      seen.push(`${group ? `${group}: ` : ''}${document.activeElement!.textContent}`)
    }
    // The cycle: close, the merged tags change, the column switch, each conflict's original
    // and choices, then the footer (navigation, bulk choices, Save, Review, Discard).
    expect(seen).toEqual([
      'Close',
      'tags (theirs)',
      'Columns: Two columns',
      'Columns: Three columns',
      'title: Show the original',
      'title: Keep mine',
      'title: Take theirs',
      'title: Both, mine first',
      'title: Both, theirs first',
      'title: Edit',
      'price: Show the original',
      'price: Keep mine',
      'price: Take theirs',
      'price: Edit',
      'Previous conflict',
      'Next conflict',
      'Keep mine for the rest',
      'Take theirs for the rest',
      'Save resolved version',
      'Review changes',
      'Discard my changes',
      'Close',
      'tags (theirs)',
    ])
    await user.tab({ shift: true })
    expect(within(dialog).getByRole('button', { name: 'Close' })).toHaveFocus()
    await user.tab({ shift: true })
    expect(within(dialog).getByRole('button', { name: 'Discard my changes' })).toHaveFocus()
  })

  it('closes on Escape and gives focus back to the opener', async () => {
    const { user, onOpenChange } = await openDialog()
    await user.tab()
    await user.keyboard('{Escape}')
    expect(onOpenChange).toHaveBeenCalledWith(false)
    expect(screen.queryByRole('dialog')).toBeNull()
    expect(screen.getByRole('button', { name: 'Resolve conflict' })).toHaveFocus()
  })

  it('closes with its close button and gives focus back', async () => {
    const { user } = await openDialog()
    await user.click(screen.getByRole('button', { name: 'Close' }))
    expect(screen.queryByRole('dialog')).toBeNull()
    expect(screen.getByRole('button', { name: 'Resolve conflict' })).toHaveFocus()
  })

  it('opens by default when uncontrolled', async () => {
    const user = userEvent.setup()
    render(<ConflictResolver variant="dialog" conflict={valueConflict()} onResolve={() => {}} />)
    expect(screen.getByRole('dialog', { name: dialogName })).toBeInTheDocument()
    await user.keyboard('{Escape}')
    expect(screen.queryByRole('dialog')).toBeNull()
  })

  it('has no axe violations while open', async () => {
    const { view } = await openDialog()
    await expectNoAxeViolations(view.container)
  })

  it('kept mounted, shows each new clean merge as its notice, even after one was reviewed', async () => {
    const user = userEvent.setup()
    const first = cleanConflict()
    const view = render(<ConflictResolver variant="dialog" conflict={first} onResolve={() => {}} />)
    const notice = () => screen.queryByRole('region', { name: 'Merged cleanly' })
    expect(notice()).toBeInTheDocument()
    await user.click(within(notice() as HTMLElement).getByRole('button', { name: 'Review' }))
    expect(screen.getByRole('dialog')).toBeInTheDocument()
    expect(notice()).not.toBeInTheDocument()
    // Saved; nothing held; then another clean merge: its notice, not the last one's review.
    view.rerender(<ConflictResolver variant="dialog" conflict={null} onResolve={() => {}} />)
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument()
    view.rerender(
      <ConflictResolver variant="dialog" conflict={cleanConflict()} onResolve={() => {}} />,
    )
    expect(notice()).toBeInTheDocument()
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument()
  })
})
