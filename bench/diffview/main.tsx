/**
 * The benchmark page. Node drives it through `window.ckBench`: each call renders one library
 * into #root (documents are generated before the clock starts) and reports times measured
 * with performance.now() and the DOM node count.
 */
import type { ReactElement } from 'react'
import { createRoot, type Root } from 'react-dom/client'
import ReactDiffViewer from 'react-diff-viewer-continued'
import { DiffView } from '../../src/components/DiffView/DiffView'
import '../../src/components/styles.css' // oxlint-disable-line import/no-unassigned-import
import { benchDocument, type BenchDocument } from '../benchDocuments'

/** Which component renders: ours, react-diff-viewer-continued as is, or with its virtualisation. */
export type BenchLibrary = 'ours' | 'rdvc' | 'rdvc-virtual'

/** What one render measured. */
export interface RenderMeasure {
  /** From `root.render` until the first change is in the DOM and layout is flushed. */
  renderMs: number
  /** Until the frame after that (rAF, then a task: roughly the first paint). */
  paintMs: number
  /** `document.querySelectorAll('*').length` once rendered. */
  nodes: number
  /** Same on the empty page, for reference. */
  emptyNodes: number
}

/** rAF deltas while scrolling. */
export interface ScrollMeasure {
  deltas: number[]
  scrolledPx: number
  /** The line number shown at the middle of the viewport afterwards (proves rows kept up). */
  lineAtMiddle: number | null
}

/** The page's API for the Node driver. */
export interface BenchApi {
  render(lib: BenchLibrary, lines: number, fold: boolean): Promise<RenderMeasure>
  scroll(frames: number, stepPx: number): Promise<ScrollMeasure>
  idle(frames: number): Promise<number[]>
}

declare global {
  interface Window {
    ckBench: BenchApi
  }
}

const nextFrame = () => new Promise<number>((resolve) => requestAnimationFrame(resolve))
const afterPaint = () =>
  new Promise<number>((resolve) =>
    requestAnimationFrame(() => setTimeout(() => resolve(performance.now()), 0)),
  )

function element(lib: BenchLibrary, doc: BenchDocument, fold: boolean): ReactElement {
  if (lib === 'ours') {
    return (
      <DiffView
        original={doc.original}
        modified={doc.modified}
        diffOptions={fold ? {} : { context: false }}
        height={480}
      />
    )
  }
  return (
    <ReactDiffViewer
      oldValue={doc.original}
      newValue={doc.modified}
      splitView
      showDiffOnly={fold}
      extraLinesSurroundingDiff={3}
      infiniteLoading={
        lib === 'rdvc-virtual' ? { pageSize: 40, containerHeight: '480px' } : undefined
      }
    />
  )
}

/** Resolves once `text` is inside `host` (checked on each DOM mutation batch). */
function whenText(host: HTMLElement, text: string): Promise<void> {
  return new Promise((resolve) => {
    const observer = new MutationObserver(() => {
      if (host.textContent?.includes(text)) {
        observer.disconnect()
        resolve()
      }
    })
    observer.observe(host, { childList: true, subtree: true, characterData: true })
  })
}

let root: Root | null = null
const host = document.getElementById('root') as HTMLElement

/** The element that scrolls the diff: the first scrollable box inside #root, else the page. */
function scroller(): Element {
  for (const el of host.querySelectorAll('*')) {
    if (el.scrollHeight > el.clientHeight + 50) {
      const overflow = getComputedStyle(el).overflowY
      if (overflow === 'auto' || overflow === 'scroll') return el
    }
  }
  return document.scrollingElement ?? document.documentElement
}

/** The document line number (`123. the of ...`) painted at the middle of `el`, if any. */
function lineAtMiddle(el: Element): number | null {
  const box = el === document.scrollingElement ? null : el.getBoundingClientRect()
  const x = box ? box.left + box.width * 0.75 : window.innerWidth * 0.75
  const y = box ? box.top + box.height / 2 : window.innerHeight / 2
  const text = document.elementFromPoint(x, y)?.closest('tr, [data-index]')?.textContent ?? ''
  const found = /(\d+)\. /.exec(text)
  return found ? Number(found[1]) : null
}

window.ckBench = {
  async render(lib, lines, fold) {
    root?.unmount()
    const doc = benchDocument(lines)
    const emptyNodes = document.querySelectorAll('*').length
    root = createRoot(host)
    await nextFrame()
    const shown = whenText(host, doc.marker)
    const start = performance.now()
    root.render(element(lib, doc, fold))
    await shown
    // Reading a layout property forces style and layout of what was just committed.
    void document.body.offsetHeight
    const renderMs = performance.now() - start
    const paintMs = (await afterPaint()) - start
    return { renderMs, paintMs, nodes: document.querySelectorAll('*').length, emptyNodes }
  },

  async scroll(frames, stepPx) {
    const el = scroller()
    const deltas: number[] = []
    const from = el.scrollTop
    let last = await nextFrame()
    for (let i = 0; i < frames; i++) {
      el.scrollTop += stepPx
      const now = await nextFrame()
      deltas.push(now - last)
      last = now
    }
    return { deltas, scrolledPx: el.scrollTop - from, lineAtMiddle: lineAtMiddle(el) }
  },

  async idle(frames) {
    const deltas: number[] = []
    let last = await nextFrame()
    for (let i = 0; i < frames; i++) {
      const now = await nextFrame()
      deltas.push(now - last)
      last = now
    }
    return deltas
  },
}
