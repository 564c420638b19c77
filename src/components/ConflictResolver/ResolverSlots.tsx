import type { ComponentPropsWithoutRef, Ref } from 'react'
import { forwardRef, useEffect, useRef, useState } from 'react'
import { useIsomorphicLayoutEffect } from '../../hooks/useIsomorphicLayoutEffect'
import { cx } from '../shared/text'
import { useForwardedElement, useResolverContext } from './resolverContext'
import { ResolverSlot } from './ResolverSlot'

/**
 * Props of `Resolver.Slots`: a `<div>` (`ck-ConflictResolver-slots`, `data-windowed`
 * (presence) while windowed) holding each slot, wrapped in a `ck-ConflictResolver-item`
 * (`data-item`: its index) while windowed, with `aria-hidden` spacers between.
 */
export interface SlotsProps extends Omit<ComponentPropsWithoutRef<'div'>, 'children'> {
  /** Lists longer than this are windowed. Defaults to `12`. */
  windowAfter?: number
}

// A typical hunk with two short sides, the choices and the result; corrected by measuring.
const ESTIMATE_PX = 360
// Rendered beyond each edge of the viewport, so Tab and scrolling find slots already there.
const OVERSCAN_PX = 1200
// Without layout (jsdom, a hidden dialog) the viewport is taken to be this tall.
const FALLBACK_VIEWPORT_PX = 900

/**
 * Every slot in document order, windowed when there are many: only those near the viewport
 * (plus the current and the focused one, so focus never goes down with an unmounted slot)
 * are in the DOM, with spacers of their measured (else estimated) heights between them, so
 * a 60-hunk conflict costs a few hunks of DOM while the scroll height stays honest. The
 * viewport is `Resolver.Body`'s box where there is one, else the list's own, clipped to the
 * window. Focus inside a slot makes it the current one, which navigation moves on from.
 * Renders nothing while the review is open (`Resolver.Review` takes its place).
 */
export const Slots = forwardRef<HTMLDivElement, SlotsProps>(function Slots(props, ref) {
  const { isReviewing } = useResolverContext()
  return isReviewing ? null : <SlotList {...props} listRef={ref} />
})

// Mounted while the slots show, so its observers always watch the list element it renders.
function SlotList({
  windowAfter = 12,
  listRef: forwarded,
  ...props
}: SlotsProps & { listRef: Ref<HTMLDivElement> }) {
  const { resolution, scroller } = useResolverContext()
  const count = resolution.slots.length
  const isWindowed = count > windowAfter
  const listRef = useRef<HTMLDivElement>(null)
  useForwardedElement(forwarded, listRef)
  const [heights, setHeights] = useState<readonly number[]>([])
  const [view, setView] = useState({ top: 0, height: FALLBACK_VIEWPORT_PX, overscan: 0 })
  const [focused, setFocused] = useState<number | null>(null)
  const setCurrent = resolution.setCurrent

  useEffect(() => {
    const list = listRef.current
    if (!list) return
    const onFocusIn = (event: FocusEvent) => {
      const slot = (event.target as Element).closest('[data-slot]')
      const index = slot ? Number((slot as HTMLElement).dataset.slot) : NaN
      if (Number.isInteger(index)) {
        setFocused(index)
        setCurrent(index)
      }
    }
    list.addEventListener('focusin', onFocusIn)
    return () => list.removeEventListener('focusin', onFocusIn)
  }, [setCurrent])

  useEffect(() => {
    if (!isWindowed) return
    // The visible part of the list: the scroller's box clipped to the window, so it works in
    // the dialog (the body scrolls) and inline (the page scrolls) alike.
    const readView = () => {
      const list = listRef.current
      const el = scroller.current ?? list
      if (!el || !list) return
      const box = el.getBoundingClientRect()
      const listTop = list.getBoundingClientRect().top
      const visibleTop = Math.max(box.top, 0)
      const visibleBottom = Math.min(box.bottom, window.innerHeight || box.bottom)
      const top = visibleTop - listTop
      const seen = visibleBottom - visibleTop
      // Without layout there is nothing to scroll to yet: no overscan, a screenful of slots.
      const height = seen > 0 ? seen : FALLBACK_VIEWPORT_PX
      const overscan = seen > 0 ? OVERSCAN_PX : 0
      setView((v) =>
        Math.abs(v.top - top) < 40 && v.height === height && v.overscan === overscan
          ? v
          : { top, height, overscan },
      )
    }
    readView()
    // Capture sees the scroll of any ancestor (the dialog body or the page).
    document.addEventListener('scroll', readView, { capture: true, passive: true })
    window.addEventListener('resize', readView)
    return () => {
      document.removeEventListener('scroll', readView, { capture: true })
      window.removeEventListener('resize', readView)
    }
  }, [isWindowed, scroller])

  // Measured heights replace estimates; the spacers follow on the next render.
  useIsomorphicLayoutEffect(() => {
    const list = listRef.current
    if (!isWindowed || !list || typeof ResizeObserver !== 'function') return
    const ro = new ResizeObserver((entries) => {
      const found: [number, number][] = []
      for (const entry of entries) {
        const el = entry.target as HTMLElement
        if (el.offsetHeight > 0) found.push([Number(el.dataset.item), el.offsetHeight])
      }
      if (found.length === 0) return
      setHeights((prev) => {
        if (found.every(([i, h]) => prev[i] === h)) return prev
        const next = [...prev]
        for (const [i, h] of found) next[i] = h
        return next
      })
    })
    const observeAll = () => {
      for (const el of list.querySelectorAll(':scope > [data-item]')) ro.observe(el)
    }
    observeAll()
    const mo = new MutationObserver(observeAll)
    mo.observe(list, { childList: true })
    return () => {
      mo.disconnect()
      ro.disconnect()
    }
  }, [isWindowed])

  const className = cx('ck-ConflictResolver-slots', props.className)
  if (!isWindowed) {
    return (
      <div {...props} ref={listRef} className={className}>
        {Array.from({ length: count }, (_, i) => (
          <ResolverSlot key={i} index={i} />
        ))}
      </div>
    )
  }

  const height = (i: number) => heights[i] ?? ESTIMATE_PX
  const pinned = [resolution.current, focused].filter(
    (i): i is number => i !== null && i >= 0 && i < count,
  )
  const shown = new Set<number>(pinned)
  let offset = 0
  for (let i = 0; i < count; i++) {
    const h = height(i)
    if (
      offset + h >= view.top - view.overscan &&
      offset <= view.top + view.height + view.overscan
    ) {
      shown.add(i)
    }
    offset += h
  }
  const items = [...shown].toSorted((a, b) => a - b)
  const children = []
  let next = 0
  for (const i of items) {
    let gap = 0
    for (let k = next; k < i; k++) gap += height(k)
    if (gap > 0) children.push(<div key={`gap-${i}`} aria-hidden="true" style={{ height: gap }} />)
    children.push(
      <div key={i} data-item={i} className="ck-ConflictResolver-item">
        <ResolverSlot index={i} />
      </div>,
    )
    next = i + 1
  }
  let tail = 0
  for (let k = next; k < count; k++) tail += height(k)
  if (tail > 0) children.push(<div key="gap-end" aria-hidden="true" style={{ height: tail }} />)
  return (
    <div {...props} ref={listRef} className={className} data-windowed="">
      {children}
    </div>
  )
}
