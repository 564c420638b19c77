import { mkdirSync, readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import type { Browser, BrowserContext, Page } from 'playwright-core'
import { waitText } from '../../demo/src/waitText'
import { launchChromium } from './browser'
import { startTestDemo } from './testDemo'

// The demo as people meet it, in Chromium at a laptop's and a phone's width: what "Review
// changes" shows, the header on a phone, a host that shrinks the root font, the draft hint in
// the list, the offline message, the wording of waits and of one's own saves, and where focus
// goes when the control that had it is gone.
const shots = 'test-results/e2e'
const axeSource = readFileSync(
  createRequire(import.meta.url).resolve('axe-core/axe.min.js'),
  'utf8',
)
let base = ''
let browser: Browser
let reset: () => Promise<void>
let stop: Array<() => Promise<void>> = []

beforeAll(async () => {
  mkdirSync(shots, { recursive: true })
  const demo = await startTestDemo()
  base = demo.url
  reset = demo.reset
  const chromium = await launchChromium()
  browser = chromium.browser
  stop = [chromium.close, demo.close]
})

afterAll(async () => {
  for (const close of stop) await close()
})

let contexts: BrowserContext[] = []
beforeEach(async () => {
  await reset()
})
afterEach(async () => {
  for (const context of contexts) await context.close()
  contexts = []
})

const DOC = 'onboarding-guide'
const laptop = { width: 1280, height: 900 }
const phone = { width: 390, height: 844 }

async function newContext(
  viewport = laptop,
  colorScheme: 'light' | 'dark' = 'light',
): Promise<BrowserContext> {
  const context = await browser.newContext({ viewport, colorScheme })
  contexts.push(context)
  return context
}

async function openPage(context: BrowserContext, path: string): Promise<Page> {
  const page = await context.newPage()
  page.on('pageerror', (error) => {
    throw error
  })
  // Leaving with unsaved work asks; these tests leave on purpose.
  page.on('dialog', (dialog) => void dialog.accept())
  await page.goto(`${base}${path}`)
  return page
}

async function openDoc(context: BrowserContext): Promise<Page> {
  const page = await openPage(context, `/docs/${DOC}`)
  await page.getByLabel('Title').waitFor()
  return page
}

/** Priya saves one field on the server; the page hears of it as on returning to the tab. */
async function simulateColleague(page: Page, field: 'title' | 'body', text?: string) {
  const res = await fetch(`${base}/api/docs/${DOC}/simulate-edit`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ field, text }),
  })
  if (!res.ok) throw new Error(`simulate-edit answered ${res.status}`)
  await page.evaluate(() => window.dispatchEvent(new Event('visibilitychange')))
}

const apiDoc = async () =>
  (await (await fetch(`${base}/api/docs/${DOC}`)).json()) as { title: string; version: number }
const saveButton = (page: Page) => page.getByRole('button', { name: 'Save', exact: true })
const focusedElement = (page: Page) =>
  page.evaluate(() => {
    const el = document.activeElement
    return {
      tag: el?.tagName ?? null,
      name: el?.getAttribute('name') ?? null,
      text: el?.textContent ?? null,
    }
  })

/** axe with every WCAG 2.x A/AA rule, colour contrast included. */
async function expectAxeClean(page: Page, state: string) {
  await page.addScriptTag({ content: axeSource })
  const found = await page.evaluate(async () => {
    const axe = (
      window as unknown as {
        axe: {
          run: (
            ctx: Document,
            o: object,
          ) => Promise<{ violations: { id: string; nodes: { target: string[] }[] }[] }>
        }
      }
    ).axe
    const result = await axe.run(document, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] },
    })
    return result.violations.map(
      (v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
    )
  })
  expect({ state, found }).toEqual({ state, found: [] })
}

/** Own edit at the end of the text, a colleague's on the first prose line, then Review. */
async function openReview(page: Page) {
  const body = page.getByLabel('Text')
  await body.fill(`${await body.inputValue()}\nA line only I wrote.\n`)
  await simulateColleague(page, 'body')
  const banner = page.locator('.ck-StaleBanner')
  await banner.waitFor()
  await banner.getByRole('button', { name: 'Review changes' }).click()
  const review = page.getByRole('region', { name: 'What Priya changed', exact: true })
  await review.locator('.ck-DiffView[data-state="ready"]').waitFor()
  return review
}

describe('Review changes shows what the colleague changed', () => {
  for (const [name, viewport] of [
    ['1280', laptop],
    ['390', phone],
  ] as const) {
    it(`from the version the person started on to theirs, both columns within the view at ${name} px`, async () => {
      const page = await openDoc(await newContext(viewport))
      const review = await openReview(page)
      const diff = review.locator('.ck-DiffView')
      await diff.getByText('When you started').waitFor()
      await diff.getByText('Saved by Priya').waitFor()
      // The colleague's line is the change; the person's own line is no part of it.
      const inserted = diff.locator('[data-side="modified"][data-change="insert"]')
      expect(await inserted.allTextContents()).toEqual([
        expect.stringContaining('Priya confirmed this with the team.'),
      ])
      expect(await diff.textContent()).not.toContain('A line only I wrote.')

      const fit = await diff.evaluate((root) => {
        const scroller = root.querySelector('.ck-DiffView-scroller') as HTMLElement
        const box = scroller.getBoundingClientRect()
        const cells = [...root.querySelectorAll('[data-side="modified"]')].map((el) =>
          el.getBoundingClientRect(),
        )
        return {
          sideways: scroller.scrollWidth - scroller.clientWidth,
          scrollerRight: box.right,
          cellsRight: Math.max(...cells.map((c) => c.right)),
          cells: cells.length,
          pageSideways: document.documentElement.scrollWidth - window.innerWidth,
        }
      })
      expect(fit.cells).toBeGreaterThan(2)
      expect(fit.sideways).toBeLessThanOrEqual(0)
      expect(fit.cellsRight).toBeLessThanOrEqual(fit.scrollerRight + 0.5)
      expect(fit.pageSideways).toBeLessThanOrEqual(0)
      await review.screenshot({ path: `${shots}/demo-review-${name}.png` })
      await expectAxeClean(page, `review at ${name} px`)
    })
  }

  it('lists a changed title and tags beside the text', async () => {
    const page = await openDoc(await newContext())
    await page.getByLabel('Text').fill('My own text.\n')
    await simulateColleague(page, 'title', 'Onboarding, reviewed')
    await page.locator('.ck-StaleBanner').waitFor()
    await page.getByRole('button', { name: 'Review changes' }).click()
    const review = page.getByRole('region', { name: 'What Priya changed', exact: true })
    expect(await review.locator('dd').textContent()).toMatch(
      /was Onboarding guide for new engineers.*now Onboarding, reviewed/,
    )
    // Only the title changed on their side: no text diff, and nothing of the person's own.
    expect(await review.locator('.ck-DiffView').count()).toBe(0)
    expect(await review.textContent()).not.toContain('My own text.')
  })
})

describe('the stale banner says what is true', () => {
  it('"Saving merges" only when the edits do not overlap; otherwise it says there is a choice', async () => {
    const page = await openDoc(await newContext())
    const banner = page.locator('.ck-StaleBanner')
    const body = page.getByLabel('Text')
    const lines = (await body.inputValue()).split('\n')
    // Apart: the person edits the last line, the colleague the first prose line.
    await body.fill([...lines.slice(0, -2), 'My closing line.', ''].join('\n'))
    await simulateColleague(page, 'body')
    await banner.waitFor()
    expect(await banner.textContent()).toContain(
      'Changed by Priya since you started editing. Saving merges your changes with theirs.',
    )
    // Now the person rewrites the very line the colleague changed.
    const now = (await body.inputValue()).split('\n')
    const prose = now.findIndex((l, i) => i > 0 && l.trim() !== '' && !l.startsWith('#'))
    now[prose] = 'My rewrite of the welcome line.'
    await body.fill(now.join('\n'))
    await expect
      .poll(() => banner.textContent())
      .toContain('touch the same part: saving shows both so you can choose what to keep.')
    expect(await banner.textContent()).not.toContain('Saving merges')
  })

  it("names no one for the person's own save in another tab", async () => {
    const context = await newContext()
    const mine = await openDoc(context)
    const other = await openDoc(context)
    await mine.getByLabel('Text').fill('Typed here.\n')
    await other.getByLabel('Title').fill('Saved from my other tab')
    await saveButton(other).click()
    await other.getByText(/Saved · version 2/).waitFor()
    const banner = mine.locator('.ck-StaleBanner')
    await banner.waitFor()
    const text = await banner.textContent()
    expect(text).toContain('You saved a newer version in another tab or on another device')
    expect(text).not.toContain('Changed by Alice')
  })
})

describe('phone width', () => {
  it('the header fits 390 px: Sign out is on screen, nothing scrolls sideways', async () => {
    const page = await openDoc(await newContext(phone))
    const signOut = page.getByRole('button', { name: 'Sign out' })
    const box = (await signOut.boundingBox())!
    expect(box.x).toBeGreaterThanOrEqual(0)
    expect(box.x + box.width).toBeLessThanOrEqual(phone.width)
    const widths = await page.evaluate(() => ({
      header: document.querySelector('.demo-header')!.scrollWidth,
      page: document.documentElement.scrollWidth,
    }))
    expect(widths).toEqual({ header: phone.width, page: phone.width })
    await page.locator('.demo-header').screenshot({ path: `${shots}/demo-header-390.png` })
  })
})

describe('a host with html { font-size: 62.5% }', () => {
  it('leaves every text of the kit at 12 px or more', async () => {
    const page = await openDoc(await newContext())
    await page.addStyleTag({ content: 'html { font-size: 62.5% }' })
    await openReview(page)
    // The resolver too: save into the conflict.
    await page.getByLabel('Text').fill('Mine, on the line they changed.\n')
    await saveButton(page).click()
    await page.getByRole('dialog').waitFor()
    const sizes = await page.evaluate(() => {
      const kit = document.querySelectorAll(
        ':is(.ck-StaleBanner, .ck-DiffView, .ck-ConflictResolver) *',
      )
      const found: Record<string, number> = {}
      for (const el of kit) {
        const own = [...el.childNodes].some((n) => n.nodeType === 3 && n.textContent!.trim())
        if (!own || !(el as HTMLElement).offsetParent) continue
        const px = parseFloat(getComputedStyle(el).fontSize)
        const key = `${el.tagName.toLowerCase()}.${el.className}`
        found[key] = Math.min(found[key] ?? Infinity, px)
      }
      return found
    })
    expect(Object.keys(sizes).length).toBeGreaterThan(10)
    const small = Object.entries(sizes).filter(([, px]) => px < 12)
    expect(small).toEqual([])
  })
})

describe('drafts in the document list', () => {
  it('marks a document with unsaved changes, and only until they are saved', async () => {
    const context = await newContext()
    const page = await openDoc(context)
    await page.getByLabel('Title').fill('Half-written title')
    await page.getByRole('link', { name: 'Documents' }).first().click()
    const row = page.locator('.demo-doclist li').filter({ hasText: 'Onboarding guide' })
    await row.getByText('Unsaved changes').waitFor()
    expect(await page.locator('.demo-doclist li').getByText('Unsaved changes').count()).toBe(1)
    await expectAxeClean(page, 'document list with a draft')

    await row.getByRole('link').click()
    await page.getByText('You have unsaved changes from earlier in this tab.').waitFor()
    await page.getByRole('button', { name: 'Restore my changes' }).click()
    await saveButton(page).click()
    await page.getByText(/Saved · version 2/).waitFor()
    await page.getByRole('link', { name: 'Documents' }).first().click()
    await page.locator('.demo-doclist li').first().waitFor()
    expect(await page.getByText('Unsaved changes').count()).toBe(0)
  })
})

describe('offline', () => {
  it("says what happened in people's words and saves by itself when the connection returns", async () => {
    const context = await newContext()
    const page = await openDoc(context)
    await page.getByLabel('Title').fill('Written on a train')
    await context.setOffline(true)
    await saveButton(page).click()
    const alert = page.getByRole('alert')
    await alert.getByText(/Not saved/).waitFor()
    const text = (await alert.textContent())!
    expect(text).toContain('Could not reach the server.')
    expect(text).toContain('sent again by themselves when the connection returns')
    expect(text).not.toMatch(/Failed to fetch|NetworkError|TypeError/)
    await page.screenshot({ path: `${shots}/demo-offline.png` })

    // No click: the connection coming back sends it.
    await context.setOffline(false)
    await page.getByText(/Saved · version 2/).waitFor()
    expect(await page.getByRole('alert').count()).toBe(0)
    expect((await apiDoc()).title).toBe('Written on a train')
  })
})

describe('login and reset', () => {
  it('shows a pending state while logging in, with focus kept on the button', async () => {
    const page = await openPage(await newContext(), '/login')
    let release = () => {}
    const held = new Promise<void>((resolve) => (release = resolve))
    await page.route('**/api/login', async (route) => {
      await held
      await route.continue()
    })
    await page.getByLabel('Email').fill('ada@example.com')
    await page.getByLabel('Password').fill('wrong password')
    await page.getByRole('button', { name: 'Log in' }).click()
    const button = page.getByRole('button', { name: 'Logging in…' })
    await button.waitFor()
    expect(await button.getAttribute('aria-disabled')).toBe('true')
    expect((await focusedElement(page)).tag).toBe('BUTTON')
    release()
    await page.getByText('That email and password do not match.').waitFor()
    expect((await focusedElement(page)).tag).toBe('BUTTON')
  })

  it('says a wait in words that fit it: seconds for a short one, minutes for a long one', async () => {
    const page = await openPage(await newContext(), '/login')
    await page.getByLabel('Email').fill('ada@example.com')
    await page.getByLabel('Password').fill('wrong password')
    const message = page.locator('output.demo-message')
    // Ten failures are free; the next try waits (a short, doubling wait).
    for (let i = 0; i < 11; i++) {
      await page.getByRole('button', { name: 'Log in' }).click()
      await message.waitFor()
    }
    await page.getByText(/^Too many attempts\. Try again in (1 second|\d+ seconds)\.$/).waitFor()
    // Long waits (the signup limit's 15-minute window) read in minutes.
    expect(waitText(889_000)).toBe('15 minutes')
    expect(waitText(1_000)).toBe('1 second')
    expect(waitText(30_000)).toBe('30 seconds')
    expect(waitText(61_000)).toBe('2 minutes')
    expect(waitText(3_600_000)).toBe('1 hour')
    expect(waitText(5_460_000)).toBe('1 hour 31 minutes')
  })

  it('signup: a wait in minutes; offline, a word that it waits for the connection', async () => {
    const context = await newContext()
    const page = await openPage(context, '/signup')
    await page.getByLabel('Email').fill('ada@example.com')
    await page.getByLabel('Password').fill('long enough password')
    const create = page.getByRole('button', { name: 'Create account' })
    // The default limit is 10 signups per address per window.
    for (let i = 0; i < 10; i++) {
      await create.click()
      await page.locator('.ck-SignupConflictPrompt').waitFor()
    }
    await create.click()
    const alert = page.getByRole('alert').filter({ hasText: 'Too many attempts' })
    await alert.waitFor()
    expect(await alert.textContent()).toMatch(/^Too many attempts\. Try again in 1[45] minutes\./)
    expect(await alert.textContent()).not.toContain('seconds')

    await page.getByLabel('Email').fill('someone.new@example.com')
    await context.setOffline(true)
    await create.click()
    // Offline, the signup waits for the connection (TanStack holds it): the page says so.
    await page
      .getByText('You are offline. Your signup is sent when the connection returns.')
      .waitFor()
    expect(await page.locator('.demo-card').textContent()).not.toMatch(/Failed to fetch|TypeError/)
    await context.setOffline(false)
    await page.getByText('Welcome aboard! Your account is ready.').waitFor()
    expect(await page.getByText('You are offline').count()).toBe(0)
  })

  it('from signup: focus lands on Password; the reset page is not "Log in"', async () => {
    const page = await openPage(await newContext(), '/signup')
    await page.getByLabel('Email').fill('ada@example.com')
    await page.getByLabel('Password').fill('long enough password')
    await page.getByRole('button', { name: 'Create account' }).click()
    const prompt = page.locator('.ck-SignupConflictPrompt')
    await prompt.waitFor()
    // The prompt sits apart from the form's button.
    const gap = await page.evaluate(() => {
      const button = document.querySelector('.demo-form button[type="submit"]')!
      const box = document.querySelector('.ck-SignupConflictPrompt')!
      return box.getBoundingClientRect().top - button.getBoundingClientRect().bottom
    })
    expect(gap).toBeGreaterThanOrEqual(12)

    await prompt.getByRole('link', { name: 'Log in', exact: true }).click()
    await page.getByRole('heading', { name: 'Log in' }).waitFor()
    expect(await focusedElement(page)).toMatchObject({ tag: 'INPUT', name: 'password' })

    await page.goto(`${base}/signup`)
    await page.getByLabel('Email').fill('ada@example.com')
    await page.getByLabel('Password').fill('long enough password')
    await page.getByRole('button', { name: 'Create account' }).click()
    await page.getByRole('link', { name: 'Forgot password?' }).click()
    await page.getByRole('heading', { name: 'Reset your password' }).waitFor()
    const notice = (await page.locator('.demo-notice').textContent())!
    expect(notice).toContain('reset the password of ada@example.com')
    expect(notice).not.toContain('already have an account')
    const nav = page.getByRole('navigation', { name: 'Main' })
    expect(await nav.getByRole('link', { name: 'Log in' }).getAttribute('aria-current')).toBeNull()
    expect(await focusedElement(page)).toMatchObject({ tag: 'INPUT', name: 'email' })
  })
})

describe('focus is never dropped to <body>', () => {
  it('signup errors: focus goes to the first field to fix', async () => {
    const page = await openPage(await newContext(), '/signup')
    await page.getByLabel('Email').fill('not an address')
    await page.getByRole('button', { name: 'Create account' }).click()
    await page.locator('#email-error').waitFor()
    expect(await focusedElement(page)).toMatchObject({ tag: 'INPUT', name: 'email' })
  })

  it('"Cancel order" keeps focus, and Dismiss hands it back to Cancel order', async () => {
    const page = await openPage(await newContext(), '/orders')
    const row = page.locator('li.demo-order').filter({ hasText: 'ord-1001' })
    await row.getByRole('button', { name: 'Simulate: warehouse ships it' }).click()
    await row.getByRole('button', { name: 'Cancel order' }).click()
    const notice = row.locator('.ck-StateConflictNotice')
    await notice.waitFor()
    expect((await focusedElement(page)).text).toBe('Cancel order')
    await notice.getByRole('button', { name: 'Dismiss' }).click()
    await notice.waitFor({ state: 'detached' })
    expect((await focusedElement(page)).text).toBe('Cancel order')
  })

  it("the orders' buttons keep one side whatever the row holds", async () => {
    for (const viewport of [laptop, phone]) {
      const page = await openPage(await newContext(viewport), '/orders')
      await page.locator('li.demo-order').first().waitFor()
      const sides = await page.evaluate(() =>
        [...document.querySelectorAll('li.demo-order')].map((row) => {
          const cancel = [...row.querySelectorAll('button')].find(
            (b) => b.textContent === 'Cancel order',
          )!
          const r = row.getBoundingClientRect()
          const b = cancel.getBoundingClientRect()
          return { left: Math.round(b.left - r.left), right: Math.round(r.right - b.right) }
        }),
      )
      expect(sides.length).toBeGreaterThan(2)
      expect(new Set(sides.map((s) => s.left)).size).toBe(1)
    }
  })
})

describe('the demo looks like the kit', () => {
  it("the page's buttons have the kit's height, weight and blue; locked fields look locked", async () => {
    const page = await openDoc(await newContext())
    await page.getByLabel('Title').fill('Mine')
    await simulateColleague(page, 'title', 'Theirs')
    const banner = page.locator('.ck-StaleBanner')
    await banner.waitFor()
    const look = (el: Element) => {
      const s = getComputedStyle(el)
      return {
        height: Math.round(el.getBoundingClientRect().height),
        fontWeight: s.fontWeight,
        fontSize: s.fontSize,
        background: s.backgroundColor,
        radius: s.borderTopLeftRadius,
      }
    }
    // A plain button: the demo's "Discard my changes" and the banner's "Review changes".
    expect(
      await page.getByRole('button', { name: 'Discard my changes', exact: true }).evaluate(look),
    ).toEqual(await banner.getByRole('button', { name: 'Review changes' }).evaluate(look))
    await saveButton(page).click()
    const dialog = page.getByRole('dialog')
    const kitSave = dialog.getByRole('button', { name: 'Save resolved version' })
    await kitSave.waitFor()
    const kit = await kitSave.evaluate(look)
    await dialog.getByRole('button', { name: 'Close' }).first().click()
    const demo = await saveButton(page).evaluate(look)
    expect(demo).toEqual(kit)

    const title = page.getByLabel('Title')
    expect(await title.getAttribute('readonly')).not.toBeNull()
    expect(await title.evaluate((el) => getComputedStyle(el).borderTopStyle)).toBe('dashed')
    const hint = await title.getAttribute('aria-describedby')
    expect(await page.locator(`#${hint}`).textContent()).toContain('Locked while the conflict')
    await expectAxeClean(page, 'document in conflict, resolver closed')
  })

  it('the restore offer: its two buttons apart, the banner apart from the label', async () => {
    const page = await openDoc(await newContext())
    await page.getByLabel('Title').fill('Earlier title')
    await page.reload()
    await page.getByText('You have unsaved changes from earlier in this tab.').waitFor()
    const gap = await page.evaluate(() => {
      const [a, b] = [...document.querySelectorAll('.demo-notice button')].map((el) =>
        el.getBoundingClientRect(),
      )
      // Side by side or one under the other, there is room between them.
      return Math.max(b!.left - a!.right, b!.top - a!.bottom)
    })
    expect(gap).toBeGreaterThanOrEqual(6)
    await page.getByRole('button', { name: 'Restore my changes' }).click()
    await simulateColleague(page, 'body')
    const banner = page.locator('.ck-StaleBanner')
    await banner.waitFor()
    const below = await page.evaluate(() => {
      const bannerBox = document.querySelector('.ck-StaleBanner')!.getBoundingClientRect()
      const next = document.querySelector('.ck-StaleBanner')!.nextElementSibling!
      return next.getBoundingClientRect().top - bannerBox.bottom
    })
    expect(below).toBeGreaterThanOrEqual(8)
  })
})

describe('dark', () => {
  it('the new views are axe-clean in the dark theme at phone width', async () => {
    const context = await newContext(phone, 'dark')
    const page = await openDoc(context)
    await openReview(page)
    await expectAxeClean(page, 'dark review at 390 px')
    await page.getByRole('link', { name: 'Documents' }).first().click()
    await page.getByText('Unsaved changes').waitFor()
    await expectAxeClean(page, 'dark list with a draft at 390 px')
    await page.getByRole('link', { name: 'Orders' }).click()
    await page.locator('li.demo-order').first().waitFor()
    await expectAxeClean(page, 'dark orders at 390 px')
    await page.screenshot({ path: `${shots}/demo-orders-dark-390.png`, fullPage: true })
  })
})
