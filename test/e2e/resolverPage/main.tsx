/**
 * A host page for the resolver, driven from Node through `window.ckResolver`: the e2e suite
 * mounts each state (light or dark, with or without a hostile host stylesheet) and the
 * benchmark times opening, typing and accepting all, beside @codemirror/merge on the same text.
 */
import { MergeView } from '@codemirror/merge'
import { EditorView } from '@codemirror/view'
import { createRoot, type Root } from 'react-dom/client'
import { ConflictResolver } from '../../../src/components/ConflictResolver/ConflictResolver'
import { loadWordSegmenter } from '../../../src/components/shared/wordSegments'
import '../../../src/components/styles.css' // oxlint-disable-line import/no-unassigned-import
import type { ResourceConflict } from '../../../src/hooks/types'
import { articleFieldLabels, cleanMerge, manyConflicts } from '../../../stories/fixtures'
import { longConflict } from '../../../stories/longConflict'
import hostileCss from './hostile.css?raw'

/** Which conflict is mounted. */
export type PageFixture = 'long' | 'hunks60' | 'values' | 'clean'

/** How to mount it. */
export interface MountOptions {
  fixture: PageFixture
  variant?: 'inline' | 'dialog'
  layout?: 'two-column' | 'three-column'
  theme?: 'light' | 'dark'
  hostile?: boolean
}

/** Times of one mount, from `root.render` (ms). */
export interface MountMeasure {
  renderMs: number
  paintMs: number
  /** Elements in the document once rendered. */
  nodes: number
}

/** The page's API for the Node driver. */
export interface ResolverPageApi {
  mount(options: MountOptions): Promise<MountMeasure>
  /** The value the last Save handed to `onResolve`, or null. */
  resolved(): unknown
  /** The conflict currently mounted (for computing expected results in Node). */
  conflict(): ResourceConflict<unknown> | null
  /** Times from the next keydown to the paint after it. */
  armKeystroke(): void
  keystrokeMs(): Promise<number>
  /** Clicks a button by its text and times it until the paint after. */
  clickTimed(text: string): Promise<number>
  /** Mounts @codemirror/merge's MergeView on the same mine / theirs texts. */
  mountCodeMirror(): Promise<MountMeasure>
}

declare global {
  interface Window {
    ckResolver: ResolverPageApi
  }
}

const afterPaint = () =>
  new Promise<number>((resolve) =>
    requestAnimationFrame(() => setTimeout(() => resolve(performance.now()), 0)),
  )

const build = (fixture: PageFixture): ResourceConflict<unknown> =>
  fixture === 'long'
    ? longConflict(4_000, 63)
    : fixture === 'hunks60'
      ? longConflict(1_200, 60)
      : fixture === 'values'
        ? manyConflicts()
        : cleanMerge()

const container = document.getElementById('root')!
let root: Root | null = null
let last: unknown = null
let mounted: ResourceConflict<unknown> | null = null
let hostile: HTMLStyleElement | null = null
let keyStart = 0
let keyEnd: Promise<number> | null = null

function setHost(options: MountOptions) {
  document.documentElement.dataset.theme = options.theme ?? 'light'
  document.body.style.background = 'var(--ck-color-bg)'
  document.body.style.color = 'var(--ck-color-fg)'
  if (options.hostile && !hostile) {
    hostile = document.createElement('style')
    hostile.textContent = hostileCss
    document.head.append(hostile)
  } else if (!options.hostile && hostile) {
    hostile.remove()
    hostile = null
  }
}

window.ckResolver = {
  async mount(options) {
    root?.unmount()
    container.replaceChildren()
    setHost(options)
    const conflict = build(options.fixture)
    mounted = conflict
    last = null
    // The word marks' chunk is there before the clock starts, as it is by the time an app shows
    // a conflict: the resolver is measured with its marks, not in the moment before they load.
    await loadWordSegmenter()
    await afterPaint()
    root = createRoot(container)
    const start = performance.now()
    root.render(
      <ConflictResolver
        conflict={conflict}
        variant={options.variant ?? 'dialog'}
        defaultLayout={options.layout}
        fieldLabels={{ ...articleFieldLabels, body: 'Text' }}
        onResolve={(value) => {
          last = value
        }}
        onDiscard={() => {}}
      />,
    )
    await new Promise<void>((resolve) => {
      const check = () =>
        container.querySelector('.ck-ConflictResolver, .ck-ConflictResolver-notice') ||
        document.querySelector('dialog .ck-ConflictResolver')
          ? resolve()
          : requestAnimationFrame(check)
      check()
    })
    const renderMs = performance.now() - start
    const paintMs = (await afterPaint()) - start
    return { renderMs, paintMs, nodes: document.querySelectorAll('*').length }
  },
  resolved: () => last,
  conflict: () => mounted,
  armKeystroke() {
    keyEnd = new Promise<number>((resolve) => {
      document.addEventListener(
        'keydown',
        () => {
          keyStart = performance.now()
          void afterPaint().then((end) => resolve(end - keyStart))
        },
        { capture: true, once: true },
      )
    })
  },
  keystrokeMs: () => keyEnd ?? Promise.reject(new Error('armKeystroke first')),
  async clickTimed(text) {
    const button = [...document.querySelectorAll('button')].find((b) => b.textContent === text)
    if (!button) throw new Error(`no button "${text}"`)
    const start = performance.now()
    button.click()
    return (await afterPaint()) - start
  },
  async mountCodeMirror() {
    root?.unmount()
    root = null
    container.replaceChildren()
    setHost({ fixture: 'long' })
    const conflict = longConflict(4_000, 63) as ResourceConflict<{ body: string }>
    mounted = conflict
    await afterPaint()
    const start = performance.now()
    const view = new MergeView({
      a: { doc: conflict.mine.body, extensions: [EditorView.lineWrapping] },
      b: { doc: conflict.theirs.body, extensions: [EditorView.lineWrapping] },
      parent: container,
      collapseUnchanged: { margin: 3, minSize: 4 },
    })
    const renderMs = performance.now() - start
    const paintMs = (await afterPaint()) - start
    view.a.focus()
    return { renderMs, paintMs, nodes: document.querySelectorAll('*').length }
  },
}
