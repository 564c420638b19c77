import { mkdirSync } from 'node:fs'
import type { Browser, BrowserContext, Page } from 'playwright-core'
import { startDemo } from '../../demo/start'
import { reset, TEST_RESET_TOKEN, TEST_SCRYPT_COST } from '../server/helpers'
import { launchChromium } from './browser'

// Never lose typed text, in a real browser: two tabs of one person, reloads, closing the
// resolver, leaving the page, discarding, going offline mid-save.
const shots = 'test-results/e2e'
let base = ''
let browser: Browser
let stop: Array<() => Promise<void>> = []

beforeAll(async () => {
  mkdirSync(shots, { recursive: true })
  const demo = await startDemo({
    port: 0,
    build: true,
    quiet: true,
    scryptCost: TEST_SCRYPT_COST,
    resetToken: TEST_RESET_TOKEN,
  })
  base = demo.url
  const chromium = await launchChromium()
  browser = chromium.browser
  stop = [chromium.close, demo.close]
})

afterAll(async () => {
  for (const close of stop) await close()
})

let contexts: BrowserContext[] = []
beforeEach(async () => {
  await reset(base)
})
afterEach(async () => {
  for (const context of contexts) await context.close()
  contexts = []
})

type Doc = { title: string; body: string; version: number }
const DOC = 'onboarding-guide'
const apiDoc = async (): Promise<Doc> =>
  (await (await fetch(`${base}/api/docs/${DOC}`)).json()) as Doc

/** One person's browser: tabs opened from it share localStorage, each has its own session. */
async function browserOfOnePerson(): Promise<BrowserContext> {
  const context = await browser.newContext({ viewport: { width: 1200, height: 900 } })
  contexts.push(context)
  return context
}

async function tab(context: BrowserContext): Promise<Page> {
  const page = await context.newPage()
  page.on('pageerror', (error) => {
    throw error
  })
  await page.goto(`${base}/docs/${DOC}`)
  await page.getByLabel('Title').waitFor()
  return page
}

/** Leaves the page when the browser asks "Leave site?", and counts that it asked. */
function acceptLeaving(page: Page) {
  const asked: string[] = []
  page.on('dialog', (dialog) => {
    asked.push(dialog.type())
    void dialog.accept()
  })
  return asked
}

const saveButton = (page: Page) => page.getByRole('button', { name: 'Save', exact: true })
const focusedTag = (page: Page) => page.evaluate(() => document.activeElement?.tagName ?? null)

async function simulateColleague(field: 'title' | 'body', text: string) {
  const res = await fetch(`${base}/api/docs/${DOC}/simulate-edit`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ field, text }),
  })
  if (!res.ok) throw new Error(`simulate-edit answered ${res.status}`)
}

describe('drafts: two tabs of one person', () => {
  it("a save in tab 1 leaves tab 2's draft, offered back after tab 2 reloads, as a conflict", async () => {
    const context = await browserOfOnePerson()
    const tab1 = await tab(context)
    const tab2 = await tab(context)
    await tab2.getByLabel('Title').fill('Title typed in tab 2')
    await tab1.getByLabel('Title').fill('Title saved in tab 1')
    await saveButton(tab1).click()
    await tab1.getByText(/Saved · version 2/).waitFor()

    const asked = acceptLeaving(tab2)
    await tab2.reload()
    expect(asked).toEqual(['beforeunload'])
    await tab2.getByText('You have unsaved changes from earlier in this tab.').waitFor()
    await tab2.getByText(/changed since/).waitFor()
    await tab2.getByRole('button', { name: 'Restore my changes' }).click()
    expect(await focusedTag(tab2)).toBe('INPUT')
    expect(await tab2.getByLabel('Title').inputValue()).toBe('Title typed in tab 2')
    await tab2.locator('.ck-StaleBanner').waitFor()
    await tab2.screenshot({ path: `${shots}/drafts-restored-stale.png` })

    await saveButton(tab2).click()
    const dialog = tab2.getByRole('dialog')
    // word-level marks split the side's text into pieces; the side reads as saved
    await dialog
      .locator('[data-side="theirs"]')
      .filter({ hasText: 'Title saved in tab 1' })
      .waitFor()
    await dialog.getByRole('button', { name: 'Keep mine', exact: true }).click()
    await dialog.getByRole('button', { name: 'Save resolved version' }).click()
    await tab2.getByText(/Saved · version 3/).waitFor()
    expect((await apiDoc()).title).toBe('Title typed in tab 2')
  })

  it('typing while the restore offer is on screen is stored; after another reload both come back', async () => {
    const context = await browserOfOnePerson()
    const page = await tab(context)
    acceptLeaving(page)
    await page.getByLabel('Title').fill('Earlier title')
    await page.reload()
    await page.getByText('You have unsaved changes from earlier in this tab.').waitFor()
    // The person ignores the offer, as people do with banners, and types in the text.
    const body = await page.getByLabel('Text').inputValue()
    await page.getByLabel('Text').fill(`${body}\nTyped while the offer showed.\n`)
    await page.reload()
    await page.getByText('You have unsaved changes from earlier in this tab.').waitFor()
    await page.getByRole('button', { name: 'Restore my changes' }).click()
    expect(await page.getByLabel('Text').inputValue()).toContain('Typed while the offer showed.')
    // The earlier draft was kept beside it, and is offered next; the two do not overlap.
    await page.getByText('More unsaved changes of yours were kept aside in this tab.').waitFor()
    await page.getByRole('button', { name: 'Restore these too' }).click()
    expect(await page.getByLabel('Title').inputValue()).toBe('Earlier title')
    expect(await page.getByLabel('Text').inputValue()).toContain('Typed while the offer showed.')
  })

  it('Restore over newer overlapping typing keeps that typing as the next offer', async () => {
    const context = await browserOfOnePerson()
    const page = await tab(context)
    acceptLeaving(page)
    await page.getByLabel('Title').fill('Earlier title')
    await page.reload()
    await page.getByText('You have unsaved changes from earlier in this tab.').waitFor()
    await page.getByLabel('Title').fill('Newer title')
    await page.getByRole('button', { name: 'Restore my changes' }).click()
    expect(await page.getByLabel('Title').inputValue()).toBe('Earlier title')
    await page.getByText('More unsaved changes of yours were kept aside in this tab.').waitFor()
    await page.getByRole('button', { name: 'Restore these too' }).click()
    expect(await page.getByLabel('Title').inputValue()).toBe('Newer title')
  })

  it("signing out in one tab asks about another tab's unsaved work; that tab stops storing and says so", async () => {
    const context = await browserOfOnePerson()
    const tab1 = await tab(context)
    const tab2 = await tab(context)
    await tab2.getByLabel('Title').fill('Unsaved in tab 2')
    const asked: string[] = []
    tab1.on('dialog', (dialog) => {
      asked.push(dialog.message())
      void dialog.accept()
    })
    await tab1.getByRole('button', { name: 'Sign out' }).click()
    await expect.poll(() => asked.length).toBe(1)
    expect(asked[0]).toMatch(/unsaved changes/)
    await tab2.getByText(/You were signed out in another tab/).waitFor()
    // The text stays on screen, and nothing more is stored for the person who left.
    expect(await tab2.getByLabel('Title').inputValue()).toBe('Unsaved in tab 2')
    await tab2.getByLabel('Title').fill('Typed after the sign-out')
    const stored = await tab2.evaluate(() =>
      Object.keys(localStorage).filter(
        (key) => key.startsWith('ck:draft:') && key.includes('"Alice"'),
      ),
    )
    expect(stored).toEqual([])
  })

  it('a tab opened from another (sessionStorage copied) still keeps a draft of its own', async () => {
    const context = await browserOfOnePerson()
    const opener = await tab(context)
    const opened = context.waitForEvent('page')
    // window.open without noopener copies the opener's sessionStorage, like "Duplicate tab".
    await opener.evaluate((url) => void window.open(url), `${base}/docs/${DOC}`)
    const copy = await opened
    await copy.getByLabel('Title').waitFor()
    const session = (page: Page) => page.evaluate(() => sessionStorage.getItem('ck:draft-session'))
    expect(await session(copy)).not.toBe(await session(opener))

    await copy.getByLabel('Title').fill('Typed in the copy')
    await opener.getByLabel('Title').fill('Saved in the opener')
    await saveButton(opener).click()
    await opener.getByText(/Saved · version 2/).waitFor()
    acceptLeaving(copy)
    await copy.reload()
    await copy.getByText('You have unsaved changes from earlier in this tab.').waitFor()
  })

  it('a tab still open keeps its draft to itself; closed with unsaved work, it leaves it for the next tab', async () => {
    const context = await browserOfOnePerson()
    const first = await tab(context)
    const body = await first.getByLabel('Text').inputValue()
    await first.getByLabel('Text').fill(`${body}\nA paragraph nobody saved.\n`)
    // While that tab is open its draft is its own: another tab is not offered it.
    const meanwhile = await tab(context)
    await meanwhile.getByText('Editing as Alice').waitFor()
    // The offer waits on an asynchronous Web Locks query: give it time to have appeared.
    await meanwhile.waitForTimeout(1000)
    expect(await meanwhile.getByText(/You have unsaved changes/).count()).toBe(0)
    expect(await meanwhile.getByLabel('Text').inputValue()).toBe(body)
    await meanwhile.close()

    const asked = acceptLeaving(first)
    await first.close({ runBeforeUnload: true })
    await expect.poll(() => asked).toEqual(['beforeunload'])
    await expect.poll(() => first.isClosed()).toBe(true)

    const next = await tab(context)
    await next.getByText('You have unsaved changes from another tab or an earlier visit.').waitFor()
    await next.getByRole('button', { name: 'Restore my changes' }).click()
    expect(await next.getByLabel('Text').inputValue()).toContain('A paragraph nobody saved.')
  })

  it("signing out removes that person's drafts; the next person is not offered them", async () => {
    const context = await browserOfOnePerson()
    const page = await tab(context)
    await page.getByText('Editing as Alice').waitFor()
    await page.getByLabel('Title').fill('Alice private draft')
    const stored = () => page.evaluate(() => JSON.stringify({ ...localStorage }))
    expect(await stored()).toContain('Alice private draft')

    // Signing out would throw the typed text away: it asks, and staying keeps everything.
    const answers = [false, true]
    const asked: string[] = []
    page.on('dialog', (dialog) => {
      asked.push(dialog.message())
      void (answers.shift() ? dialog.accept() : dialog.dismiss())
    })
    await page.getByRole('button', { name: 'Sign out' }).click()
    await expect.poll(() => asked.length).toBe(1)
    expect(asked[0]).toMatch(/discard your unsaved changes/)
    await page.getByText('Editing as Alice').waitFor()
    expect(await page.getByLabel('Title').inputValue()).toBe('Alice private draft')
    expect(await stored()).toContain('Alice private draft')
    await page.getByRole('button', { name: 'Sign out' }).click()
    await page.getByRole('button', { name: 'Edit as Bob' }).waitFor()
    expect(asked).toHaveLength(2)
    expect(await stored()).not.toContain('Alice private draft')
    await page.getByRole('button', { name: 'Edit as Bob' }).click()
    await page.getByText('Editing as Bob').waitFor()
    await page.getByLabel('Title').waitFor()
    expect(await page.getByText(/You have unsaved changes/).count()).toBe(0)
    expect(await page.getByLabel('Title').inputValue()).not.toBe('Alice private draft')
  })

  it("one person's draft is never offered to another, even without a sign-out", async () => {
    const context = await browserOfOnePerson()
    const alice = await tab(context)
    await alice.getByLabel('Title').fill('Only for Alice')
    acceptLeaving(alice)
    await alice.close({ runBeforeUnload: true })
    await expect.poll(() => alice.isClosed()).toBe(true)

    // Bob takes over the browser: the app switches its signed-in person.
    const bob = await context.newPage()
    await bob.goto(`${base}/`)
    await bob.evaluate(() => localStorage.setItem('northwind:editor', 'Bob'))
    await bob.goto(`${base}/docs/${DOC}`)
    await bob.getByText('Editing as Bob').waitFor()
    await bob.getByLabel('Title').waitFor()
    expect(await bob.getByText(/You have unsaved changes/).count()).toBe(0)
  })
})

describe('drafts: no dead ends, no instant loss', () => {
  it('closing the resolver leaves a visible way back; Save reopens it too', async () => {
    const context = await browserOfOnePerson()
    const page = await tab(context)
    await page.getByLabel('Title').fill('Mine')
    await simulateColleague('title', 'Theirs')
    await saveButton(page).click()
    const dialog = page.getByRole('dialog')
    await dialog.waitFor()
    await page.keyboard.press('Escape')
    await dialog.waitFor({ state: 'detached' })
    expect(await focusedTag(page)).not.toBe('BODY')
    const back = page.getByRole('button', { name: 'Resolve conflict' })
    await back.waitFor()
    await page.screenshot({ path: `${shots}/drafts-conflict-closed.png` })

    await saveButton(page).click()
    await dialog.waitFor()
    await page.keyboard.press('Escape')
    await dialog.waitFor({ state: 'detached' })
    await back.click()
    await dialog.getByRole('button', { name: 'Keep mine', exact: true }).click()
    await dialog.getByRole('button', { name: 'Save resolved version' }).click()
    await page.getByText(/Saved · version/).waitFor()
    expect(await focusedTag(page)).not.toBe('BODY')
    expect((await apiDoc()).title).toBe('Mine')
  })

  it('discarding can be undone, and focus stays on the page controls', async () => {
    const context = await browserOfOnePerson()
    const page = await tab(context)
    await page.getByLabel('Title').fill('Worth keeping')
    await page.getByRole('button', { name: 'Discard my changes' }).click()
    await page.getByText('Your changes were discarded.').waitFor()
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Undo')
    await page.keyboard.press('Enter')
    expect(await page.getByLabel('Title').inputValue()).toBe('Worth keeping')
    expect(await focusedTag(page)).toBe('INPUT')
  })

  it('the stale banner shows no version, and its reload can be undone with focus kept', async () => {
    const context = await browserOfOnePerson()
    const page = await tab(context)
    await page.getByLabel('Title').fill('Mine while they edit')
    await page.getByRole('button', { name: 'Simulate a colleague’s edit' }).click()
    const banner = page.locator('.ck-StaleBanner')
    await banner.waitFor()
    const etag = await page.evaluate(
      async (url) => (await fetch(url)).headers.get('etag'),
      `${base}/api/docs/${DOC}`,
    )
    expect(etag).toBeTruthy()
    expect(await banner.textContent()).not.toContain(etag!.replace(/^W\//, '').replaceAll('"', ''))
    expect(await banner.textContent()).not.toMatch(/"|W\//)
    // The server says who wrote the newer version; the banner names them.
    expect(await banner.textContent()).toContain('Changed by Priya since you started editing.')
    await banner.getByRole('button', { name: 'Reload (discard my changes)' }).click()
    await page.getByText('Your changes were discarded.').waitFor()
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Undo')
    await page.keyboard.press('Enter')
    expect(await page.getByLabel('Title').inputValue()).toBe('Mine while they edit')
  })

  it('offline mid-save says it was not saved, keeps the draft, and saves on retry', async () => {
    const context = await browserOfOnePerson()
    const page = await tab(context)
    await page.getByLabel('Title').fill('Written on a train')
    await context.setOffline(true)
    await saveButton(page).click()
    const alert = page.getByRole('alert')
    await alert.getByText(/Not saved/).waitFor()
    await alert
      .getByText(
        'Your changes are kept on this device. They are sent again by themselves when the connection returns.',
      )
      .waitFor()
    await page.screenshot({ path: `${shots}/drafts-offline.png` })
    expect(await page.getByLabel('Title').inputValue()).toBe('Written on a train')
    expect((await apiDoc()).title).not.toBe('Written on a train')

    await context.setOffline(false)
    // The connection coming back sends the save again; Save is not needed.
    await page.getByText(/Saved · version 2/).waitFor()
    expect((await apiDoc()).title).toBe('Written on a train')
  })

  it('asks before leaving only while work is unsaved', async () => {
    const context = await browserOfOnePerson()
    const page = await tab(context)
    const asked = acceptLeaving(page)
    await page.getByLabel('Title').fill('Saved before leaving')
    await saveButton(page).click()
    await page.getByText(/Saved · version 2/).waitFor()
    await page.close({ runBeforeUnload: true })
    await expect.poll(() => page.isClosed()).toBe(true)
    expect(asked).toEqual([])
  })
})
