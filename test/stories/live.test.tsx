import { composeStories, setProjectAnnotations } from '@storybook/react-vite'
import { render, screen, waitFor, within } from '@testing-library/react'
import { setupServer } from 'msw/node'
import type { ComponentType } from 'react'
// Storybook's own copy of user-event: its loaders set that copy up on the document, and two
// copies preparing one document lose React's change events.
import { uninstrumentedUserEvent as userEvent } from 'storybook/test'
import preview from '../../.storybook/preview'
import * as DocumentEditorStories from '../../stories/LiveDocumentEditor.stories'
import * as OrdersStories from '../../stories/LiveOrders.stories'
import * as SignupStories from '../../stories/LiveSignup.stories'
import { handlers } from '../../stories/mocks/handlers'
import { SHARED_LINE, initialDocument, mockApi } from '../../stories/mocks/mockApi'
import { expectNoAxeViolations } from '../axe'

setProjectAnnotations(preview)
const documentEditor = composeStories(DocumentEditorStories)
const signup = composeStories(SignupStories)
const orders = composeStories(OrdersStories)

// jsdom has no service worker: the same handlers answer through msw's Node interceptors.
const server = setupServer(...handlers)
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }))
afterAll(() => server.close())

/** Runs the story's loaders (fresh mock state) and renders it. */
async function mount(Story: ComponentType & { load: () => Promise<void> }) {
  await Story.load()
  const user = userEvent.setup()
  return { user, ...render(<Story />) }
}

/** Mounts an editor story once the document has loaded, with helpers to drive it. */
async function openEditor(Story = documentEditor.Default) {
  const view = await mount(Story)
  const title = await screen.findByRole('textbox', { name: 'Title' })
  await waitFor(() => expect(title).toHaveValue(initialDocument.title))
  const agenda = screen.getByRole('textbox', { name: 'Agenda' })
  /** Replaces one line of the agenda by typing over it. */
  const retypeLine = async (line: string, next: string) => {
    const start = (agenda as HTMLTextAreaElement).value.indexOf(line)
    await view.user.type(agenda, next, {
      initialSelectionStart: start,
      initialSelectionEnd: start + line.length,
    })
  }
  const someoneElse = (name: string) =>
    view.user.click(screen.getByRole('button', { name: `Someone else edits the ${name}` }))
  return { ...view, title, agenda, retypeLine, someoneElse }
}

describe('Live/DocumentEditor', () => {
  const dialogName = 'Someone else saved changes while you were editing'

  it('renders every story with no axe violations', async () => {
    for (const Story of Object.values(documentEditor)) {
      const { container, unmount } = await openEditor(Story)
      await expectNoAxeViolations(container)
      unmount()
    }
  })

  it('warns when someone else saved, then shows a clean merge for review and saves it', async () => {
    const { user, retypeLine, someoneElse } = await openEditor()
    await retypeLine('Agenda for Thursday', 'Agenda for Thursday at 10:00')
    expect(screen.getByText('Unsaved changes')).toBeInTheDocument()
    expect(screen.queryByText(/Changed by someone else/)).toBeNull()

    await someoneElse('title')
    expect(await screen.findByText(/Changed by someone else/)).toBeInTheDocument()
    await user.click(screen.getByRole('button', { name: 'Save' }))

    // a clean merge does not interrupt: a non-modal notice, held for one click
    const notice = await screen.findByRole('region', { name: 'Merged cleanly' })
    expect(screen.queryByRole('dialog')).toBeNull()
    expect(
      within(notice)
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toContain('Title (theirs)')
    await expectNoAxeViolations(notice)
    await user.click(within(notice).getByRole('button', { name: 'Save merged version' }))

    expect(await screen.findByText('Saved (ETag "3")')).toBeInTheDocument()
    expect(screen.queryByRole('dialog')).toBeNull()
    const { value, version } = mockApi.document.current()
    expect(version).toBe(3)
    expect(value.title).toBe('Team meeting in room 4')
    expect(value.body).toContain('Agenda for Thursday at 10:00\n')
    expect(screen.getByRole('textbox', { name: 'Title' })).toHaveValue('Team meeting in room 4')
    expect(screen.queryByText(/Changed by someone else/)).toBeNull()
  })

  it('lets the person keep their title when both changed it', async () => {
    const { user, title, someoneElse } = await openEditor()
    await user.clear(title)
    await user.type(title, 'Weekly sync')
    await someoneElse('title')
    await user.click(screen.getByRole('button', { name: 'Save' }))

    const dialog = await screen.findByRole('dialog', { name: dialogName })
    await expectNoAxeViolations(dialog)
    const field = within(dialog).getByRole('group', { name: 'Title' })
    expect(field).toHaveTextContent('Weekly sync')
    expect(field).toHaveTextContent('Team meeting in room 4')
    expect(mockApi.document.current().version).toBe(2)
    await user.click(within(field).getByRole('button', { name: 'Keep mine' }))
    await user.click(within(dialog).getByRole('button', { name: 'Save resolved version' }))

    expect(await screen.findByText('Saved (ETag "3")')).toBeInTheDocument()
    expect(screen.queryByRole('dialog')).toBeNull()
    expect(mockApi.document.current()).toEqual({
      value: { ...initialDocument, title: 'Weekly sync' },
      version: 3,
    })
  })

  it('decides a line both changed hunk by hunk and keeps the disjoint lines of both', async () => {
    const { user, agenda, retypeLine, someoneElse } = await openEditor()
    await retypeLine(SHARED_LINE, '2. Budget review (short)')
    await retypeLine('Agenda for Thursday', 'Agenda for Friday')
    await someoneElse('same line')
    await someoneElse('body')
    await user.click(screen.getByRole('button', { name: 'Save' }))

    const dialog = await screen.findByRole('dialog', { name: dialogName })
    const hunk = within(dialog).getByRole('group', { name: 'Agenda: change 1 of 1' })
    expect(hunk).toHaveTextContent('2. Budget review (short)')
    expect(hunk).toHaveTextContent(`${SHARED_LINE} with the finance team`)
    await user.click(within(hunk).getByRole('button', { name: 'Take theirs' }))
    await user.click(within(dialog).getByRole('button', { name: 'Save resolved version' }))

    expect(await screen.findByText('Saved (ETag "4")')).toBeInTheDocument()
    expect(screen.queryByRole('dialog')).toBeNull()
    const expected = [
      'Agenda for Friday',
      '1. Welcome and coffee',
      `${SHARED_LINE} with the finance team`,
      '3. Roadmap',
      '4. Any other business (5 minutes)',
      '',
    ].join('\n')
    expect(mockApi.document.current()).toMatchObject({ value: { body: expected }, version: 4 })
    expect(agenda).toHaveValue(expected)
  })

  it('reopens a closed resolver from the page and saves an edited line', async () => {
    const { user, retypeLine, someoneElse } = await openEditor()
    await retypeLine(SHARED_LINE, '2. Budget')
    await someoneElse('same line')
    await user.click(screen.getByRole('button', { name: 'Save' }))
    let dialog = await screen.findByRole('dialog', { name: dialogName })
    await user.keyboard('{Escape}')
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull())
    // The draft survives closing the dialog.
    expect(screen.getByRole('textbox', { name: 'Agenda' })).toHaveValue(
      initialDocument.body.replace(SHARED_LINE, '2. Budget'),
    )

    await user.click(screen.getByRole('button', { name: 'Resolve the conflict' }))
    dialog = await screen.findByRole('dialog', { name: dialogName })
    await user.click(within(dialog).getByRole('button', { name: 'Edit' }))
    const editor = within(dialog).getByRole('textbox', { name: /Your text for/ })
    await user.clear(editor)
    await user.type(editor, '2. Budget, with finance{Enter}')
    await user.click(within(dialog).getByRole('button', { name: 'Save resolved version' }))

    await waitFor(() => expect(mockApi.document.current().version).toBe(3))
    expect(mockApi.document.current().value.body).toBe(
      initialDocument.body.replace(SHARED_LINE, '2. Budget, with finance'),
    )
  })

  it("with autoMerge 'save' stores a clean merge without asking", async () => {
    const { user, title, someoneElse } = await openEditor(documentEditor.AutoMergeOnSave)
    await user.clear(title)
    await user.type(title, 'Weekly sync')
    await someoneElse('body')
    await user.click(screen.getByRole('button', { name: 'Save' }))

    expect(await screen.findByText('Saved (ETag "3")')).toBeInTheDocument()
    expect(screen.queryByRole('dialog')).toBeNull()
    expect(mockApi.document.current().value).toEqual({
      ...initialDocument,
      title: 'Weekly sync',
      body: initialDocument.body.replace(
        '4. Any other business',
        '4. Any other business (5 minutes)',
      ),
    })
  })

  it('types tags with commas and saves them as a list', async () => {
    const { user } = await openEditor()
    const tags = screen.getByRole('textbox', { name: 'Tags (comma separated)' })
    await user.type(tags, ', budget')
    expect(tags).toHaveValue('planning, budget')
    await user.click(screen.getByRole('button', { name: 'Save' }))
    await waitFor(() => expect(mockApi.document.current().version).toBe(2))
    expect(mockApi.document.current().value.tags).toEqual(['planning', 'budget'])
  })

  it('starts every story from version 1', async () => {
    mockApi.document.edit((d) => ({ ...d, title: 'Left over' }))
    await openEditor()
    expect(mockApi.document.current()).toEqual({ value: initialDocument, version: 1 })
  })
})

/** Fills the signup form and sends it; returns the email input. */
async function submit(user: ReturnType<typeof userEvent.setup>, email: string, password: string) {
  const emailInput = screen.getByRole('textbox', { name: 'Email' })
  await user.clear(emailInput)
  if (email) await user.type(emailInput, email)
  const passwordInput = screen.getByLabelText('Password')
  await user.clear(passwordInput)
  if (password) await user.type(passwordInput, password)
  await user.click(screen.getByRole('button', { name: 'Sign up' }))
  return emailInput
}

describe('Live/Signup', () => {
  it('turns a registered email into "Log in instead?" and "Use a different email" clears and focuses it', async () => {
    const { user, container } = await mount(signup.Default)
    const email = await submit(user, 'ada@example.com', 'correct horse')

    const alert = await screen.findByRole('alert')
    expect(alert).toHaveTextContent(
      'An account with ada@example.com already exists. Log in instead?',
    )
    expect(alert).toHaveFocus()
    await expectNoAxeViolations(container)
    expect(mockApi.signups.emails()).toEqual(['ada@example.com'])

    await user.click(screen.getByRole('button', { name: 'Use a different email' }))
    expect(email).toHaveValue('')
    expect(email).toHaveFocus()
    expect(screen.queryByRole('alert')).toBeNull()
  })

  it('logs in through the app navigation with the login link', async () => {
    const { user } = await mount(signup.Default)
    await submit(user, 'ada@example.com', 'correct horse')
    const login = await screen.findByRole('link', { name: 'Log in' })
    expect(login).toHaveAttribute('href', '/login')
    await user.click(login)
    expect(screen.getByText('The app would now open /login.')).toBeInTheDocument()
  })

  it('creates a new account', async () => {
    const { user } = await mount(signup.Default)
    await submit(user, 'grace@example.com', 'correct horse')
    expect(await screen.findByText('Welcome aboard: your account is ready.')).toBeInTheDocument()
    expect(mockApi.signups.emails()).toEqual(['ada@example.com', 'grace@example.com'])
  })

  it('shows 422 errors on their fields, not as a duplicate', async () => {
    const { user, container } = await mount(signup.Default)
    const email = await submit(user, 'not-an-email', 'short')
    expect(await screen.findByText('Enter a valid email address.')).toBeInTheDocument()
    expect(screen.getByText('Use at least 8 characters.')).toBeInTheDocument()
    expect(email).toHaveAttribute('aria-invalid', 'true')
    expect(email).toHaveAccessibleDescription('Enter a valid email address.')
    expect(container.querySelector('.ck-SignupConflictPrompt')).toBeNull()
    await expectNoAxeViolations(container)
  })

  it('answers registered and new emails alike when enumeration-safe', async () => {
    const { user, container } = await mount(signup.EnumerationSafe)
    const neutral = 'If this address can be used, you will get an email with the next step.'
    await submit(user, 'ada@example.com', 'correct horse')
    expect(await screen.findByText(neutral)).toBeInTheDocument()
    expect(screen.queryByRole('link', { name: 'Log in' })).toBeNull()
    expect(screen.queryByText(/already exists/)).toBeNull()
    await expectNoAxeViolations(container)

    await submit(user, 'grace@example.com', 'correct horse')
    await waitFor(() => expect(mockApi.signups.emails()).toContain('grace@example.com'))
    expect(await screen.findByText(neutral)).toBeInTheDocument()
    expect(screen.queryByText('Welcome aboard: your account is ready.')).toBeNull()
  })
})

/** Mounts the orders story and returns the row of order A-1042. */
async function openOrders() {
  const view = await mount(orders.Default)
  const row = (await screen.findByText('A-1042')).closest('li')!
  return { ...view, row }
}

describe('Live/Orders', () => {
  it('explains a state conflict with the state now and what is still possible', async () => {
    const { user, row, container } = await openOrders()
    await expectNoAxeViolations(container)
    await user.click(screen.getByRole('button', { name: 'Warehouse ships it' }))
    expect(mockApi.orders.orders()[0]?.state).toBe('shipped')
    expect(screen.getByRole('button', { name: 'Warehouse ships it' })).toBeDisabled()
    // The page has not noticed: it still offers to cancel.
    expect(row).toHaveTextContent('Status: placed')
    await user.click(within(row).getByRole('button', { name: 'Cancel order' }))

    const alert = await within(row).findByRole('alert')
    expect(alert).toHaveTextContent('This order has already shipped')
    expect(alert).toHaveTextContent(
      'Order A-1042 is shipped now, so it can no longer be cancelled.',
    )
    expect(alert).toHaveTextContent('It is now shipped.')
    const notice = row.querySelector('.ck-StateConflictNotice')!
    expect(notice).toHaveAttribute('data-current-state', 'shipped')
    // The conflict refetched the list: the page tells the truth again.
    expect(row).toHaveTextContent('Status: shipped')
    expect(mockApi.orders.orders()[0]?.state).toBe('shipped')
    await expectNoAxeViolations(container)

    await user.click(
      within(notice as HTMLElement).getByRole('button', { name: 'Request a return' }),
    )
    expect(await within(row).findByText('Done: the order is now returning.')).toBeInTheDocument()
    expect(mockApi.orders.orders()[0]?.state).toBe('returning')
    // The list is refetched after the action.
    await waitFor(() => expect(row).toHaveTextContent('Status: being returned'))
  })

  it('cancels an order nobody else touched', async () => {
    const { user, row } = await openOrders()
    await user.click(within(row).getByRole('button', { name: 'Cancel order' }))
    expect(await within(row).findByText('Done: the order is now cancelled.')).toBeInTheDocument()
    expect(mockApi.orders.orders()[0]?.state).toBe('cancelled')
    expect(row.querySelector('.ck-StateConflictNotice')).toBeNull()
  })
})
