import { useState } from 'react'
import { ConflictResolver } from '../src/components/ConflictResolver/ConflictResolver'
import type { ResourceConflict } from '../src/hooks/types'
import { articleFieldLabels } from './fixtures'

/** Props of `ResolverDemo`. */
export interface ResolverDemoProps<T> {
  conflict: ResourceConflict<T>
  variant?: 'inline' | 'dialog'
  /** Opens the dialog on first render. */
  initiallyOpen?: boolean
}

/**
 * A stateful stand-in for the app around the resolver: saving shows the value that would be
 * sent (after a short simulated request), discarding shows the server's version.
 */
export function ResolverDemo<T>({
  conflict,
  variant = 'inline',
  initiallyOpen = true,
}: ResolverDemoProps<T>) {
  const [open, setOpen] = useState(initiallyOpen)
  const [saving, setSaving] = useState(false)
  const [outcome, setOutcome] = useState<{ label: string; value: T } | null>(null)
  const resolve = (value: T) => {
    setSaving(true)
    setTimeout(() => {
      setSaving(false)
      setOutcome({ label: 'Saved with If-Match: "7"', value })
    }, 400)
  }
  if (outcome) {
    return (
      <div>
        <output style={{ display: 'block' }}>{outcome.label}</output>
        <pre style={{ whiteSpace: 'pre-wrap' }}>{JSON.stringify(outcome.value, null, 2)}</pre>
        <button type="button" onClick={() => setOutcome(null)}>
          Start again
        </button>
      </div>
    )
  }
  return (
    <div>
      {variant === 'dialog' && (
        <p>
          Your save could not go through.{' '}
          <button type="button" onClick={() => setOpen(true)}>
            Resolve conflict
          </button>
        </p>
      )}
      <ConflictResolver
        conflict={conflict}
        onResolve={resolve}
        onDiscard={() =>
          setOutcome({ label: 'Discarded; showing the server version', value: conflict.theirs })
        }
        isSaving={saving}
        variant={variant}
        open={open}
        onOpenChange={setOpen}
        fieldLabels={articleFieldLabels}
      />
    </div>
  )
}
