import {
  createDraftStore,
  draftKey,
  withoutSecrets,
  type DraftStore,
  type StoredDraft,
} from './draftStore'
import { currentDraftSession } from './draftSession'
import { announceDraftsCleared } from './draftsCleared'

export { currentDraftSession }
import { secretRule } from './omitSecrets'

/**
 * Where one editing session keeps its draft of one resource. `scope` is whose draft it is
 * (the signed-in user's id), `session` which tab wrote it: a save in one tab clears only
 * that tab's draft, never another tab's.
 */
export interface DraftAddress {
  scope: string | null
  resource: string
  session: string
}

/** A stored draft offered back to the person, and where it came from. */
export interface DraftOffer<T> extends StoredDraft<T> {
  /**
   * `'this-tab'`: this tab's own draft (a reload); `'other-tab'`: left by another tab;
   * `'set-aside'`: this tab's newer typing, set aside when an older draft was restored over it.
   */
  from: 'this-tab' | 'other-tab' | 'set-aside'
  /** The storage key it was found under. */
  key: string
}

/** The draft storage of one editing session of one resource. */
export interface DraftSlot {
  /** Whose draft of what, in which tab. */
  readonly address: DraftAddress
  /**
   * This tab's second slot of the resource, for a draft set aside (newer typing an older draft
   * was restored over): kept until the person decides, offered on a later visit if they never do.
   */
  aside(): DraftSlot
  /**
   * This tab's slot for the work done on an open conflict (the resolver's decisions and hunk
   * edits), kept beside the draft so a reload or crash mid-resolution brings it back. Never
   * offered as a draft.
   */
  work(): DraftSlot
  save<T>(value: Omit<StoredDraft<T>, 'savedAt' | 'omitted'>): void
  clear(): void
  /**
   * The draft to offer when editing starts: this tab's own, else the newest one a tab that is
   * gone (closed, crashed) left. `isLive` says which sessions are still open (see
   * `liveDraftSessions`); their drafts are theirs. Defaults to every other session being open.
   */
  offer<T>(isLive?: (session: string) => boolean): DraftOffer<T> | null
  /** Takes an offered draft over: it becomes this tab's, the other tab's copy is removed. */
  adopt<T>(offer: DraftOffer<T>): void
  /** Declines an offer. This tab's own draft is removed; another tab's stays for that tab. */
  decline<T>(offer: DraftOffer<T>): void
}

/** Options of `draftSlot`. */
export interface DraftSlotOptions {
  /**
   * Names more fields never persisted, besides the built-in secret names and the store's
   * `secrets`. Defaults to none.
   */
  isSecret?: (key: string) => boolean
}

// The session suffix of a slot that holds conflict work, not a draft.
const WORK = '~work'

/** The storage key of an address: a JSON array, so no part can be confused with another. */
export function draftAddressKey(address: DraftAddress): string {
  return JSON.stringify([address.scope, address.resource, address.session])
}

function parseAddress(key: string): DraftAddress | null {
  try {
    const parts: unknown = JSON.parse(key)
    if (!Array.isArray(parts) || parts.length !== 3) return null
    const [scope, resource, session] = parts as unknown[]
    if (scope !== null && typeof scope !== 'string') return null
    if (typeof resource !== 'string' || typeof session !== 'string') return null
    return { scope, resource, session }
  } catch {
    return null
  }
}

/** Opens the draft slot of `address` in `store`. */
export function draftSlot(
  store: DraftStore,
  address: DraftAddress,
  options: DraftSlotOptions = {},
): DraftSlot {
  const own = draftAddressKey(address)
  // Every store gets the built-in rule here, a store that is not `createDraftStore`'s too.
  const storeRule = secretRule(store.secrets)
  const extra = options.isSecret
  const isSecret = extra
    ? (key: string, path: (string | number)[]) => storeRule(key, path) || extra(key)
    : storeRule
  const siblings = (isLive: (session: string) => boolean) =>
    store.keys().filter((key) => {
      const found = key === own ? null : parseAddress(key)
      return (
        found !== null &&
        found.scope === address.scope &&
        found.resource === address.resource &&
        !found.session.endsWith(WORK) &&
        !isLive(found.session)
      )
    })

  return {
    address,
    aside: () => draftSlot(store, { ...address, session: `${address.session}~aside` }, options),
    work: () => draftSlot(store, { ...address, session: `${address.session}${WORK}` }, options),
    save(value) {
      const safe = withoutSecrets({ ...value, savedAt: Date.now() }, isSecret)
      if (safe) store.save(own, safe)
    },
    clear: () => store.clear(own),
    offer<T>(isLive: (session: string) => boolean = () => true) {
      const mine = store.load<T>(own)
      if (mine) return { ...mine, from: 'this-tab' as const, key: own }
      let newest: DraftOffer<T> | null = null
      for (const key of siblings(isLive)) {
        const stored = store.load<T>(key)
        if (stored && (!newest || stored.savedAt > newest.savedAt)) {
          newest = { ...stored, from: 'other-tab', key }
        }
      }
      return newest
    },
    adopt(offer) {
      if (offer.key === own) return
      const { from: _from, key: _key, ...stored } = offer
      store.save(own, stored)
      store.clear(offer.key)
    },
    decline(offer) {
      if (offer.key === own) store.clear(own)
    },
  }
}

// Typed here rather than through @types/node: the package's own build has no Node types, and
// the name must stay `process.env.NODE_ENV` for bundlers to replace it.
declare const process: { env: { NODE_ENV?: string } }

let warnedNoScope = false
function warnNoScope() {
  if (warnedNoScope) return
  try {
    // Written out in full so bundlers replace it; a page without `process` counts as development.
    if (process.env.NODE_ENV === 'production') return
  } catch {
    // no `process` in this page
  }
  warnedNoScope = true
  console.warn(
    'react-conflict-kit: drafts are persisted without `draftScope`; on a shared browser the ' +
      'next person could be offered them. Pass the signed-in user id as `draftScope` and call ' +
      '`clearDrafts(scope)` at sign-out, or set `persistDraft: false`.',
  )
}

/**
 * The slot an editor's options ask for: none when persistence is off, else this tab's slot
 * of `resource` for `scope` in the given store (or the default localStorage one). Warns once
 * per page, in development, when drafts are stored with no scope.
 */
export function openDraftSlot(
  persist: boolean | DraftStore,
  scope: string | undefined,
  resource: string,
): DraftSlot | null {
  if (persist === false) return null
  if (scope === undefined) warnNoScope()
  const store = persist === true ? createDraftStore() : persist
  return draftSlot(store, { scope: scope ?? null, resource, session: currentDraftSession() })
}

/** An offer as the person sees it: where it came from, and whether the server moved on since. */
export function offerView<T>(offer: DraftOffer<T>, currentVersion: string | null | undefined) {
  const { key: _key, ...shown } = offer
  return {
    ...shown,
    isStale: currentVersion !== undefined && currentVersion !== offer.baseVersion,
  }
}

/** Options of `clearDrafts`. */
export interface ClearDraftsOptions {
  /** The store the drafts were written to. Defaults to `createDraftStore()` (localStorage). */
  store?: DraftStore
}

/**
 * Removes every stored draft of `scope` (the user id the app gave `draftScope`), in every
 * tab's slot, and tells every open editor of that scope, in this tab and the others, to stop
 * storing drafts for it (their view then has `draftsCleared`). Call it on sign-out so the next
 * person on this browser is not offered them; ask first with `countDrafts`. Returns how many
 * drafts were removed.
 */
export function clearDrafts(scope: string, options: ClearDraftsOptions = {}): number {
  const store = options.store ?? createDraftStore()
  let removed = 0
  for (const key of store.keys()) {
    if (parseAddress(key)?.scope === scope) {
      store.clear(key)
      removed++
    }
  }
  announceDraftsCleared(scope)
  return removed
}

/**
 * How many drafts of `scope` are stored, in every tab of this browser: what `clearDrafts`
 * would remove. Every keystroke is stored, so this sees unsaved work open in other tabs too.
 */
export function countDrafts(
  scope: string,
  options: ClearDraftsOptions & {
    /** Only the drafts of the resource cached under this query key. Defaults to every resource. */
    queryKey?: readonly unknown[]
  } = {},
): number {
  const store = options.store ?? createDraftStore()
  const resource = options.queryKey && draftKey(options.queryKey)
  return store.keys().filter((key) => {
    const address = parseAddress(key)
    return address?.scope === scope && (resource === undefined || address.resource === resource)
  }).length
}
