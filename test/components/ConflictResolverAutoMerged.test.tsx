import { QueryClientProvider } from '@tanstack/react-query'
import { render, screen, waitFor } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { ConflictResolver } from '../../src/components/ConflictResolver/ConflictResolver'
import { useOptimisticResource } from '../../src/hooks/useOptimisticResource'
import { expectNoAxeViolations } from '../axe'
import { API, mswServer, newClient } from '../hooks/harness'
import { versionedResource } from '../hooks/versionedServer'

type Doc = { title: string; price: number }
const URL = `${API}/products/7`
const server = mswServer()

function Editor({ variant }: { variant: 'inline' | 'dialog' }) {
  const doc = useOptimisticResource<Doc>({
    queryKey: ['product', 7],
    url: URL,
    persistDraft: false,
    autoMerge: 'save',
  })
  if (!doc.draft) return <p>Loading</p>
  return (
    <>
      <label>
        Title
        <input
          value={doc.draft.title}
          onChange={(e) => doc.setDraft((d) => ({ ...d, title: e.target.value }))}
        />
      </label>
      <button type="button" onClick={() => void doc.save()}>
        Save
      </button>
      <ConflictResolver
        resource={doc}
        variant={variant}
        fieldLabels={{ title: 'Title', price: 'Price' }}
      />
    </>
  )
}

async function savedMerge(variant: 'inline' | 'dialog' = 'inline') {
  const res = versionedResource<Doc>(URL, { title: 'Lamp', price: 10 })
  server.use(...res.handlers)
  const user = userEvent.setup()
  render(
    <QueryClientProvider client={newClient()}>
      <Editor variant={variant} />
    </QueryClientProvider>,
  )
  const title = await screen.findByRole('textbox', { name: 'Title' })
  await user.clear(title)
  await user.type(title, 'Desk lamp')
  res.externalEdit((v) => ({ ...v, price: 12 }))
  await user.click(screen.getByRole('button', { name: 'Save' }))
  const notice = await screen.findByRole('region', { name: 'Saved, with their changes merged' })
  return { res, user, notice }
}

describe('ConflictResolver: a clean merge saved without review', () => {
  it('says what was combined and saved, without a modal and without taking focus', async () => {
    const { res, notice } = await savedMerge()
    expect(res.state.value).toEqual({ title: 'Desk lamp', price: 12 })
    expect(notice).toHaveAttribute('data-state', 'saved')
    expect(notice).toHaveTextContent('Price')
    expect(screen.queryByRole('dialog')).toBeNull()
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Save' }))
    await expectNoAxeViolations(notice)
  })

  it('Undo merge puts theirs back on the server and holds the merge for review', async () => {
    const { res, user } = await savedMerge()
    const savedVersion = `"v${res.state.version}"`
    await user.click(screen.getByRole('button', { name: 'Undo merge' }))
    await screen.findByRole('heading', { name: 'Merged cleanly' })
    expect(res.puts().at(-1)).toMatchObject({ ifMatch: savedVersion, status: 200 })
    expect(res.state.value).toEqual({ title: 'Lamp', price: 12 })
    // Focus moves to the held merge, never to <body>.
    expect(document.activeElement).toBe(screen.getByRole('heading', { name: 'Merged cleanly' }))
    // Saving it stores both again.
    await user.click(screen.getByRole('button', { name: 'Save merged version' }))
    await waitFor(() => expect(res.state.value).toEqual({ title: 'Desk lamp', price: 12 }))
  })

  it('in the dialog variant the undone merge comes back as the non-modal clean notice', async () => {
    const { user } = await savedMerge('dialog')
    await user.click(screen.getByRole('button', { name: 'Undo merge' }))
    const save = await screen.findByRole('button', { name: 'Save merged version' })
    expect(screen.queryByRole('dialog')).toBeNull()
    expect(document.activeElement).toBe(save)
  })

  it('a refused undo (saved again since) writes nothing and says why; OK closes it', async () => {
    const { res, user } = await savedMerge()
    res.externalEdit((v) => ({ ...v, price: 15 }))
    await user.click(screen.getByRole('button', { name: 'Undo merge' }))
    expect(await screen.findByRole('alert')).toHaveTextContent('saved again since')
    expect(res.state.value).toEqual({ title: 'Desk lamp', price: 15 })
    expect(screen.queryByRole('button', { name: 'Undo merge' })).toBeNull()
    await user.click(screen.getByRole('button', { name: 'OK' }))
    expect(screen.queryByRole('region', { name: 'Saved, with their changes merged' })).toBeNull()
    expect(document.activeElement).not.toBe(document.body)
  })

  it('OK keeps the merge saved and gives focus back', async () => {
    const { res, user } = await savedMerge()
    const puts = res.puts().length
    await user.click(screen.getByRole('button', { name: 'OK' }))
    expect(screen.queryByRole('region', { name: 'Saved, with their changes merged' })).toBeNull()
    expect(res.puts()).toHaveLength(puts)
    expect(res.state.value).toEqual({ title: 'Desk lamp', price: 12 })
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Save' }))
  })

  it('editing again retires the notice', async () => {
    const { user } = await savedMerge()
    await user.type(screen.getByRole('textbox', { name: 'Title' }), '!')
    expect(screen.queryByRole('region', { name: 'Saved, with their changes merged' })).toBeNull()
  })
})
