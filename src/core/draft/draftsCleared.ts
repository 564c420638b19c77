// Sign-out reaches every tab. `clearDrafts(scope)` removes a person's drafts from storage; the
// editors open in this and every other tab of the browser must also stop storing for that
// person at once, or the next keystroke writes a draft of a person who has left. One
// BroadcastChannel per page carries the word; listeners in this page hear it directly.

const CHANNEL = 'ck:drafts'

interface ClearedMessage {
  type: 'ck:drafts-cleared'
  scope: string
}

const listeners = new Set<(scope: string) => void>()
let channel: BroadcastChannel | null | undefined

function tell(scope: string) {
  for (const listener of [...listeners]) listener(scope)
}

function open(): BroadcastChannel | null {
  if (channel !== undefined) return channel
  try {
    channel = typeof BroadcastChannel === 'function' ? new BroadcastChannel(CHANNEL) : null
  } catch {
    channel = null // sandboxed frames may refuse it: this page still hears its own sign-outs
  }
  // Node keeps a process alive for an open channel; a page's life is the channel's.
  ;(channel as { unref?: () => void } | null)?.unref?.()
  channel?.addEventListener('message', (event: MessageEvent<ClearedMessage>) => {
    const data = event.data
    if (data?.type === 'ck:drafts-cleared' && typeof data.scope === 'string') tell(data.scope)
  })
  return channel
}

/** Tells every editor in every tab that `scope`'s drafts were cleared. */
export function announceDraftsCleared(scope: string): void {
  tell(scope)
  open()?.postMessage({ type: 'ck:drafts-cleared', scope } satisfies ClearedMessage)
}

/** Calls `listener` with the scope whenever drafts are cleared, here or in another tab. */
export function onDraftsCleared(listener: (scope: string) => void): () => void {
  open()
  listeners.add(listener)
  return () => listeners.delete(listener)
}
