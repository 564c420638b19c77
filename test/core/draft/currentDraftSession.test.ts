/** @vitest-environment jsdom */
// One id per tab. Each "page" here is a fresh import of the module over the same storages, as
// a reload or a duplicated tab would load it.
type SessionModule = typeof import('../../../src/core/draft/draftSession')
const loadPage = async (): Promise<SessionModule> => {
  vi.resetModules()
  return import('../../../src/core/draft/draftSession')
}
const leave = (persisted = false) =>
  window.dispatchEvent(new PageTransitionEvent('pagehide', { persisted }))

beforeEach(() => {
  sessionStorage.clear()
  localStorage.clear()
})

describe('currentDraftSession', () => {
  it('is the same id for the whole page and after a reload', async () => {
    const first = await loadPage()
    const id = first.currentDraftSession()
    expect(first.currentDraftSession()).toBe(id)
    leave() // the reload unloads the page first
    const reloaded = await loadPage()
    expect(reloaded.currentDraftSession()).toBe(id)
  })

  it('gives a duplicated tab (a copy of sessionStorage, the original still open) its own id', async () => {
    const original = (await loadPage()).currentDraftSession()
    // The duplicate starts with the original's sessionStorage; the original never left.
    const duplicate = (await loadPage()).currentDraftSession()
    expect(duplicate).not.toBe(original)
    expect(sessionStorage.getItem('ck:draft-session')).toBe(duplicate)
  })

  it('keeps the id of a page that comes back from the back-forward cache', async () => {
    const page = await loadPage()
    const id = page.currentDraftSession()
    leave(true)
    expect(localStorage.getItem(`ck:draft-live:${id}`)).toBeNull()
    window.dispatchEvent(new PageTransitionEvent('pageshow', { persisted: true }))
    expect(localStorage.getItem(`ck:draft-live:${id}`)).not.toBeNull()
  })
})

describe('liveDraftSessions', () => {
  it('without Web Locks: a session is open while its heartbeat is fresh, gone once closed or silent', async () => {
    const page = await loadPage()
    const id = page.currentDraftSession()
    localStorage.setItem('ck:draft-live:crashed', String(Date.now() - page.STALE_AFTER_MS - 1))
    localStorage.setItem('ck:draft-live:beating', String(Date.now() - 1000))
    const isLive = await page.liveDraftSessions()
    expect([id, 'beating', 'crashed', 'never-seen'].map(isLive)).toEqual([true, true, false, false])
    leave() // this tab closes
    expect((await page.liveDraftSessions())(id)).toBe(false)
  })

  it('without Web Locks: the heartbeat keeps an open tab fresh', async () => {
    vi.useFakeTimers()
    try {
      const page = await loadPage()
      const id = page.currentDraftSession()
      vi.advanceTimersByTime(page.STALE_AFTER_MS * 2)
      expect((await page.liveDraftSessions())(id)).toBe(true)
    } finally {
      vi.useRealTimers()
    }
  })

  it('with Web Locks: holds a lock for the page and asks the lock manager who holds one', async () => {
    const held = new Map<string, Promise<unknown>>()
    const locks = {
      request: vi.fn<(name: string, callback: () => Promise<unknown>) => Promise<unknown>>(
        (name: string, callback: () => Promise<unknown>) => {
          const life = callback()
          held.set(name, life)
          void life.then(() => held.delete(name))
          return life
        },
      ),
      query: vi.fn<() => Promise<{ held: { name: string }[] }>>(async () => ({
        held: [...held.keys()].map((name) => ({ name })),
      })),
    }
    Object.defineProperty(navigator, 'locks', { value: locks, configurable: true })
    try {
      const page = await loadPage()
      const id = page.currentDraftSession()
      expect(locks.request).toHaveBeenCalledWith(`ck:draft-session:${id}`, expect.any(Function))
      // A stale heartbeat does not matter: the lock is the authority.
      localStorage.setItem(`ck:draft-live:${id}`, '0')
      const isLive = await page.liveDraftSessions()
      expect([isLive(id), isLive('closed-tab')]).toEqual([true, false])
      // The page takes a new id (its sessionStorage was changed): the old lock is let go.
      sessionStorage.setItem('ck:draft-session', 'another')
      expect(page.currentDraftSession()).toBe('another')
      await Promise.resolve()
      expect((await page.liveDraftSessions())(id)).toBe(false)
    } finally {
      Reflect.deleteProperty(navigator, 'locks')
    }
  })
})
