import { QueryClientProvider } from '@tanstack/react-query'
import { render, screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { HttpResponse, http } from 'msw'
import { mswServer, newClient } from '../hooks/harness'
import { versionedResource } from '../hooks/versionedServer'
import { Editor } from './Editor'

// The README's editor, rendered as an app would, against a versioned msw resource at the
// same relative URL the snippet uses.
const URL = new globalThis.URL('/api/docs/1', location.href).href
const server = mswServer()
const initial = { title: 'Plan', body: 'one\ntwo\nthree\n' }

function renderEditor() {
  const resource = versionedResource(URL, initial)
  server.use(...resource.handlers)
  render(
    <QueryClientProvider client={newClient()}>
      <Editor id="1" userId="ada" />
    </QueryClientProvider>,
  )
  return resource
}

describe('README: the editor', () => {
  beforeEach(() => localStorage.clear())

  it('loads, edits and saves with If-Match', async () => {
    const resource = renderEditor()
    const title = await screen.findByLabelText('Title')
    expect(title).toHaveValue('Plan')
    const save = screen.getByRole('button', { name: 'Save' })
    expect(save).toBeDisabled()
    const user = userEvent.setup()
    await user.type(title, ' B')
    await user.click(save)
    await waitFor(() => expect(resource.state.value.title).toBe('Plan B'))
    expect(resource.puts()[0]).toMatchObject({ ifMatch: '"v1"', status: 200 })
    // No refusal has been seen from this origin yet: the If-Match went out, unverified.
    await screen.findByText('Saved. This server has not yet shown that it refuses outdated saves.')
  })

  it('opens the resolver when a colleague changed the same field', async () => {
    const resource = renderEditor()
    const title = await screen.findByLabelText('Title')
    const user = userEvent.setup()
    await user.clear(title)
    await user.type(title, 'Mine')
    resource.externalEdit((v) => ({ ...v, title: 'Theirs' }))
    await user.click(screen.getByRole('button', { name: 'Save' }))
    const dialog = await screen.findByRole('dialog')
    expect(within(dialog).getAllByText('Mine').length).toBeGreaterThan(0)
    expect(within(dialog).getAllByText('Theirs').length).toBeGreaterThan(0)
    expect(resource.state.value.title).toBe('Theirs') // nothing overwritten without a choice
  })

  it('shows why the first load failed, as text', async () => {
    server.use(
      http.get(URL, () =>
        HttpResponse.text('<html><head><title>502 Bad Gateway</title></head></html>', {
          status: 502,
          headers: { 'content-type': 'text/html' },
        }),
      ),
    )
    render(
      <QueryClientProvider client={newClient()}>
        <Editor id="1" userId="ada" />
      </QueryClientProvider>,
    )
    expect(await screen.findByText(/bad gateway/i)).toBeInTheDocument()
    expect(screen.queryByLabelText('Title')).toBeNull()
  })
})
