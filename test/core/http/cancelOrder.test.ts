// The README's CancelOrder example: the common ways a server says "this order has shipped, it
// cannot be cancelled" all read as a state conflict, at 409 and at 400. The first three are
// published (KanishJebaMathewM/Truxify#550, bagisto/headless-ecommerce#577); the others are the
// wordings the classifier's issue lists and the shapes of the excerpts the search turned up.
import { classifyResponse } from '../../../src/core/http/classifyResponse'

const wordings = [
  'Order was already delivered or payment released. Cannot cancel.',
  'Order cannot be cancelled after delivery or payment release.',
  'Warning: Order already canceled.',
  'Cannot cancel order 42: order has already been shipped',
  "Order cannot be cancelled in state 'shipped'",
  'Order with id 42 cannot be cancelled because it has already been shipped',
  'The order has shipped, it can no longer be cancelled',
  "You can't cancel an order once it has shipped",
]

test.each(wordings.flatMap((w) => [409, 400].map((status) => [status, w] as const)))(
  '%i "%s" is a state conflict',
  async (status, message) => {
    const res = new Response(JSON.stringify({ message }), {
      status,
      headers: { 'content-type': 'application/json' },
    })
    expect(await classifyResponse(res, { method: 'POST' })).toMatchObject({ kind: 'state' })
  },
)
