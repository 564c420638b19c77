import { QueryClientProvider, useQuery } from '@tanstack/react-query'
import { render, screen } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { HttpResponse, http } from 'msw'
import { mswServer, newClient } from '../hooks/harness'
import { CancelOrder } from './CancelOrder'

const server = mswServer()

function OrderPage({ onAction }: { onAction: (name: string) => void }) {
  const order = useQuery({
    queryKey: ['order', '7'],
    queryFn: async () => (await fetch('/api/orders/7')).json() as Promise<{ state: string }>,
  })
  return (
    <>
      <p>state: {order.data?.state}</p>
      <CancelOrder id="7" onAction={onAction} />
    </>
  )
}

describe('README: cancelling an order that has shipped meanwhile', () => {
  it('says what state it is in now and offers what is still possible', async () => {
    let state = 'placed'
    server.use(
      http.get('/api/orders/7', () => HttpResponse.json({ id: 7, state })),
      http.post('/api/orders/7/cancel', () =>
        HttpResponse.json(
          {
            title: 'This order has already shipped',
            currentState: state,
            allowedActions: ['return'],
          },
          { status: 409, headers: { 'content-type': 'application/problem+json' } },
        ),
      ),
    )
    const onAction = vi.fn<(name: string) => void>()
    render(
      <QueryClientProvider client={newClient()}>
        <OrderPage onAction={onAction} />
      </QueryClientProvider>,
    )
    await screen.findByText('state: placed')
    state = 'shipped'
    const user = userEvent.setup()
    await user.click(screen.getByRole('button', { name: 'Cancel order' }))
    expect(await screen.findByText(/already shipped/i)).toBeInTheDocument()
    expect(await screen.findByText('state: shipped')).toBeInTheDocument()
    await user.click(screen.getByRole('button', { name: /return/i }))
    expect(onAction).toHaveBeenCalledWith('return')
  })
})
