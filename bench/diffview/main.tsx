/**
 * The benchmark page. Node drives it through `window.ckBench`: each call renders one library
 * into #root (documents are generated before the clock starts) and reports times measured
 * with performance.now() and the DOM node count.
 */
import { MergeView } from '@codemirror/merge'
import { EditorView } from '@codemirror/view'
import { createTwoFilesPatch } from 'diff'
import { useLayoutEffect, useRef, type ReactElement } from 'react'
import { createRoot, type Root } from 'react-dom/client'
import ReactDiffViewer from 'react-diff-viewer-continued'
import { Diff, Hunk, parseDiff } from 'react-diff-view'
import 'react-diff-view/style/index.css' // oxlint-disable-line import/no-unassigned-import
import { DiffView } from '../../src/components/DiffView/DiffView'
import { loadWordSegmenter } from '../../src/components/shared/wordSegments'
import { layoutRows } from '../../src/core/diff/layoutRows'
import { rowModel } from '../../src/core/diff/rowModel'
import { LineCodes } from '../../src/core/diff/lineCodes'
import { lineDiff } from '../../src/core/diff/lineDiff'
import '../../src/components/styles.css' // oxlint-disable-line import/no-unassigned-import
import { benchDocument, type BenchDocument } from '../benchDocuments'

/**
 * Which view renders: ours; @codemirror/merge with its default diff (approximate past its
 * scan limit) or a precise one; react-diff-view (from a unified patch made by `diff`);
 * react-diff-viewer-continued as is, or with its virtualisation; or `floor`: no diff at all,
 * plain React elements in the shape of DiffView's first screen (what any React view pays).
 */
export type BenchLibrary = 'ours' | 'cm' | 'cm-precise' | 'rdv' | 'rdvc' | 'rdvc-virtual' | 'floor'

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
  /** Time spent checking for the marker (inside `renderMs`). */
  checkMs: number
  /** Longest task the page ran from `render()` to the frame after content (long tasks are >= 50 ms; 0 if none). */
  longestTaskMs: number
}

/** rAF deltas while scrolling. */
export interface ScrollMeasure {
  deltas: number[]
  scrolledPx: number
  /** The line number shown at the middle of the viewport afterwards (proves rows kept up). */
  lineAtMiddle: number | null
}

/** DiffView's steps on their own, cold (first use in a fresh page), in ms. */
export interface PhaseMeasure {
  /** Cutting both texts into lines and coding them. */
  encode: number
  /** Encoding again plus the line diff (Myers with git's heuristics) and block placement. */
  diff: number
  /** The fold / change spans of the split layout. */
  layout: number
  /** The first screen's items (about 40 rows), word segments included. */
  window: number
}

/** The page's API for the Node driver. */
export interface BenchApi {
  phases(lines: number): Promise<PhaseMeasure>
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

/** @codemirror/merge's side-by-side view, in a 480px scroll box like the others. */
function CodeMirrorMerge(props: { doc: BenchDocument; fold: boolean; precise: boolean }) {
  const parent = useRef<HTMLDivElement>(null)
  const { doc, fold, precise } = props
  useLayoutEffect(() => {
    const view = new MergeView({
      a: { doc: doc.original, extensions: [EditorView.editable.of(false)] },
      b: { doc: doc.modified, extensions: [EditorView.editable.of(false)] },
      parent: parent.current as HTMLElement,
      collapseUnchanged: fold ? { margin: 3, minSize: 4 } : undefined,
      // Its default scan limit (500) gives up on exactness in large documents.
      diffConfig: precise ? { scanLimit: 1e9 } : undefined,
    })
    return () => view.destroy()
  }, [doc, fold, precise])
  return <div ref={parent} className="bench-cm" />
}

const FLOOR_ROWS = 40
const floorCell = { overflow: 'hidden', whiteSpace: 'pre', textOverflow: 'ellipsis' } as const
const floorGrid = {
  display: 'grid',
  gridTemplateColumns: '7ch 2ch minmax(80ch, 1fr) 7ch 2ch minmax(80ch, 1fr)',
  height: 22,
  lineHeight: '22px',
} as const

/**
 * The floor: DiffView's first screen without a diff, its stylesheet or any logic. 40 rows
 * of six cells (numbers, signs, both sides' text, inline grid styles like DiffView's) holding
 * the documents' first lines, in the same 480px scroll box.
 */
function FloorRows(props: { doc: BenchDocument }) {
  const { doc } = props
  const left = doc.original.split('\n', FLOOR_ROWS)
  const right = doc.modified.split('\n', FLOOR_ROWS)
  return (
    <div style={{ height: 480, overflow: 'auto' }}>
      {right.map((line, i) => (
        <div key={i} style={floorGrid}>
          <div style={floorCell}>{i + 1}</div>
          <div style={floorCell}> </div>
          <div style={floorCell}>{left[i]}</div>
          <div style={floorCell}>{i + 1}</div>
          <div style={floorCell}> </div>
          <div style={floorCell}>{line}</div>
        </div>
      ))}
    </div>
  )
}

/** react-diff-view renders a unified patch; `diff` makes it (3 lines of context, or all). */
function ReactDiffView(props: { doc: BenchDocument; fold: boolean }) {
  const { doc, fold } = props
  const patch = createTwoFilesPatch('a', 'b', doc.original, doc.modified, '', '', {
    context: fold ? 3 : Number.MAX_SAFE_INTEGER,
  })
  // parseDiff reads git's format: a `diff --git` header in place of the `Index:` / `===` lines.
  const body = patch.slice(patch.indexOf('\n---') + 1)
  const [file] = parseDiff(`diff --git a/a b/b\n${body}`)
  if (!file) return null
  return (
    <div style={{ height: 480, overflow: 'auto' }}>
      <Diff viewType="split" diffType={file.type} hunks={file.hunks}>
        {(hunks) => hunks.map((hunk) => <Hunk key={hunk.content} hunk={hunk} />)}
      </Diff>
    </div>
  )
}

function element(lib: BenchLibrary, doc: BenchDocument, fold: boolean): ReactElement {
  if (lib === 'cm' || lib === 'cm-precise') {
    return <CodeMirrorMerge doc={doc} fold={fold} precise={lib === 'cm-precise'} />
  }
  if (lib === 'rdv') return <ReactDiffView doc={doc} fold={fold} />
  if (lib === 'floor') return <FloorRows doc={doc} />
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

/**
 * Resolves once `text` is inside `host` (checked on each DOM mutation batch), with the time
 * the checks took.
 */
function whenText(host: HTMLElement, text: string): Promise<number> {
  let spent = 0
  return new Promise((resolve) => {
    const observer = new MutationObserver(() => {
      const start = performance.now()
      const found = host.textContent?.includes(text)
      spent += performance.now() - start
      if (found) {
        observer.disconnect()
        resolve(spent)
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

/**
 * The document line number (`123. the of ...`) painted at the middle of `el`, read from the
 * modified side (three quarters across), if any.
 */
function lineAtMiddle(el: Element): number | null {
  const box = el === document.scrollingElement ? null : el.getBoundingClientRect()
  const x = box ? box.left + box.width * 0.75 : window.innerWidth * 0.75
  const middle = box ? box.top + box.height / 2 : window.innerHeight / 2
  // Blank lines carry no number: look a few pixels further down, then up.
  for (const dy of [0, 12, -12, 24, -24, 36, -36]) {
    // The innermost element around that point whose text holds a line number.
    let node = document.elementFromPoint(x, middle + dy)
    for (; node && node !== el; node = node.parentElement) {
      const text = node.textContent ?? ''
      if (text.length > 2000) break
      const found = /(?:^|\D)(\d+)\. /.exec(text)
      if (found) return Number(found[1])
    }
  }
  return null
}

window.ckBench = {
  async phases(lines) {
    const doc = benchDocument(lines)
    // Loaded, not yet run: the word diff is still cold when the first window makes segments.
    const segmenter = await loadWordSegmenter()
    const t0 = performance.now()
    const codes = new LineCodes()
    codes.encode(doc.modified, codes.encode(doc.original))
    const t1 = performance.now()
    const diff = lineDiff(doc.original, doc.modified)
    const t2 = performance.now()
    const layout = layoutRows(rowModel(diff, {}, segmenter), 'split', new Set())
    const t3 = performance.now()
    for (let i = 0; i < Math.min(40, layout.count); i++) layout.item(i)
    const t4 = performance.now()
    return { encode: t1 - t0, diff: t2 - t1, layout: t3 - t2, window: t4 - t3 }
  },

  async render(lib, lines, fold) {
    root?.unmount()
    const doc = benchDocument(lines)
    const emptyNodes = document.querySelectorAll('*').length
    root = createRoot(host)
    // DiffView is measured with its word marks: their chunk is there before the clock starts.
    await loadWordSegmenter()
    await nextFrame()
    // Generating the document was a long task of its own: let it pass before watching.
    await afterPaint()
    let longestTaskMs = 0
    const tasks = new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) longestTaskMs = Math.max(longestTaskMs, entry.duration)
    })
    tasks.observe({ type: 'longtask' })
    const shown = whenText(host, doc.marker)
    const start = performance.now()
    root.render(element(lib, doc, fold))
    const checkMs = await shown
    // Reading a layout property forces style and layout of what was just committed.
    void document.body.offsetHeight
    const renderMs = performance.now() - start
    const paintMs = (await afterPaint()) - start
    const nodes = document.querySelectorAll('*').length
    // Long-task entries arrive after their task: give the observer a frame to deliver them.
    await afterPaint()
    for (const entry of tasks.takeRecords()) longestTaskMs = Math.max(longestTaskMs, entry.duration)
    tasks.disconnect()
    return { renderMs, paintMs, nodes, emptyNodes, checkMs, longestTaskMs }
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
