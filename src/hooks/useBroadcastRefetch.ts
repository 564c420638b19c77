import { useCallback, useEffect, useRef } from 'react'
import { useLatest } from './useLatest'

interface SavedMessage {
  type: 'ck:saved'
  key: string
  version: string | null
}

/**
 * Listens on a BroadcastChannel for saves of the same resource in other tabs and calls
 * `onRemoteSave`; returns `announce` to tell other tabs about a save here.
 */
export function useBroadcastRefetch(
  channelName: string | undefined,
  key: string,
  onRemoteSave: () => void,
) {
  const channel = useRef<BroadcastChannel | null>(null)
  const callback = useLatest(onRemoteSave)
  useEffect(() => {
    if (!channelName || typeof BroadcastChannel === 'undefined') return
    const current = new BroadcastChannel(channelName)
    channel.current = current
    current.addEventListener('message', (event: MessageEvent<SavedMessage>) => {
      if (event.data?.type === 'ck:saved' && event.data.key === key) callback.current()
    })
    return () => {
      channel.current = null
      current.close()
    }
  }, [channelName, key, callback])
  return useCallback(
    (version: string | null) => {
      channel.current?.postMessage({ type: 'ck:saved', key, version } satisfies SavedMessage)
    },
    [key],
  )
}
