import type { KeyboardEvent, Ref, UIEvent } from 'react'
import { useEffect, useId, useMemo, useRef, useState } from 'react'
import { DIFF_ROWS_DEFAULTS } from '../../core/diff/diffRowsOptions'
import type { DiffRowsOptions } from '../../core/diff/diffRowsOptions'
import { layoutRows, type DiffLayout, type DiffViewMode } from '../../core/diff/layoutRows'
import type { LineDiff } from '../../core/diff/lineDiff'
import { rowModel } from '../../core/diff/rowModel'
import { rowModelOfRows } from '../../core/diff/rowModelOfRows'
import type { DiffRow } from '../../core/diff/types'
import { cx } from '../shared/text'
import { useControllableState } from '../shared/hooks'
import { useWordSegmenter } from '../shared/wordSegments'
import { diffGridStyle } from './diffGridStyle'
import { DiffViewHeader } from './DiffViewHeader'
import { DiffViewItem } from './DiffViewItem'
import { DiffViewToolbar } from './DiffViewToolbar'
import { defaultDiffViewLabels, type DiffViewLabels } from './diffViewLabels'
import { useLineDiff } from './useLineDiff'
import { virtualWindow } from './virtualWindow'
import { withRefProp } from '../shared/withRefProp'

/**
 * Props of `DiffView`.
 *
 * Class names: `ck-DiffView` and its parts, each listed with what carries it in
 * `../classNames.ts` (the README's class-name table).
 *
 * Data attributes: `data-mode="split|unified"` and `data-state="pending|ready"` (pending while a
 * large diff is still being computed, with a `ck-DiffView-progress` status) on the root; on rows
 * `data-change="equal|insert|delete|change|fold"`, `data-current` (presence) on the rows of the
 * change moved to, `data-index` (item position); on cells `data-side="original|modified"` and
 * `data-change="equal|insert|delete|empty"`.
 */
export interface DiffViewProps {
  /** The left / `−` text (by default labelled "Your version"). */
  original?: string
  /** The right / `+` text (by default labelled "Saved by someone else"). */
  modified?: string
  /**
   * Options for `diffRows` when diffing `original` / `modified`: the view shows the rows
   * `diffRows` gives for them. Defaults to `{}` (3 lines of context).
   */
  diffOptions?: DiffRowsOptions
  /** Precomputed rows (from `diffRows`). Takes precedence over `original` / `modified`. */
  rows?: readonly DiffRow[]
  /** Controlled layout. */
  mode?: DiffViewMode
  /** Initial layout when uncontrolled. Defaults to `'split'`. */
  defaultMode?: DiffViewMode
  onModeChange?: (mode: DiffViewMode) => void
  /** Texts shown and announced; English by default. Defaults to `defaultDiffViewLabels`. */
  labels?: Partial<DiffViewLabels>
  /** Most the scroll viewport grows to, in pixels; also the window rendered. Defaults to `480`. */
  height?: number
  /** Fixed height of every line, in pixels. Defaults to `22`. */
  rowHeight?: number
  /** Lines rendered beyond each edge of the viewport. Defaults to `10`. */
  overscan?: number
  /**
   * Longest the diff of `original` / `modified` may hold the main thread at once, in ms. A
   * diff that takes longer goes on in slices between frames, the view showing its progress
   * (`data-state="pending"`); the result is the same either way. Defaults to `80`.
   */
  maxBlockingMs?: number
  /** Shows the mode toggle and change navigation. Defaults to `true`. */
  showToolbar?: boolean
  /**
   * Long lines wrap instead of scrolling sideways, and the two sides of a split view share the
   * width there is: for narrow screens and short diffs (a review of what will be saved).
   * Wrapped rows take the height they need, so every row is rendered; past 2,000 rows
   * the view stays virtualised and does not wrap. Sets `data-wrap` on the root
   * while wrapping. Defaults to `false`.
   */
  wrap?: boolean
  className?: string
  /** The root element. */
  ref?: Ref<HTMLDivElement>
}

const EMPTY_LAYOUT: DiffLayout = {
  count: 0,
  item: () => {
    throw new RangeError('DiffView: no items yet')
  },
  hunks: [],
  maxOldLength: 0,
  maxNewLength: 0,
  maxLineNumber: 0,
}

/** Most rows a wrapping `DiffView` renders; a longer diff stays virtualised, unwrapped. */
const WRAP_MAX_ROWS = 2000

function range(start: number, end: number): number[] {
  const out: number[] = []
  for (let i = start; i < end; i++) out.push(i)
  return out
}

/** Side-by-side or unified diff with word highlights, folding and a virtualised body. */
export const DiffView = withRefProp(DiffViewView, 'DiffView')
function DiffViewView(props: DiffViewProps) {
  const { ref, original = '', modified = '', diffOptions: o = {} } = props
  const { height = 480, rowHeight = 22, overscan = 10, showToolbar = true } = props
  // Options by value, so an inline options object does not re-diff on every render.
  const { context, granularity, timeoutMs, maxLineLength, maxBlockLines } = o
  const state = useLineDiff(
    original,
    modified,
    props.rows === undefined,
    timeoutMs ?? DIFF_ROWS_DEFAULTS.timeoutMs,
    props.maxBlockingMs ?? 80,
  )
  const source = props.rows ?? (state.status === 'ready' ? state.diff : null)
  const labels = { ...defaultDiffViewLabels, ...props.labels }
  const [mode, setMode] = useControllableState(
    props.mode,
    props.defaultMode ?? 'split',
    props.onModeChange,
  )
  const [expanded, setExpanded] = useState<ReadonlySet<number>>(() => new Set())
  const [current, setCurrent] = useState<number | null>(null)
  const [scrollTop, setScrollTop] = useState(0)
  // A new document: folds, position and scroll start over.
  const [seenSource, setSeenSource] = useState(source)
  if (seenSource !== source) {
    setSeenSource(source)
    setExpanded(new Set())
    setCurrent(null)
    setScrollTop(0)
  }
  const scroller = useRef<HTMLElement>(null)
  const focusItem = useRef<number | null>(null)
  const hintId = useId()

  // Word marks come from a chunk of their own; rows re-render with them once it is there.
  const segmenter = useWordSegmenter()
  const model = useMemo(() => {
    if (source === null) return null
    if (Array.isArray(source)) return rowModelOfRows(source as readonly DiffRow[])
    const opts = { context, granularity, timeoutMs, maxLineLength, maxBlockLines }
    return rowModel(source as LineDiff, opts, segmenter)
  }, [source, context, granularity, timeoutMs, maxLineLength, maxBlockLines, segmenter])
  const layout = useMemo(
    () => (model ? layoutRows(model, mode, expanded) : EMPTY_LAYOUT),
    [model, mode, expanded],
  )
  const { hunks } = layout
  const percent = state.status === 'pending' ? Math.round(state.progress * 100) : null
  // Wrapped rows have heights nobody computed: render them all (a short diff) instead.
  const wraps = props.wrap === true && layout.count <= WRAP_MAX_ROWS
  const win = wraps
    ? { start: 0, end: layout.count, before: 0, after: 0 }
    : virtualWindow(layout.count, scrollTop, height - rowHeight, rowHeight, overscan)
  const currentHunk = current === null ? undefined : hunks[current]

  useEffect(() => {
    if (focusItem.current === null) return
    const el = scroller.current?.querySelector<HTMLElement>(`[data-index="${focusItem.current}"]`)
    focusItem.current = null
    el?.focus({ preventScroll: true })
  })

  const scrollTo = (top: number) => {
    if (scroller.current) scroller.current.scrollTop = top
    // jsdom fires no scroll event for a programmatic scroll; keep the window in step ourselves.
    setScrollTop(top)
  }

  const goTo = (index: number, moveFocus: boolean) => {
    const hunk = hunks[index]
    if (!hunk) return
    setCurrent(index)
    if (wraps) {
      // Every row is in the DOM, at a height only the browser knows: let it scroll there.
      const row = scroller.current?.querySelector<HTMLElement>(`[data-index="${hunk[0]}"]`)
      row?.scrollIntoView?.({ block: 'nearest' })
      if (moveFocus) focusItem.current = hunk[0]
      return
    }
    const top = hunk[0] * rowHeight
    const fitsBelow = (hunk[0] + 1) * rowHeight <= scrollTop + height - rowHeight
    if (top < scrollTop || !fitsBelow) scrollTo(Math.max(0, top - 2 * rowHeight))
    if (moveFocus) focusItem.current = hunk[0]
  }
  // Next / previous step from the current change while it is on screen; once the person has
  // scrolled away (or before any move) they step from what is on screen instead. Wrapped rows
  // are not `rowHeight` tall, so what is on screen is unknown: they step from the current
  // change, and from the first one before any move.
  const firstVisible = wraps ? 0 : Math.floor(scrollTop / rowHeight)
  const lastVisible = firstVisible + Math.floor((height - rowHeight) / rowHeight) - 1
  const anchored =
    currentHunk !== undefined &&
    (wraps || (currentHunk[1] > firstVisible && currentHunk[0] <= lastVisible))
  const nextIndex = anchored ? current! + 1 : hunks.findIndex((h) => h[0] >= firstVisible)
  const previousIndex = anchored ? current! - 1 : hunks.findLastIndex((h) => h[0] < firstVisible)
  const hasNext = nextIndex >= 0 && nextIndex < hunks.length
  const hasPrevious = previousIndex >= 0
  const next = (moveFocus: boolean) => hasNext && goTo(nextIndex, moveFocus)
  const previous = (moveFocus: boolean) => hasPrevious && goTo(previousIndex, moveFocus)

  const onKeyDown = (event: KeyboardEvent<HTMLElement>) => {
    if (event.ctrlKey || event.metaKey) return
    const key = event.key.toLowerCase()
    const isNext = (key === 'n' && !event.altKey) || (event.altKey && event.key === 'ArrowDown')
    const isPrev = (key === 'p' && !event.altKey) || (event.altKey && event.key === 'ArrowUp')
    if (!isNext && !isPrev) return
    event.preventDefault()
    if (isNext) next(true)
    else previous(true)
  }

  const onScroll = (event: UIEvent<HTMLElement>) => {
    const view = event.currentTarget
    const top = view.scrollTop
    // A focused row about to be virtualised away would drop focus to <body>, where n / p no
    // longer reach the view; hand focus to the view itself first.
    const active = document.activeElement
    if (!wraps && active instanceof HTMLElement && active !== view && view.contains(active)) {
      const index = Number(active.closest<HTMLElement>('[data-index]')?.dataset.index)
      const upcoming = virtualWindow(layout.count, top, height - rowHeight, rowHeight, overscan)
      if (!(index >= upcoming.start && index < upcoming.end)) view.focus({ preventScroll: true })
    }
    setScrollTop(top)
  }

  const expand = (foldId: number) => {
    setExpanded((prev) => new Set(prev).add(foldId))
    // The button disappears with the fold; keep focus in the view rather than on <body>.
    scroller.current?.focus({ preventScroll: true })
  }

  const rowStyle = diffGridStyle(layout, mode, rowHeight, wraps)

  return (
    <div
      ref={ref}
      className={cx('ck-DiffView', props.className)}
      data-mode={mode}
      data-wrap={wraps ? '' : undefined}
      data-state={state.status === 'pending' ? 'pending' : 'ready'}
      aria-busy={state.status === 'pending' || undefined}
    >
      {showToolbar && (
        <DiffViewToolbar
          mode={mode}
          onModeChange={setMode}
          labels={labels}
          total={hunks.length}
          comparing={percent}
          current={current}
          hasNext={hasNext}
          hasPrevious={hasPrevious}
          onNext={() => next(false)}
          onPrevious={() => previous(false)}
        />
      )}
      <span id={hintId} hidden>
        {labels.keyboardHint}
      </span>
      {/* oxlint-disable-next-line jsx-a11y/no-noninteractive-element-interactions -- n / p act on the view */}
      <section
        ref={scroller}
        className="ck-DiffView-scroller"
        aria-label={labels.region}
        aria-describedby={hintId}
        // A scrollable region must be focusable so keyboard users can scroll it.
        // oxlint-disable-next-line jsx-a11y/no-noninteractive-tabindex
        tabIndex={0}
        onKeyDown={onKeyDown}
        onScroll={onScroll}
        style={{ overflow: 'auto', maxHeight: height, position: 'relative' }}
      >
        <DiffViewHeader mode={mode} labels={labels} style={rowStyle} />
        <div style={{ height: win.before }} aria-hidden="true" />
        {percent !== null && (
          <div className="ck-DiffView-progress">
            <progress max={100} value={percent} aria-label={labels.comparing(percent)} />{' '}
            <span aria-hidden="true">{labels.comparing(percent)}</span>
          </div>
        )}
        {range(win.start, win.end).map((index) => {
          const item = layout.item(index)
          return (
            <DiffViewItem
              key={item.key}
              item={item}
              index={index}
              style={rowStyle}
              isCurrent={!!currentHunk && index >= currentHunk[0] && index < currentHunk[1]}
              labels={labels}
              onExpand={expand}
              wrap={wraps}
            />
          )
        })}
        <div style={{ height: win.after }} aria-hidden="true" />
      </section>
    </div>
  )
}
