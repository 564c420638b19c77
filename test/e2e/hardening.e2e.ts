/**
 * Hardening in Debian's Chromium: bidi isolation of server text, the enumeration-safe signup
 * with its confirmation mail, cross-site requests from a page on another origin, the login
 * rate limit as the person sees it, and the signup prompt's and order notice's actions.
 */
import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { fileURLToPath } from 'node:url'
import type { Browser, Page } from 'playwright-core'
import { startServer, type RunningServer } from '../../demo/server/startServer'
import { reset, TEST_RESET_TOKEN, TEST_SCRYPT_COST } from '../server/helpers'
import { launchChromium } from './browser'
import { startTestDemo } from './testDemo'

const distDir = fileURLToPath(new URL('../../demo/dist', import.meta.url))
const shots = 'test-results/e2e'
let base = ''
let safe: RunningServer
let browser: Browser
let attacker: Server
let attackerUrl = ''
const stop: Array<() => Promise<void>> = []

beforeAll(async () => {
  // Default rate limits and CSRF rules; only the hash cost and the reset token are for tests.
  const demo = await startTestDemo()
  base = demo.url
  stop.push(demo.close)
  // The same built front end on an enumeration-safe server with the demo mailbox.
  safe = await startServer({
    port: 0,
    staticDir: distDir,
    enumerationSafe: true,
    demoMailbox: true,
    scryptCost: TEST_SCRYPT_COST,
    resetToken: TEST_RESET_TOKEN,
  })
  stop.push(() => safe.close())
  attacker = createServer((req, res) => {
    res.setHeader('content-type', 'text/html; charset=utf-8')
    res.end(attackPage(decodeURIComponent((req.url ?? '/').slice(1))))
  })
  await new Promise<void>((resolve) => attacker.listen(0, '127.0.0.1', resolve))
  attackerUrl = `http://127.0.0.1:${(attacker.address() as AddressInfo).port}`
  stop.push(() => new Promise<void>((resolve) => attacker.close(() => resolve())))
  const chromium = await launchChromium()
  browser = chromium.browser
  stop.unshift(chromium.close)
})

afterAll(async () => {
  for (const close of stop) await close()
})

beforeEach(async () => {
  await reset(base)
  await reset(safe.url)
})

async function person(): Promise<Page> {
  const context = await browser.newContext({ viewport: { width: 1200, height: 900 } })
  const page = await context.newPage()
  page.on('pageerror', (error) => {
    throw error
  })
  return page
}

/** A page on another origin that tries to change the demo's data the ways a browser allows. */
function attackPage(target: string): string {
  return `<!doctype html><title>attacker</title>
<form id="f" method="POST" enctype="text/plain" action="${target}/api/orders/ord-1001/transitions">
<input name='{"action":"cancel","x":"' value='"}'></form>
<iframe name="sink"></iframe>
<script>
  document.getElementById('f').target = 'sink'
  const opts = (body) => ({ method: 'POST', mode: 'no-cors', credentials: 'include', body })
  Promise.all([
    fetch('${target}/api/orders/ord-1002/transitions', opts('{"action":"cancel"}')),
    fetch('${target}/api/reset', { ...opts(''), headers: { 'content-type': 'text/plain' } }),
    fetch('${target}/api/login', opts('{"email":"ada@example.com","password":"x"}')),
    fetch('${target}/api/orders/ord-1002/transitions', {
      method: 'POST', credentials: 'include',
      headers: { 'content-type': 'application/json' }, body: '{"action":"cancel"}',
    }).catch(() => 'blocked by CORS preflight'),
  ]).then(() => { document.getElementById('f').submit(); document.title = 'sent' })
</script>`
}

const orderState = async (id: string) =>
  ((await (await fetch(`${base}/api/orders/${id}`)).json()) as { state: string }).state

describe('cross-site requests from a page on another origin', () => {
  it('change nothing: form posts, no-cors fetches and preflighted JSON all fail', async () => {
    const page = await person()
    const refused: number[] = []
    page.on('response', (res) => {
      if (res.url().startsWith(base)) refused.push(res.status())
    })
    await page.goto(`${attackerUrl}/${encodeURIComponent(base)}`)
    await page.waitForFunction(() => document.title === 'sent')
    await page.waitForTimeout(500)
    expect(await orderState('ord-1001')).toBe('placed')
    expect(await orderState('ord-1002')).toBe('placed')
    // Every request that reached the server was refused (403 foreign Origin).
    expect(refused.length).toBeGreaterThan(0)
    expect(refused.every((status) => status === 403)).toBe(true)
  })
})

describe('server text is bidi-isolated', () => {
  it('an address with U+202E cannot reverse the sentence of the signup prompt', async () => {
    const spoof = 'invoice\u202Efdp.exe@example.com'
    const created = await fetch(`${base}/api/signup`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: spoof, password: 'long enough password' }),
    })
    expect(created.status).toBe(201)
    const page = await person()
    await page.goto(`${base}/signup`)
    await page.getByLabel('Email').fill(spoof)
    await page.getByLabel('Password').fill('long enough password')
    await page.getByRole('button', { name: 'Create account' }).click()
    const message = page.locator('.ck-SignupConflictPrompt-message')
    await message.waitFor()
    await page.screenshot({ path: `${shots}/bidi-signup.png` })
    // The words after the address still read left to right: "already" starts left of its end.
    const order = await message.evaluate((p) => {
      const bdi = p.querySelector('bdi')!
      const text = bdi.nextSibling as Text
      const at = (i: number) => {
        const range = document.createRange()
        range.setStart(text, i)
        range.setEnd(text, i + 1)
        return range.getBoundingClientRect().left
      }
      const start = text.data.indexOf('already')
      return {
        first: at(start),
        last: at(start + 'already'.length - 1),
        iso: getComputedStyle(bdi).unicodeBidi,
      }
    })
    expect(order.iso).toBe('isolate')
    expect(order.first).toBeLessThan(order.last)
  })

  it('titles, names and states from the server sit in isolates on every page', async () => {
    const current = await fetch(`${base}/api/docs/onboarding-guide`)
    const doc = (await current.json()) as Record<string, unknown>
    await fetch(`${base}/api/docs/onboarding-guide`, {
      method: 'PUT',
      headers: { 'content-type': 'application/json', 'if-match': current.headers.get('etag')! },
      body: JSON.stringify({ ...doc, title: 'invoice\u202Efdp.exe' }),
    })
    const page = await person()
    const isolated = (selector: string) =>
      page
        .locator(selector)
        .first()
        .evaluate((el) => getComputedStyle(el).unicodeBidi)
    await page.goto(`${base}/`)
    await page.getByText('version', { exact: false }).first().waitFor()
    expect(await isolated('.demo-doclist a')).toBe('isolate')
    expect(await isolated('.demo-doclist .demo-tag')).toBe('isolate')
    await page.goto(`${base}/docs/onboarding-guide`)
    await page.getByLabel('Title').waitFor()
    expect(await isolated('.demo-breadcrumb bdi')).toBe('isolate')
    expect(await page.locator('.demo-breadcrumb bdi').textContent()).toBe('invoice\u202Efdp.exe')
    await page.goto(`${base}/orders`)
    const row = page.locator('li.demo-order').filter({ hasText: 'ord-1001' })
    await row.waitFor()
    await row.getByRole('button', { name: 'Simulate: warehouse ships it' }).click()
    await row.getByRole('button', { name: 'Cancel order' }).click()
    const notice = row.locator('.ck-StateConflictNotice')
    await notice.waitFor()
    expect(await isolated('.ck-StateConflictNotice-title strong')).toBe('isolate')
    expect(await isolated('.ck-StateConflictNotice-detail')).toBe('isolate')
    expect(await isolated('.ck-StateConflictNotice-state bdi')).toBe('isolate')
    expect(await isolated('li.demo-order span[dir="auto"]')).toBe('isolate')
    // The customer is not offered the warehouse's next step.
    expect(await notice.getByRole('button').allTextContents()).not.toContain('Mark delivered')
    await notice.getByText('Nothing more can be done with it in this state.').waitFor()
  })
})

describe('enumeration-safe signup in the browser', () => {
  it('says the same for a taken address, and a new account works only after confirming', async () => {
    const page = await person()
    const signup = async (email: string) => {
      await page.goto(`${safe.url}/signup`)
      await page.getByLabel('Email').fill(email)
      await page.getByLabel('Password').fill('long enough password')
      await page.getByRole('button', { name: 'Create account' }).click()
      const status = page.locator('.ck-SignupConflictPrompt[data-state="neutral"]')
      await status.waitFor()
      return status.textContent()
    }
    const taken = await signup('ada@example.com')
    const fresh = await signup('grace@example.com')
    expect(fresh).toBe(taken)
    expect(await page.getByText(/already exists|welcome aboard/i).count()).toBe(0)
    await page.screenshot({ path: `${shots}/signup-neutral.png` })

    // Not confirmed yet: the new account cannot log in.
    await page.goto(`${safe.url}/login`)
    await page.getByLabel('Email').fill('grace@example.com')
    await page.getByLabel('Password').fill('long enough password')
    await page.getByRole('button', { name: 'Log in' }).click()
    await page.getByText('That email and password do not match.').waitFor()

    await page.goto(`${safe.url}/mailbox`)
    await page.getByLabel('Address').fill('grace@example.com')
    await page.getByRole('button', { name: 'Open mailbox' }).click()
    await page.getByRole('link', { name: 'Confirm address' }).click()
    await page.getByText('Your address is confirmed').waitFor()
    await page.getByRole('link', { name: 'Log in' }).last().click()
    await page.getByLabel('Password').fill('long enough password')
    await page.getByLabel('Email').fill('grace@example.com')
    await page.getByRole('button', { name: 'Log in' }).click()
    await page.getByText('Welcome back, grace@example.com.').waitFor()
  })
})

describe('the kit shows the rate limit as busy', () => {
  it('the login page says "too many attempts" with the wait, not "wrong password"', async () => {
    const page = await person()
    await page.goto(`${base}/login`)
    await page.getByLabel('Email').fill('ada@example.com')
    await page.getByLabel('Password').fill('wrong password')
    // The default limit is 10 attempts per account per window.
    for (let i = 0; i < 10; i++) {
      await page.getByRole('button', { name: 'Log in' }).click()
      await page.getByText('That email and password do not match.').waitFor()
    }
    await page.getByRole('button', { name: 'Log in' }).click()
    await page.getByText(/Too many attempts\. Try again in \d+ seconds?\./).waitFor()
  })
})

describe('signup prompt', () => {
  it('Log in is the primary action, first in the keyboard order', async () => {
    const page = await person()
    await page.goto(`${base}/signup`)
    await page.getByLabel('Email').fill('ada@example.com')
    await page.getByLabel('Password').fill('long enough password')
    await page.getByRole('button', { name: 'Create account' }).click()
    const prompt = page.locator('.ck-SignupConflictPrompt')
    await prompt.waitFor()
    const login = prompt.getByRole('link', { name: 'Log in', exact: true })
    expect(await login.getAttribute('data-variant')).toBe('primary')
    const colours = await login.evaluate((el) => {
      const probe = document.createElement('span')
      probe.style.background = 'var(--ck-color-accent)'
      el.parentElement!.append(probe)
      const accent = getComputedStyle(probe).backgroundColor
      probe.remove()
      return { login: getComputedStyle(el).backgroundColor, accent }
    })
    expect(colours.login).toBe(colours.accent)
    await prompt.getByRole('alert').focus()
    await page.keyboard.press('Tab')
    expect(await login.evaluate((el) => el === document.activeElement)).toBe(true)
  })
})
