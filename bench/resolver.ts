/**
 * The resolver in real Chromium on a 4,000-line document with 63 conflicting hunks: time to
 * open the dialog, from a keystroke in a hunk's editor to the next paint, and "Take theirs for
 * the rest" to the next paint; beside @codemirror/merge's MergeView on the same two texts (it
 * opens a two-way view, has no per-hunk decisions or bulk choice, and is shown for scale). The
 * page (test/e2e/resolverPage) is the one the e2e suite drives; every run gets a fresh page.
 */
import type { Browser, Page } from 'playwright-core'
import { launchChromium } from '../test/e2e/browser'
import type { MountMeasure } from '../test/e2e/resolverPage/main'
import { serveResolverPage } from '../test/e2e/resolverPage'
import { median, ms, ratio } from './stats'

const RUNS = 5
const VIEWPORT = { width: 1280, height: 900 }

interface Run {
  open: MountMeasure
  keystrokeMs: number
  acceptAllMs: number | null
  /** Height of the dialog (or editor) once open, in CSS pixels. */
  heightPx: number
}

async function fresh(browser: Browser, url: string): Promise<Page> {
  const page = await browser.newPage({ viewport: VIEWPORT })
  await page.goto(url)
  await page.waitForFunction(() => 'ckResolver' in window)
  return page
}

async function oursOnce(browser: Browser, url: string): Promise<Run> {
  const page = await fresh(browser, url)
  try {
    const open = await page.evaluate(() =>
      window.ckResolver.mount({ fixture: 'long', variant: 'dialog' }),
    )
    const heightPx = await page.evaluate(
      () => document.querySelector('dialog')!.getBoundingClientRect().height,
    )
    await page
      .getByRole('group', { name: 'Text: change 1 of 63' })
      .getByRole('button', { name: 'Edit' })
      .click()
    await page.evaluate(() => window.ckResolver.armKeystroke())
    await page.keyboard.press('a')
    const keystrokeMs = await page.evaluate(() => window.ckResolver.keystrokeMs())
    const acceptAllMs = await page.evaluate(() =>
      window.ckResolver.clickTimed('Take theirs for the rest'),
    )
    await page.getByText('Every conflict has a decision. Ready to save.').waitFor()
    return { open, keystrokeMs, acceptAllMs, heightPx }
  } finally {
    await page.close()
  }
}

async function codeMirrorOnce(browser: Browser, url: string): Promise<Run> {
  const page = await fresh(browser, url)
  try {
    const open = await page.evaluate(() => window.ckResolver.mountCodeMirror())
    const heightPx = await page.evaluate(
      () => document.querySelector('.cm-mergeView')!.getBoundingClientRect().height,
    )
    await page.evaluate(() => window.ckResolver.armKeystroke())
    await page.keyboard.press('a')
    const keystrokeMs = await page.evaluate(() => window.ckResolver.keystrokeMs())
    return { open, keystrokeMs, acceptAllMs: null, heightPx }
  } finally {
    await page.close()
  }
}

const med = (runs: Run[], pick: (r: Run) => number | null) => {
  const found = runs.map(pick).filter((v): v is number => v !== null)
  return found.length ? median(found) : NaN
}

/** Runs the resolver timings and returns the report as markdown. */
export async function runResolverBench(): Promise<string> {
  const page = await serveResolverPage()
  const chromium = await launchChromium()
  try {
    const ours: Run[] = []
    const cm: Run[] = []
    for (let i = 0; i < RUNS; i++) {
      ours.push(await oursOnce(chromium.browser, page.url))
      cm.push(await codeMirrorOnce(chromium.browser, page.url))
    }
    const cell = (runs: Run[], pick: (r: Run) => number | null, f = ms) => {
      const v = med(runs, pick)
      return Number.isFinite(v) ? `${f(v)} (${runs.length})` : 'n/a'
    }
    const px = (n: number) => `${Math.round(n).toLocaleString('en')} px`
    const nodes = (n: number) => Math.round(n).toLocaleString('en')
    const rows: [string, (r: Run) => number | null, (n: number) => string][] = [
      ['open: render to DOM (ms)', (r) => r.open.renderMs, ms],
      ['open: to first paint (ms)', (r) => r.open.paintMs, ms],
      ['keystroke in an editor to next paint (ms)', (r) => r.keystrokeMs, ms],
      ['"Take theirs for the rest" to next paint (ms)', (r) => r.acceptAllMs, ms],
      ['elements in the page once open', (r) => r.open.nodes, nodes],
    ]
    return [
      `Chromium ${chromium.browser.version()} (headless, ${VIEWPORT.width}x${VIEWPORT.height}), production build of test/e2e/resolverPage; a fresh page per run. The document: 4,000 lines, 63 hunks where both sides changed the same word differently (one of them in a 3,683-character line), plus a title change of theirs merged automatically. ConflictResolver opens as the modal dialog with its hunks windowed; @codemirror/merge's MergeView opens mine against theirs with unchanged lines collapsed (margin 3) and line wrapping, so it has no base, no per-hunk decisions and no bulk choice: it is there for scale. Cells: median (runs). Ratios are theirs / ours (>1: ours is faster or smaller).`,
      '',
      '| measure | ConflictResolver | @codemirror/merge MergeView | MergeView / ours |',
      '|---|---|---|---|',
      ...rows.map(
        ([name, pick, f]) =>
          `| ${name} | ${cell(ours, pick, f)} | ${cell(cm, pick, f)} | ${ratio(med(cm, pick), med(ours, pick))} |`,
      ),
      // Not a ratio: MergeView is no dialog, it grows with the document by design.
      `| height of the view once open | ${cell(ours, (r) => r.heightPx, px)} (the dialog, viewport ${VIEWPORT.height} px) | ${cell(cm, (r) => r.heightPx, px)} (inline editor) | n/a |`,
    ].join('\n')
  } finally {
    await chromium.close()
    await page.close()
  }
}
