// Which tab is which, and which tabs are still open. A draft belongs to the tab (the editing
// session) that wrote it; another tab may take it over only once that tab is gone, closed or
// crashed. Web Locks tell that reliably: a lock held for the page's life is released by the
// browser when the page dies, however it dies. Where Web Locks are missing (older browsers,
// insecure origins, jsdom), each page refreshes a timestamp in localStorage instead, and a
// session whose timestamp is older than `STALE_AFTER_MS` counts as gone.

const SESSION_KEY = 'ck:draft-session'
const LIVE_PREFIX = 'ck:draft-live:'
const LOCK_PREFIX = 'ck:draft-session:'
/** How often a page without Web Locks says it is still open. */
export const HEARTBEAT_MS = 10_000
// Generous: browsers throttle timers of hidden tabs to about once a minute, and a live tab
// taken for gone would have its draft offered elsewhere.
/** After this long without a heartbeat, a session without Web Locks counts as gone. */
export const STALE_AFTER_MS = 150_000

interface LockManagerLike {
  request(name: string, callback: () => Promise<unknown>): Promise<unknown>
  query(): Promise<{ held?: { name?: string }[] }>
}

function lockManager(): LockManagerLike | null {
  try {
    const locks = (globalThis.navigator as { locks?: LockManagerLike } | undefined)?.locks
    return locks && typeof locks.request === 'function' && typeof locks.query === 'function'
      ? locks
      : null
  } catch {
    return null
  }
}

function localStore(): Storage | null {
  try {
    return globalThis.localStorage ?? null
  } catch {
    return null
  }
}

function randomId(): string {
  return typeof crypto !== 'undefined' && typeof crypto.randomUUID === 'function'
    ? crypto.randomUUID()
    : `${Date.now().toString(36)}-${Math.random().toString(36).slice(2)}`
}

// The id this page claimed; claimed again only if sessionStorage was changed under it.
let pageSession: string | null = null
// Ends this page's claim on its current id (mark, heartbeat, lock).
let releaseClaim: (() => void) | null = null
let listening = false

function markLive(id: string) {
  try {
    localStore()?.setItem(LIVE_PREFIX + id, String(Date.now()))
  } catch {
    // storage refused: liveness then rests on Web Locks alone
  }
}

function onPageHide() {
  if (pageSession === null) return
  try {
    localStore()?.removeItem(LIVE_PREFIX + pageSession)
  } catch {
    // as above
  }
}

function onPageShow(event: Event) {
  // Back from the back-forward cache: the page lives again under the same id.
  if ((event as PageTransitionEvent).persisted && pageSession !== null) markLive(pageSession)
}

// Holds `id` for this page's life: the mark, then a Web Lock or a heartbeat.
function hold(id: string): () => void {
  markLive(id)
  if (!listening) {
    listening = true
    globalThis.addEventListener?.('pagehide', onPageHide)
    globalThis.addEventListener?.('pageshow', onPageShow)
  }
  const locks = lockManager()
  if (locks) {
    let letGo = () => {}
    const held = new Promise<void>((resolve) => (letGo = resolve))
    locks.request(LOCK_PREFIX + id, () => held).catch(() => {})
    return () => {
      letGo()
      onPageHide()
    }
  }
  const timer = setInterval(() => markLive(id), HEARTBEAT_MS)
  ;(timer as { unref?: () => void }).unref?.()
  return () => {
    clearInterval(timer)
    onPageHide()
  }
}

// A duplicated tab (the browser's "Duplicate", `window.open`) starts with a copy of its
// opener's sessionStorage, so the same id would be live twice. An id found live in
// localStorage is taken by another tab: this page takes a new one. A mark left by a crash
// only costs a new id; the old tab's draft is then offered as another tab's once it is gone.
function claimSession(candidate: string | null): string {
  const live = localStore()
  let id = candidate
  try {
    if (id === null || (live && live.getItem(LIVE_PREFIX + id) !== null)) id = randomId()
  } catch {
    // localStorage refused: duplicates cannot be told apart; each keeps the copied id
    id ??= randomId()
  }
  releaseClaim?.()
  releaseClaim = null
  pageSession = id
  releaseClaim = hold(id)
  return id
}

/**
 * This tab's editing-session id. Kept in sessionStorage, which is per tab and survives a
 * reload, so a reloaded tab finds its own drafts; a duplicated tab gets an id of its own.
 * Without sessionStorage, one id per page.
 */
export function currentDraftSession(): string {
  let stored: string | null = null
  try {
    stored = globalThis.sessionStorage?.getItem(SESSION_KEY) ?? null
  } catch {
    // sessionStorage refused (sandboxed iframe, privacy mode): a page-long id
  }
  if (pageSession !== null && (stored === pageSession || stored === null)) return pageSession
  const id = claimSession(stored)
  try {
    globalThis.sessionStorage?.setItem(SESSION_KEY, id)
  } catch {
    // as above
  }
  return id
}

/**
 * Which editing sessions are open now, in any tab of this browser: by the Web Locks they hold,
 * else by a heartbeat newer than `STALE_AFTER_MS`. Resolves to a predicate over session ids.
 */
export async function liveDraftSessions(): Promise<(session: string) => boolean> {
  const locks = lockManager()
  if (locks) {
    try {
      const { held = [] } = await locks.query()
      const names = new Set(held.map((lock) => lock.name))
      return (session) => names.has(LOCK_PREFIX + session)
    } catch {
      // the lock manager refused: fall back to the heartbeats
    }
  }
  const live = localStore()
  const now = Date.now()
  return (session) => {
    try {
      const at = Number(live?.getItem(LIVE_PREFIX + session) ?? Number.NaN)
      return Number.isFinite(at) && now - at < STALE_AFTER_MS
    } catch {
      return false
    }
  }
}
