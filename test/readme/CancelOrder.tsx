import { StateConflictNotice, useConflictAction } from 'react-conflict-kit'

export function CancelOrder({ id, onAction }: { id: string; onAction: (name: string) => void }) {
  const cancel = useConflictAction({
    action: () => fetch(`/api/orders/${id}/cancel`, { method: 'POST' }),
    queryKey: ['order', id], // refetched so the page shows the truth
  })
  return (
    <>
      <button onClick={() => void cancel.run()} disabled={cancel.isPending}>
        Cancel order
      </button>
      {cancel.isConflict && <StateConflictNotice action={cancel} onAction={onAction} />}
    </>
  )
}
