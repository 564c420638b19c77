import { mkdirSync } from 'node:fs'
import type { Browser, Page } from 'playwright-core'
import { reset } from '../server/helpers'
import { launchChromium } from './browser'
import { startTestDemo } from './testDemo'

const shots = 'test-results/e2e'
let base = ''
let browser: Browser
let stop: Array<() => Promise<void>> = []

beforeAll(async () => {
  mkdirSync(shots, { recursive: true })
  const demo = await startTestDemo()
  base = demo.url
  const chromium = await launchChromium()
  browser = chromium.browser
  stop = [chromium.close, demo.close]
})

afterAll(async () => {
  for (const close of stop) await close()
})

beforeEach(async () => {
  await reset(base)
})

type Doc = { id: string; title: string; tags: string[]; body: string; version: number }
const DOC = 'onboarding-guide'

async function apiDoc(id = DOC): Promise<Doc> {
  return (await (await fetch(`${base}/api/docs/${id}`)).json()) as Doc
}

/** A person in their own browser profile (own storage, own drafts). */
async function person(): Promise<Page> {
  const context = await browser.newContext({ viewport: { width: 1200, height: 900 } })
  const page = await context.newPage()
  page.on('pageerror', (error) => {
    throw error
  })
  return page
}

async function openDoc(page: Page, id = DOC) {
  await page.goto(`${base}/docs/${id}`)
  await page.getByLabel('Title').waitFor()
}

async function save(page: Page) {
  await page.getByRole('button', { name: 'Save', exact: true }).click()
}

describe('documents: two people edit at once', () => {
  it('merges disjoint edits, and the database holds both', async () => {
    const alice = await person()
    const bob = await person()
    await openDoc(alice)
    await openDoc(bob)
    await alice.getByLabel('Title').fill('Onboarding guide (2027 edition)')
    const body = await bob.getByLabel('Text').inputValue()
    await bob.getByLabel('Text').fill(`${body}\nBob: bring your own mug.\n`)
    await save(alice)
    await alice.getByText(/Saved · version/).waitFor()
    await save(bob)
    // a clean merge does not interrupt: a non-modal notice held for one click
    const notice = bob.getByRole('region', { name: 'Merged cleanly' })
    await notice.waitFor()
    expect(await bob.getByRole('dialog').count()).toBe(0)
    await bob.screenshot({ path: `${shots}/clean-merge.png` })
    await notice.getByRole('button', { name: 'Save merged version' }).click()
    await bob.getByText(/Saved · version/).waitFor()
    const stored = await apiDoc()
    expect(stored.title).toBe('Onboarding guide (2027 edition)')
    expect(stored.body).toContain('Bob: bring your own mug.')
    expect(stored.version).toBe(3)
  })

  it('saves a clean merge at once when asked to, and its undo brings it back for review', async () => {
    const alice = await person()
    const bob = await person()
    await openDoc(alice)
    await openDoc(bob)
    await bob.getByLabel('Save clean merges without asking').check()
    await alice.getByLabel('Title').fill('Onboarding guide (saved by Alice)')
    const body = await bob.getByLabel('Text').inputValue()
    await bob.getByLabel('Text').fill(`${body}\nBob: the kitchen is on floor 2.\n`)
    await save(alice)
    await alice.getByText(/Saved · version/).waitFor()
    await save(bob)
    // Stored without a question: both edits are in the database, and a non-modal notice says so.
    const notice = bob.getByRole('region', { name: 'Saved, with their changes merged' })
    await notice.waitFor()
    expect(await bob.getByRole('dialog').count()).toBe(0)
    const merged = await apiDoc()
    expect(merged.title).toBe('Onboarding guide (saved by Alice)')
    expect(merged.body).toContain('Bob: the kitchen is on floor 2.')
    expect(merged.version).toBe(3)
    await bob.screenshot({ path: `${shots}/saved-merge.png` })

    // Undo: Alice's version is written back (conditionally), and the merge waits for review.
    await notice.getByRole('button', { name: 'Undo merge' }).click()
    const held = bob.getByRole('region', { name: 'Merged cleanly' })
    await held.waitFor()
    const undone = await apiDoc()
    expect(undone.version).toBe(4)
    expect(undone.title).toBe('Onboarding guide (saved by Alice)')
    expect(undone.body).not.toContain('Bob: the kitchen is on floor 2.')
    // Focus moved to the held merge's Save, not to the page body.
    const focused = await bob.evaluate(() => document.activeElement?.textContent ?? '<body>')
    expect(focused).toBe('Save merged version')
    await bob.keyboard.press('Enter')
    await bob.getByText(/Saved · version 5/).waitFor()
    const stored = await apiDoc()
    expect(stored.title).toBe('Onboarding guide (saved by Alice)')
    expect(stored.body).toContain('Bob: the kitchen is on floor 2.')
  })

  it('shows overlapping edits side by side and stores what the person kept', async () => {
    const alice = await person()
    const bob = await person()
    await openDoc(alice)
    await openDoc(bob)
    await alice.getByLabel('Title').fill('Title by Alice')
    await alice.getByLabel('Tags').fill('onboarding, handbook, people, alice')
    await bob.getByLabel('Title').fill('Title by Bob')
    await save(alice)
    await alice.getByText(/Saved · version/).waitFor()
    await save(bob)
    const dialog = bob.getByRole('dialog')
    await dialog.getByText('1 conflict needs your decision').waitFor()
    await dialog.locator('[data-side="theirs"]').filter({ hasText: 'Title by Alice' }).waitFor()
    await bob.screenshot({ path: `${shots}/conflict-resolver.png` })
    const save1 = dialog.getByRole('button', { name: 'Save resolved version' })
    expect(await save1.getAttribute('aria-disabled')).toBe('true')
    // keyboard path: tab to "Keep mine" and press Space
    await dialog.getByRole('button', { name: 'Keep mine', exact: true }).focus()
    await bob.keyboard.press('Space')
    expect(await save1.getAttribute('aria-disabled')).toBeNull()
    await save1.click()
    await bob.getByText(/Saved · version/).waitFor()
    const stored = await apiDoc()
    expect(stored.title).toBe('Title by Bob')
    expect(stored.tags).toContain('alice')
  })

  it('restores the draft after a reload in the middle of a conflict', async () => {
    const bob = await person()
    await openDoc(bob)
    await bob.getByLabel('Title').fill('Bob before reload')
    await fetch(`${base}/api/docs/${DOC}/simulate-edit`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ field: 'title', text: 'Priya renamed it' }),
    })
    await save(bob)
    await bob.getByRole('dialog').waitFor()
    // Unsaved work: the browser asks before leaving; this person chooses to reload.
    bob.on('dialog', (dialog) => void dialog.accept())
    await bob.reload()
    await bob.getByText('You have unsaved changes from earlier in this tab.').waitFor()
    await bob.getByRole('button', { name: 'Restore my changes' }).click()
    expect(await bob.getByLabel('Title').inputValue()).toBe('Bob before reload')
    await save(bob)
    const dialog = bob.getByRole('dialog')
    await dialog.getByRole('button', { name: 'Keep mine', exact: true }).click()
    await dialog.getByRole('button', { name: 'Save resolved version' }).click()
    await bob.getByText(/Saved · version/).waitFor()
    expect((await apiDoc()).title).toBe('Bob before reload')
  })

  it('keeps the decisions made in the resolver across a reload mid-resolution', async () => {
    const bob = await person()
    await openDoc(bob)
    await bob.getByLabel('Title').fill('Bob decided before reload')
    await fetch(`${base}/api/docs/${DOC}/simulate-edit`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ field: 'title', text: 'Priya renamed it' }),
    })
    await save(bob)
    const before = bob.getByRole('dialog')
    await before.getByRole('button', { name: 'Keep mine', exact: true }).click()
    bob.on('dialog', (dialog) => void dialog.accept())
    await bob.reload()
    await bob.getByRole('button', { name: 'Restore my changes' }).click()
    await save(bob)
    // The same conflict comes back, with Keep mine still chosen: Save is ready at once.
    const after = bob.getByRole('dialog')
    await after.getByText('Your version · kept').waitFor()
    const kept = after.locator('button[aria-pressed="true"]', { hasText: 'Keep mine' })
    expect(await kept.count()).toBe(1)
    await after.getByRole('button', { name: 'Save resolved version' }).click()
    await bob.getByText(/Saved · version/).waitFor()
    expect((await apiDoc()).title).toBe('Bob decided before reload')
  })

  it('shows hostile text as text in the diff and the resolver', async () => {
    const hostile = '<img src=x onerror="window.pwned=1"> <script>window.pwned=2</script>'
    const current = await fetch(`${base}/api/docs/${DOC}`)
    const doc = (await current.json()) as Doc
    const put = await fetch(`${base}/api/docs/${DOC}`, {
      method: 'PUT',
      headers: {
        'content-type': 'application/json',
        'if-match': current.headers.get('etag') ?? '',
      },
      body: JSON.stringify({ ...doc, title: `Title ${hostile}` }),
    })
    expect(put.status).toBe(200)
    const bob = await person()
    let dialogs = 0
    bob.on('dialog', (d) => {
      dialogs++
      void d.dismiss()
    })
    await openDoc(bob)
    await bob.getByLabel('Title').fill('Plain title')
    await fetch(`${base}/api/docs/${DOC}/simulate-edit`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ field: 'title', text: `Theirs ${hostile}` }),
    })
    await save(bob)
    const dialog = bob.getByRole('dialog')
    // word-level marks split the text into pieces; the side as a whole reads as sent
    await dialog
      .locator('[data-side="theirs"]')
      .filter({ hasText: `Theirs ${hostile}` })
      .waitFor()
    await bob.screenshot({ path: `${shots}/hostile-text.png` })
    expect(await bob.evaluate(() => (window as { pwned?: number }).pwned)).toBeUndefined()
    expect(await bob.locator('img[src="x"]').count()).toBe(0)
    expect(dialogs).toBe(0)
  })
})

describe('signup', () => {
  it('sends a registered email to the login page, which receives the email', async () => {
    const page = await person()
    await page.goto(`${base}/signup`)
    await page.getByLabel('Email').fill('ada@example.com')
    await page.getByLabel('Password').fill('long enough password')
    await page.getByRole('button', { name: 'Create account' }).click()
    await page.getByText('An account with ada@example.com already exists.').waitFor()
    await page.screenshot({ path: `${shots}/signup-duplicate.png` })
    await page
      .locator('.ck-SignupConflictPrompt')
      .getByRole('link', { name: 'Log in', exact: true })
      .click()
    await page.getByRole('heading', { name: 'Log in' }).waitFor()
    expect(page.url()).toBe(`${base}/login`)
    expect(await page.getByLabel('Email').inputValue()).toBe('ada@example.com')
  })

  it('shows a validation error, not the duplicate prompt, for a malformed email', async () => {
    const page = await person()
    await page.goto(`${base}/signup`)
    await page.getByLabel('Email').fill('not-an-email')
    await page.getByLabel('Password').fill('long enough password')
    await page.getByRole('button', { name: 'Create account' }).click()
    await page.locator('#email-error').waitFor()
    expect(await page.getByText(/already exists/).count()).toBe(0)
    expect(await page.getByLabel('Email').getAttribute('aria-invalid')).toBe('true')
  })
})

describe('orders', () => {
  it('explains why a shipped order cannot be cancelled and shows its state', async () => {
    const page = await person()
    await page.goto(`${base}/orders`)
    const row = page.locator('li.demo-order').filter({ hasText: 'ord-1001' })
    expect(await row.locator('.demo-badge').textContent()).toBe('placed')
    await row.getByRole('button', { name: 'Simulate: warehouse ships it' }).click()
    await row.getByRole('button', { name: 'Cancel order' }).click()
    const notice = row.locator('.ck-StateConflictNotice')
    await notice.getByText('This order has already shipped').waitFor()
    await notice
      .getByText(/shipped/)
      .first()
      .waitFor()
    await page.screenshot({ path: `${shots}/order-state-conflict.png` })
    expect(await row.locator('.demo-badge').textContent()).toBe('shipped')
  })
})
