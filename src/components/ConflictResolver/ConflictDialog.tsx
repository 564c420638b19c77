import type { KeyboardEvent, ReactNode, RefObject, SyntheticEvent } from 'react'
import { useEffect, useRef } from 'react'
import { cx } from '../shared/text'

// A details' first summary is focusable by itself (the merged-changes disclosures).
const tabbableSelector =
  'a[href], button:not([disabled]), input:not([disabled]):not([type="hidden"]), select:not([disabled]), textarea:not([disabled]), details > summary:first-of-type, [tabindex]'

function tabbables(root: HTMLElement): HTMLElement[] {
  return [...root.querySelectorAll<HTMLElement>(tabbableSelector)].filter(
    (el) => el.tabIndex >= 0 && !el.closest('[hidden], [inert]'),
  )
}

/** Props of `ConflictDialog`. */
export interface ConflictDialogProps {
  /** Asked to close: Escape, the native cancel, or a close button inside. */
  onClose: () => void
  /** Id of the heading that names the dialog. */
  labelledBy: string
  /** Receives focus on open (the heading, so it is read first). */
  initialFocus: RefObject<HTMLElement | null>
  className?: string
  children: ReactNode
}

/**
 * A modal `<dialog>` shown with `showModal()` where the browser has it (else `open` plus
 * `aria-modal`). Mounted means open. Focus moves in on open, Tab and Shift+Tab cycle inside,
 * Escape asks to close, and focus returns to where it was when the dialog goes away.
 */
export function ConflictDialog({
  onClose,
  labelledBy,
  initialFocus,
  className,
  children,
}: ConflictDialogProps) {
  const ref = useRef<HTMLDialogElement>(null)

  useEffect(() => {
    const dialog = ref.current
    if (!dialog) return
    const previous = document.activeElement instanceof HTMLElement ? document.activeElement : null
    if (typeof dialog.showModal === 'function') {
      if (!dialog.open) dialog.showModal()
    } else {
      dialog.setAttribute('open', '')
    }
    ;(initialFocus.current ?? tabbables(dialog)[0] ?? dialog).focus()
    return () => {
      if (typeof dialog.close === 'function') {
        if (dialog.open) dialog.close()
      } else {
        dialog.removeAttribute('open')
      }
      if (previous?.isConnected) previous.focus()
    }
  }, [initialFocus])

  const onKeyDown = (event: KeyboardEvent<HTMLDialogElement>) => {
    if (event.key === 'Escape') {
      event.preventDefault()
      event.stopPropagation()
      onClose()
      return
    }
    if (event.key !== 'Tab' || event.altKey || event.ctrlKey || event.metaKey) return
    // Tab order is computed here rather than left to the browser: a native modal lets Tab
    // leave for the browser's own UI, and the fallback (no showModal) traps nothing at all.
    const items = tabbables(event.currentTarget)
    const active = document.activeElement
    event.preventDefault()
    if (items.length === 0 || !active) return
    const relation = (el: HTMLElement) => active.compareDocumentPosition(el)
    const target = event.shiftKey
      ? (items.filter((el) => relation(el) & Node.DOCUMENT_POSITION_PRECEDING).at(-1) ??
        items.at(-1))
      : (items.find((el) => relation(el) & Node.DOCUMENT_POSITION_FOLLOWING) ?? items[0])
    target?.focus()
  }

  const onCancel = (event: SyntheticEvent<HTMLDialogElement>) => {
    // The browser would close the dialog by itself; let the owner decide through onClose.
    event.preventDefault()
    onClose()
  }

  return (
    <dialog
      ref={ref}
      className={cx('ck-ConflictResolver-dialog', className)}
      aria-labelledby={labelledBy}
      aria-modal="true"
      onKeyDown={onKeyDown}
      onCancel={onCancel}
    >
      {children}
    </dialog>
  )
}
