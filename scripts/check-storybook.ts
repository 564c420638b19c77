// Opens the built Storybook's live stories in Debian's Chromium, clicks through each conflict
// flow against msw's service worker, saves screenshots and fails on any console error.
// Usage: npm run build-storybook && npx tsx scripts/check-storybook.ts
import { createReadStream, existsSync, mkdirSync, statSync } from 'node:fs'
import { createServer } from 'node:http'
import type { AddressInfo } from 'node:net'
import { extname, join, normalize } from 'node:path'
import type { Page } from 'playwright-core'
import { launchChromium } from '../test/e2e/browser'

const root = 'storybook-static'
const shots = 'test-results/storybook'
const types: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.woff2': 'font/woff2',
  '.png': 'image/png',
}

/** Serves the static build on 127.0.0.1 (a service worker needs a secure context: localhost). */
function serve(): Promise<{ url: string; close: () => Promise<void> }> {
  const server = createServer((req, res) => {
    const path = normalize(decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname))
    let file = join(root, path)
    if (!file.startsWith(root)) file = join(root, 'index.html')
    if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html')
    if (!existsSync(file)) {
      res.writeHead(404).end()
      return
    }
    res.writeHead(200, { 'content-type': types[extname(file)] ?? 'application/octet-stream' })
    createReadStream(file).pipe(res)
  })
  return new Promise((resolve) =>
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as AddressInfo
      resolve({
        url: `http://127.0.0.1:${port}`,
        close: () => new Promise((done) => server.close(() => done())),
      })
    }),
  )
}

const problems: string[] = []

async function open(page: Page, base: string, id: string) {
  await page.goto(`${base}/iframe.html?id=${id}&viewMode=story`)
}

async function documentEditor(page: Page, base: string) {
  await open(page, base, 'live-documenteditor--default')
  const title = page.getByRole('textbox', { name: 'Title' })
  await title.waitFor()
  await title.fill('Weekly sync')
  const agenda = page.getByRole('textbox', { name: 'Agenda' })
  const body = await agenda.inputValue()
  await agenda.fill(body.replace('2. Budget review', '2. Budget review (short)'))
  await page.getByRole('button', { name: 'Someone else edits the title' }).click()
  await page.getByRole('button', { name: 'Someone else edits the same line' }).click()
  await page.getByText(/Changed by someone else/).waitFor()
  await page.screenshot({ path: `${shots}/editor-stale.png`, fullPage: true })
  await page.getByRole('button', { name: 'Save', exact: true }).click()
  const dialog = page.getByRole('dialog', {
    name: 'Someone else saved changes while you were editing',
  })
  await dialog.waitFor()
  await page.screenshot({ path: `${shots}/editor-conflict.png`, fullPage: true })
  await dialog
    .getByRole('group', { name: 'Title', exact: true })
    .getByRole('button', { name: 'Keep mine' })
    .click()
  await dialog
    .getByRole('group', { name: /Agenda: change 1/ })
    .getByRole('button', { name: 'Take theirs' })
    .click()
  await dialog.getByRole('button', { name: 'Save resolved version' }).click()
  await page.getByText('Saved (ETag "4")').waitFor()
  const server = await page.locator('details pre').textContent()
  if (!server?.includes('"title": "Weekly sync"') || !server.includes('with the finance team')) {
    problems.push(`editor: the mock server holds ${server}`)
  }
  await page.screenshot({ path: `${shots}/editor-resolved.png`, fullPage: true })
}

async function cleanMerge(page: Page, base: string, theme: string) {
  await open(page, base, `live-documenteditor--${theme}`)
  const title = page.getByRole('textbox', { name: 'Title' })
  await title.waitFor()
  await title.fill('Weekly sync')
  await page.getByRole('button', { name: 'Someone else edits the body' }).click()
  await page.getByRole('button', { name: 'Save', exact: true }).click()
  await page.getByRole('dialog', { name: 'Merged cleanly' }).waitFor()
  await page.screenshot({ path: `${shots}/editor-clean-${theme}.png`, fullPage: true })
  await page.getByRole('button', { name: 'Save merged version' }).click()
  await page.getByText('Saved (ETag "3")').waitFor()
}

async function signup(page: Page, base: string) {
  await open(page, base, 'live-signup--default')
  await page.getByRole('textbox', { name: 'Email' }).fill('ada@example.com')
  await page.getByLabel('Password').fill('correct horse')
  await page.getByRole('button', { name: 'Sign up' }).click()
  await page.getByText('An account with ada@example.com already exists.').waitFor()
  await page.screenshot({ path: `${shots}/signup-duplicate.png`, fullPage: true })
  await page.getByRole('button', { name: 'Use a different email' }).click()
  const focused = await page.evaluate(() => (document.activeElement as HTMLInputElement).name)
  const value = await page.getByRole('textbox', { name: 'Email' }).inputValue()
  if (focused !== 'email' || value !== '') problems.push(`signup: focus ${focused}, value ${value}`)
}

async function orders(page: Page, base: string) {
  await open(page, base, 'live-orders--default')
  await page.getByText('A-1042', { exact: true }).waitFor()
  await page.getByRole('button', { name: 'Warehouse ships it' }).click()
  await page.getByRole('button', { name: 'Cancel order' }).click()
  await page.getByText('This order has already shipped').waitFor()
  await page.screenshot({ path: `${shots}/orders-conflict.png`, fullPage: true })
}

const flows = [
  documentEditor,
  (page: Page, base: string) => cleanMerge(page, base, 'dark'),
  signup,
  orders,
]

mkdirSync(shots, { recursive: true })
const site = await serve()
const chromium = await launchChromium()
try {
  for (const flow of flows) {
    const context = await chromium.browser.newContext({ viewport: { width: 1100, height: 900 } })
    const page = await context.newPage()
    page.on('console', (m) => {
      if (m.type() !== 'error' && m.type() !== 'warning') return
      const url = m.location().url
      // Chromium logs every 4xx as "Failed to load resource"; the mock API's are the point.
      if (m.text().startsWith('Failed to load resource') && url.includes('/mock-api/')) return
      // iframe.html links no icon, so Chromium asks for /favicon.ico, which a build does not have.
      if (url.endsWith('/favicon.ico')) return
      problems.push(`console ${m.type()}: ${m.text()} (${url})`)
    })
    page.on('pageerror', (e) => problems.push(`page error: ${e.message}`))
    try {
      await flow(page, site.url)
    } catch (error) {
      problems.push(`${flow.name || 'flow'}: ${String(error)}`)
      await page.screenshot({ path: `${shots}/failure-${flows.indexOf(flow)}.png`, fullPage: true })
    }
    await context.close()
  }
} finally {
  await chromium.close()
  await site.close()
}
if (problems.length > 0) {
  console.error(problems.join('\n'))
  process.exit(1)
}
process.stdout.write(`Live stories OK; screenshots in ${shots}/\n`)
