/** The slice of fixed-height items to render for a scroll position. */
export interface VirtualWindow {
  start: number
  /** Exclusive. */
  end: number
  /** Heights of the spacers standing in for the items above and below the slice. */
  before: number
  after: number
}

/**
 * Which items are on screen (plus `overscan` either side) when the viewport of
 * `viewportHeight` pixels is scrolled to `scrollTop`. Computed, not measured, so it
 * works the same in a browser and in jsdom (which has no layout).
 */
export function virtualWindow(
  count: number,
  scrollTop: number,
  viewportHeight: number,
  rowHeight: number,
  overscan: number,
): VirtualWindow {
  const first = Math.floor(Math.max(0, scrollTop) / rowHeight)
  const visible = Math.ceil(viewportHeight / rowHeight) + 1
  const start = Math.min(count, Math.max(0, first - overscan))
  const end = Math.min(count, first + visible + overscan)
  return { start, end, before: start * rowHeight, after: (count - end) * rowHeight }
}
