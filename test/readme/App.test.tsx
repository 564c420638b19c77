import { render, screen } from '@testing-library/react'
import { App } from './App'
import { Editor } from './Editor'

describe('README: the app around the hooks', () => {
  it('renders the editor inside the QueryClientProvider', () => {
    render(<App />)
    expect(screen.getByText('Loading…')).toBeInTheDocument()
  })

  it('without the provider the hooks throw the message the README quotes', () => {
    const errors = vi.spyOn(console, 'error').mockImplementation(() => {})
    expect(() => render(<Editor id="1" userId="ada" />)).toThrow(
      'No QueryClient set, use QueryClientProvider to set one',
    )
    errors.mockRestore()
  })
})
