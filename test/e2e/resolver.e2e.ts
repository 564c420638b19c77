import { mkdirSync, readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import type { Browser, Page } from 'playwright-core'
import { resolveChunks, type ChunkChoice } from '../../src/core/merge/resolveChunks'
import type { ResourceConflict } from '../../src/hooks/types'
import { longConflict, type LongDoc } from '../../stories/longConflict'
import { launchChromium } from './browser'
import type { MountOptions } from './resolverPage/main'
import { serveResolverPage } from './resolverPage'

const shots = 'test-results/e2e'
const axeSource = readFileSync(
  createRequire(import.meta.url).resolve('axe-core/axe.min.js'),
  'utf8',
)
let url = ''
let browser: Browser
let stop: Array<() => Promise<void>> = []

beforeAll(async () => {
  mkdirSync(shots, { recursive: true })
  const page = await serveResolverPage()
  url = page.url
  const chromium = await launchChromium()
  browser = chromium.browser
  stop = [chromium.close, page.close]
})

afterAll(async () => {
  for (const close of stop) await close()
})

async function open(options: MountOptions, viewport = { width: 1200, height: 900 }): Promise<Page> {
  const context = await browser.newContext({
    viewport,
    colorScheme: options.theme === 'dark' ? 'dark' : 'light',
  })
  const page = await context.newPage()
  page.on('pageerror', (error) => {
    throw error
  })
  await page.goto(url)
  await page.waitForFunction(() => 'ckResolver' in window)
  await page.evaluate((o) => window.ckResolver.mount(o), options)
  return page
}

const focused = (page: Page) =>
  page.evaluate(() => {
    const el = document.activeElement
    return {
      isBody: !el || el === document.body,
      text: el?.textContent ?? '',
      slot: el?.closest('[data-slot]')?.getAttribute('data-slot') ?? null,
      tag: el?.tagName ?? '',
    }
  })

/** axe with every WCAG 2.x A/AA rule, colour contrast included (a real browser has layout). */
async function expectAxeClean(page: Page, state: string) {
  await page.addScriptTag({ content: axeSource })
  const found = await page.evaluate(async () => {
    const result = await (
      window as unknown as {
        axe: {
          run: (
            ctx: Document,
            o: object,
          ) => Promise<{ violations: { id: string; nodes: { target: string[] }[] }[] }>
        }
      }
    ).axe.run(document, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] },
    })
    return result.violations.map(
      (v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
    )
  })
  expect({ state, found }).toEqual({ state, found: [] })
}

describe('the resolver in Chromium', () => {
  it('goes through a 60-hunk conflict by keyboard alone, focus never on <body>', async () => {
    const page = await open({ fixture: 'hunks60' })
    const conflict = longConflict(1_200, 60) as ResourceConflict<LongDoc>
    const hunks = conflict.conflicts[0]!.text!.hunks
    expect(hunks).toHaveLength(60)
    expect((await focused(page)).tag).toBe('H2')
    const choices: ChunkChoice[] = []
    const ways = [
      { tabs: 0, choice: 'mine' as const },
      { tabs: 1, choice: 'theirs' as const },
      { tabs: 2, choice: 'both' as const },
      { tabs: 4, choice: 'edit' as const },
    ]
    for (let k = 0; k < 20; k++) {
      await page.keyboard.press('Alt+ArrowDown')
      const at = await focused(page)
      expect(at).toMatchObject({ isBody: false, slot: String(k), text: 'Keep mine' })
      const way = ways[k % 4]!
      for (let t = 0; t < way.tabs; t++) await page.keyboard.press('Tab')
      await page.keyboard.press('Space')
      if (way.choice === 'edit') {
        // Edit opens the result in place, prefilled with mine then theirs, and takes focus.
        expect((await focused(page)).tag).toBe('TEXTAREA')
        await page.keyboard.press('Control+End')
        await page.keyboard.type('by hand')
        const h = hunks[k]!
        choices.push({ text: `${h.mine}${h.theirs}by hand\n` })
      } else choices.push(way.choice)
      expect((await focused(page)).isBody).toBe(false)
    }
    // Windowed: the dialog holds a few hunks, not 60, and fits the viewport.
    const layout = await page.evaluate(() => {
      const dialog = document.querySelector('dialog')!.getBoundingClientRect()
      return {
        slotsInDom: document.querySelectorAll('fieldset[data-slot]').length,
        dialogHeight: dialog.height,
        viewport: window.innerHeight,
      }
    })
    expect(layout.slotsInDom).toBeLessThan(30)
    expect(layout.dialogHeight).toBeLessThanOrEqual(layout.viewport)
    // Back through the footer with Shift+Tab to "Take theirs for the rest".
    let steps = 0
    while ((await focused(page)).text !== 'Take theirs for the rest') {
      await page.keyboard.press('Shift+Tab')
      expect((await focused(page)).isBody).toBe(false)
      expect(++steps).toBeLessThan(400)
    }
    await page.keyboard.press('Enter')
    for (let k = 20; k < 60; k++) choices.push('theirs')
    await page.getByText('Every conflict has a decision. Ready to save.').waitFor()
    await page.keyboard.press('Tab')
    expect((await focused(page)).text).toBe('Save resolved version')
    await page.keyboard.press('Enter')
    const saved = (await page.evaluate(() => window.ckResolver.resolved())) as LongDoc
    expect(saved.title).toBe(conflict.theirs.title)
    expect(saved.body).toBe(resolveChunks(conflict.conflicts[0]!.text!.chunks, choices))
    await page.context().close()
  })

  it('fits a 390 x 844 phone: nothing scrolls sideways, the dialog and its Close are on screen', async () => {
    for (const layout of ['two-column', 'three-column'] as const) {
      const page = await open({ fixture: 'long', layout }, { width: 390, height: 844 })
      const fit = await page.evaluate(() => {
        const dialog = document.querySelector('dialog')!
        const close = [...dialog.querySelectorAll('button')].find((b) => b.textContent === 'Close')!
        const box = (el: Element) => el.getBoundingClientRect()
        const wide = [...dialog.querySelectorAll<HTMLElement>('*')].filter(
          (el) => box(el).right > window.innerWidth + 0.5 && box(el).width > 0,
        )
        return {
          pageWidth: document.documentElement.scrollWidth,
          dialog: box(dialog).toJSON() as DOMRect,
          close: box(close).toJSON() as DOMRect,
          save: box(dialog.querySelector('.ck-ConflictResolver-save')!).toJSON() as DOMRect,
          wide: wide.map((el) => el.className).slice(0, 5),
          bodyOverflow: (() => {
            const body = dialog.querySelector<HTMLElement>('.ck-ConflictResolver-body')!
            return body.scrollWidth - body.clientWidth
          })(),
        }
      })
      expect(fit.pageWidth).toBeLessThanOrEqual(390)
      expect(fit.wide).toEqual([])
      expect(fit.bodyOverflow).toBeLessThanOrEqual(0)
      expect(fit.dialog.left).toBeGreaterThanOrEqual(0)
      expect(fit.dialog.right).toBeLessThanOrEqual(390)
      expect(fit.dialog.bottom).toBeLessThanOrEqual(844)
      expect(fit.close.right).toBeLessThanOrEqual(390)
      expect(fit.close.top).toBeGreaterThanOrEqual(0)
      expect(fit.save.bottom).toBeLessThanOrEqual(844)
      await page.screenshot({ path: `${shots}/resolver-phone-${layout}.png` })
      await page.context().close()
    }
  })

  it('reviews on a 390 px phone with both columns on screen, long lines wrapped', async () => {
    const page = await open({ fixture: 'long', layout: 'two-column' }, { width: 390, height: 844 })
    // Mine everywhere: the review (theirs -> result) then shows every hunk as a change.
    await page.getByRole('button', { name: 'Keep mine for the rest' }).click()
    await page.getByRole('button', { name: 'Review changes' }).click()
    const region = page.getByRole('region', { name: 'Review changes: Text' })
    await region.waitFor()
    const fit = await region.evaluate((root) => {
      const box = (el: Element) => el.getBoundingClientRect()
      const wide = [...root.querySelectorAll<HTMLElement>('*')].filter(
        (el) => box(el).right > window.innerWidth + 0.5 && box(el).width > 0,
      )
      // Elements a person could scroll sideways (clipped with an ellipsis does not count).
      const scrollers = [root, ...root.querySelectorAll<HTMLElement>('*')].filter(
        (el) =>
          el.scrollWidth > el.clientWidth + 1 &&
          ['auto', 'scroll'].includes(getComputedStyle(el).overflowX),
      )
      const texts = [...root.querySelectorAll<HTMLElement>('.ck-DiffView-text')]
      return {
        pageWidth: document.documentElement.scrollWidth,
        wide: wide
          .map(
            (el) =>
              `${el.tagName}.${el.className} ${Math.round(box(el).left)}-${Math.round(box(el).right)}`,
          )
          .slice(0, 8),
        scrollers: scrollers.map((el) => el.className).slice(0, 5),
        texts: texts.length,
        // A wrapped line is taller than one row.
        wrapped: texts.filter((el) => box(el).height > 30).length,
      }
    })
    expect(fit.pageWidth).toBeLessThanOrEqual(390)
    expect(fit.texts).toBeGreaterThan(0)
    expect(fit.wide).toEqual([])
    expect(fit.scrollers).toEqual([])
    expect(fit.wrapped).toBeGreaterThan(0)
    await page.screenshot({ path: `${shots}/resolver-phone-review.png` })
    await page.context().close()
  })

  it('keeps its look under a hostile host stylesheet', async () => {
    const probe = async (hostile: boolean) => {
      const page = await open({ fixture: 'values', variant: 'inline', hostile })
      await page
        .getByRole('group', { name: 'Summary' })
        .getByRole('button', { name: 'Edit' })
        .click()
      const props = [
        'background-color',
        'color',
        'border-top-width',
        'border-top-color',
        'padding-left',
        'font-size',
        'text-transform',
        'width',
        'margin-left',
        'box-shadow',
        'box-sizing',
        'float',
      ]
      const read = () =>
        page.evaluate(
          (names) =>
            [
              ...document.querySelectorAll(
                '.ck-ConflictResolver button, .ck-ConflictResolver textarea, .ck-ConflictResolver legend, .ck-ConflictResolver p, .ck-ConflictResolver h2, .ck-ConflictResolver fieldset',
              ),
            ].map((el) => {
              const style = getComputedStyle(el)
              return `${el.tagName}.${el.className} ${el.textContent?.slice(0, 20)}: ${names.map((n) => style.getPropertyValue(n)).join(' | ')}`
            }),
          props,
        )
      const styles = await read()
      const save = page.getByRole('button', { name: 'Save resolved version' })
      // The footer is sticky: hover where it is rather than scrolling it "into view".
      await save.hover({ force: true })
      const hovered = await save.evaluate((el) => getComputedStyle(el).backgroundColor)
      const discard = await page
        .getByRole('button', { name: 'Discard my changes' })
        .evaluate((el) => getComputedStyle(el).backgroundColor)
      if (hostile)
        await page.screenshot({ path: `${shots}/resolver-hostile-css.png`, fullPage: true })
      await page.context().close()
      return { styles, hovered, discard }
    }
    const plain = await probe(false)
    const hostile = await probe(true)
    expect(plain.styles.length).toBeGreaterThan(10)
    expect(hostile.styles).toEqual(plain.styles)
    expect(hostile.hovered).toBe(plain.hovered)
    // Save is the primary action, Discard is not
    expect(hostile.discard).not.toBe(hostile.hovered)
  })

  it('has no axe violations, colour contrast included, in every state, light and dark', async () => {
    for (const theme of ['light', 'dark'] as const) {
      const page = await open({ fixture: 'long', theme })
      await expectAxeClean(page, `${theme}: undecided, two columns`)
      if (theme === 'light') await page.screenshot({ path: `${shots}/resolver-light.png` })
      await page.getByRole('button', { name: 'Three columns' }).click()
      await expectAxeClean(page, `${theme}: three columns`)
      const hunk = (n: number) => page.getByRole('group', { name: `Text: change ${n} of 63` })
      await hunk(1).getByRole('button', { name: 'Keep mine' }).click()
      await hunk(2).getByRole('button', { name: 'Both, theirs first' }).click()
      await hunk(3).getByRole('button', { name: 'Edit' }).click()
      await page.keyboard.type(' by hand')
      await expectAxeClean(page, `${theme}: kept, both, editing`)
      if (theme === 'dark') await page.screenshot({ path: `${shots}/resolver-dark.png` })
      await page.getByRole('button', { name: 'Take theirs for the rest' }).click()
      await page.getByRole('button', { name: 'Review changes' }).click()
      await page.getByRole('region', { name: 'Review changes: Text' }).waitFor()
      await expectAxeClean(page, `${theme}: all decided, reviewing`)
      await page.evaluate(
        (t) => window.ckResolver.mount({ fixture: 'values', variant: 'inline', theme: t }),
        theme,
      )
      await page
        .getByRole('group', { name: 'Status' })
        .getByRole('button', { name: 'Edit' })
        .click()
      await page.keyboard.type('x')
      await expectAxeClean(page, `${theme}: values, invalid JSON edit`)
      await page.evaluate((t) => window.ckResolver.mount({ fixture: 'clean', theme: t }), theme)
      await expectAxeClean(page, `${theme}: clean merge notice`)
      await page.getByRole('button', { name: 'Review' }).click()
      await page.getByRole('dialog').waitFor()
      await expectAxeClean(page, `${theme}: clean merge reviewed in the dialog`)
      await page.context().close()
    }
  })
})
