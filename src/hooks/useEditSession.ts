import { useCallback, useEffect, useRef, useState } from 'react'
import type { DraftOffer, DraftSlot } from '../core/draft/draftSlot'
import { liveDraftSessions } from '../core/draft/draftSession'
import { fillOmitted } from '../core/draft/omitSecrets'
import { jsonEqual } from '../core/merge/jsonEqual'
import {
  editReducer,
  viewing,
  type EditAction,
  type EditSession,
} from '../core/resource/editSession'
import type { VersionedValue } from '../core/resource/types'
import { useIsomorphicLayoutEffect } from './useIsomorphicLayoutEffect'
import { useLatest } from './useLatest'

// This tab's own draft is known at once; another tab's only once that tab is known to be gone.
function ownOffer<T>(slot: DraftSlot | null): DraftOffer<T> | null {
  const stored = slot?.offer<T>() ?? null
  return stored && !jsonEqual(stored.draft, stored.base) ? stored : null
}

/**
 * Holds the edit session in a ref (async save flows read the latest draft) mirrored into
 * state (renders), persisting every draft change in this tab's slot and offering back a
 * stored draft (this tab's after a reload, else one a closed or crashed tab left).
 * `owner` names whose draft of what this is (scope and resource): when it changes (sign-out,
 * another user), the session starts over for the new owner; the old owner's draft stays
 * stored under the old owner and is never shown to the new one.
 */
export function useEditSession<T>(
  slot: DraftSlot | null,
  owner: string,
  isMounted: () => boolean,
  server: () => VersionedValue<T> | undefined,
) {
  const ref = useRef<EditSession<T>>(viewing)
  const [session, setSession] = useState<EditSession<T>>(viewing)
  const [offer, setOffer] = useState<DraftOffer<T> | null>(() => ownOffer<T>(slot))
  // While a stored draft is offered it stays in storage, untouched, until the person decides.
  const offering = useRef(offer !== null)
  const offered = useRef(offer)

  const ownerSeen = useRef(owner)
  useIsomorphicLayoutEffect(() => {
    if (ownerSeen.current === owner) return
    // Every edit so far was stored in the old owner's slot as it was typed; nothing of it is
    // deleted, and nothing of it is carried into the new owner's session.
    ownerSeen.current = owner
    const next = ownOffer<T>(slot)
    ref.current = viewing
    offering.current = next !== null
    offered.current = next
    setSession(viewing)
    setOffer(next)
  }, [owner, slot])

  const slotRef = useLatest(slot)
  useEffect(() => {
    if (offering.current) return
    let cancelled = false
    void liveDraftSessions().then((isLive) => {
      const current = slotRef.current
      // Too late once the person started editing: the draft stays stored for a later visit.
      if (cancelled || !current || offering.current || ref.current.phase !== 'viewing') return
      const found = current.offer<T>(isLive)
      if (!found || jsonEqual(found.draft, found.base)) return
      offering.current = true
      offered.current = found
      setOffer(found)
    })
    return () => {
      cancelled = true
    }
  }, [owner, slotRef])

  const act = useCallback(
    (action: EditAction<T>) => {
      const prev = ref.current
      const next = editReducer(prev, action)
      if (next === prev) return
      ref.current = next
      if (slot && !offering.current) {
        if (next.phase === 'viewing') slot.clear()
        else if (prev.phase === 'viewing' || prev.draft !== next.draft || prev.base !== next.base) {
          slot.save({ draft: next.draft, base: next.base, baseVersion: next.baseVersion })
        }
      }
      if (isMounted()) setSession(next)
    },
    [slot, isMounted],
  )

  const settleOffer = useCallback(
    (take: boolean) => {
      const pending = offered.current
      if (!offering.current || !pending) return
      offering.current = false
      offered.current = null
      setOffer(null)
      if (take) {
        slot?.adopt(pending)
        // Secret fields were never stored: take them from the server rather than delete them.
        const current = server()?.value
        const omitted = pending.omitted ?? []
        act({
          type: 'restore',
          draft: fillOmitted(pending.draft, omitted, current),
          base: fillOmitted(pending.base, omitted, current),
          baseVersion: pending.baseVersion,
        })
        return
      }
      slot?.decline(pending)
      const now = ref.current
      // Edits made while the offer was open were held back from storage: write them now.
      if (now.phase !== 'viewing') {
        slot?.save({ draft: now.draft, base: now.base, baseVersion: now.baseVersion })
      }
    },
    [act, slot, server],
  )

  return { ref, session, act, offer, settleOffer }
}
