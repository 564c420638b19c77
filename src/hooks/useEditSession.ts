import { useCallback, useRef, useState } from 'react'
import type { DraftStore, StoredDraft } from '../core/draft/draftStore'
import { jsonEqual } from '../core/merge/jsonEqual'
import {
  editReducer,
  viewing,
  type EditAction,
  type EditSession,
} from '../core/resource/editSession'

/**
 * Holds the edit session in a ref (async save flows read the latest draft) mirrored into
 * state (renders), persisting every draft change and offering back a stored draft.
 */
export function useEditSession<T>(store: DraftStore | null, key: string, isMounted: () => boolean) {
  const ref = useRef<EditSession<T>>(viewing)
  const [session, setSession] = useState<EditSession<T>>(viewing)
  const [restored, setRestored] = useState<StoredDraft<T> | null>(() => {
    const stored = store?.load<T>(key)
    return stored && !jsonEqual(stored.draft, stored.base) ? stored : null
  })
  // While a stored draft is offered it stays in storage, untouched, until the person decides.
  const offering = useRef(restored !== null)

  const act = useCallback(
    (action: EditAction<T>) => {
      const prev = ref.current
      const next = editReducer(prev, action)
      if (next === prev) return
      ref.current = next
      if (store && !offering.current) {
        if (next.phase === 'viewing') store.clear(key)
        else if (prev.phase === 'viewing' || prev.draft !== next.draft || prev.base !== next.base) {
          store.save(key, {
            draft: next.draft,
            base: next.base,
            baseVersion: next.baseVersion,
            savedAt: Date.now(),
          })
        }
      }
      if (isMounted()) setSession(next)
    },
    [store, key, isMounted],
  )

  const settleOffer = useCallback(
    (take: boolean) => {
      if (!offering.current) return
      offering.current = false
      const offer = restored
      setRestored(null)
      if (take && offer) {
        act({
          type: 'restore',
          draft: offer.draft,
          base: offer.base,
          baseVersion: offer.baseVersion,
        })
      } else {
        const now = ref.current
        if (now.phase === 'viewing') store?.clear(key)
        else {
          // Edits made while the offer was open were held back from storage: write them now.
          store?.save(key, {
            draft: now.draft,
            base: now.base,
            baseVersion: now.baseVersion,
            savedAt: Date.now(),
          })
        }
      }
    },
    [act, restored, store, key],
  )

  return { ref, session, act, restored, settleOffer }
}
