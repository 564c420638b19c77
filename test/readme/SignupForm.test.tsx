import { QueryClientProvider } from '@tanstack/react-query'
import { render, screen } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { HttpResponse, http } from 'msw'
import { mswServer, newClient } from '../hooks/harness'
import { SignupForm } from './SignupForm'

// The README's signup form against a JSON API that behaves like real ones: 415 for a body
// that is not JSON, 409 for an address already registered, 422 for invalid fields.
const server = mswServer()
const registered = new Set(['ada@example.com'])
let requests: { contentType: string | null; body: unknown }[] = []

beforeEach(() => {
  requests = []
  server.use(
    http.post('/api/signup', async ({ request }) => {
      const contentType = request.headers.get('content-type')
      if (!contentType?.startsWith('application/json')) {
        return HttpResponse.json(
          { title: 'Unsupported Media Type', status: 415 },
          { status: 415, headers: { 'content-type': 'application/problem+json' } },
        )
      }
      const body = (await request.json()) as { email: string; password: string }
      requests.push({ contentType, body })
      if (body.password.length < 8) {
        return HttpResponse.json(
          { errors: { password: ['is too short (minimum is 8 characters)'] } },
          { status: 422 },
        )
      }
      if (registered.has(body.email)) {
        return HttpResponse.json(
          {
            type: 'https://example.com/already-registered',
            title: 'Account exists',
            field: 'email',
          },
          { status: 409, headers: { 'content-type': 'application/problem+json' } },
        )
      }
      return HttpResponse.json({ id: 2 }, { status: 201 })
    }),
  )
})

async function signUp(email: string, password: string) {
  render(
    <QueryClientProvider client={newClient()}>
      <SignupForm />
    </QueryClientProvider>,
  )
  const user = userEvent.setup()
  await user.type(screen.getByLabelText('Email'), email)
  await user.type(screen.getByLabelText('Password'), password)
  await user.click(screen.getByRole('button', { name: 'Sign up' }))
  return user
}

describe('README: the signup form', () => {
  it('sends JSON and welcomes a new account', async () => {
    await signUp('grace@example.com', 'correct horse')
    expect(await screen.findByRole('status')).toHaveTextContent('Welcome aboard.')
    expect(requests).toEqual([
      {
        contentType: 'application/json',
        body: { email: 'grace@example.com', password: 'correct horse' },
      },
    ])
  })

  it('offers login for an address already registered, and "use another" clears it', async () => {
    const user = await signUp('ada@example.com', 'correct horse')
    expect(await screen.findByRole('link', { name: /log in/i })).toHaveAttribute('href', '/login')
    await user.click(screen.getByRole('button', { name: /another|different/i }))
    expect(screen.getByLabelText('Email')).toHaveValue('')
    expect(screen.getByLabelText('Email')).toHaveFocus()
  })

  it('shows a validation error at its field', async () => {
    await signUp('grace@example.com', 'short')
    expect(await screen.findByText('is too short (minimum is 8 characters)')).toBeInTheDocument()
    expect(screen.queryByRole('link', { name: /log in/i })).toBeNull()
  })

  it('shows any other failure as an alert', async () => {
    server.use(http.post('/api/signup', () => HttpResponse.error()))
    await signUp('grace@example.com', 'correct horse')
    expect((await screen.findByRole('alert')).textContent).not.toBe('')
  })
})
