/** @vitest-environment jsdom */
// One id per tab. Each "page" here is a fresh import of the module over the same storages, as
// a reload or a duplicated tab would load it.
type SlotModule = typeof import('../../../src/core/draft/draftSlot')
const loadPage = async (): Promise<SlotModule> => {
  vi.resetModules()
  return import('../../../src/core/draft/draftSlot')
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
