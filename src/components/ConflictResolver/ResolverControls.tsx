// The resolver's controls: the live status and the buttons, each one element.
import type { ComponentPropsWithoutRef, MouseEvent } from 'react'
import { forwardRef, useEffect, useRef } from 'react'
import { cx } from '../shared/text'
import { composeHandlers, useForwardedElement, useResolverContext } from './resolverContext'

type ButtonProps = Omit<ComponentPropsWithoutRef<'button'>, 'type'>

/**
 * Props of `Resolver.Status`: an `<output>` (`ck-ConflictResolver-status`), a polite live
 * region with the count of undecided slots, "ready to save", or the clean-merge status.
 */
export type StatusProps = Omit<ComponentPropsWithoutRef<'output'>, 'children'>

/**
 * The count of undecided slots as a polite live region. Live regions announce changes, not
 * what is there when they mount, so the text is written after the region exists (React
 * renders no children into it, so the two cannot clash).
 */
export const Status = forwardRef<HTMLOutputElement, StatusProps>(function Status(props, ref) {
  const { resolution, labels } = useResolverContext()
  const own = useRef<HTMLOutputElement>(null)
  useForwardedElement(ref, own)
  const text =
    resolution.status === 'clean'
      ? labels.cleanStatus
      : resolution.status === 'undecided'
        ? labels.pending(resolution.undecidedCount)
        : labels.allDecided
  useEffect(() => {
    if (own.current) own.current.textContent = text
  }, [text])
  return (
    <output
      aria-live="polite"
      {...props}
      ref={own}
      className={cx('ck-ConflictResolver-status', props.className)}
    />
  )
})

/**
 * Props of `Resolver.Navigate`: a button (`ck-ConflictResolver-next` / `-previous`) with
 * `aria-keyshortcuts`, `aria-disabled="true"` while nothing is undecided.
 */
export interface NavigateProps extends ButtonProps {
  /** `1`: the next undecided slot; `-1`: the previous one. */
  direction: 1 | -1
}

/**
 * A button to the next or previous undecided slot, focusing its first choice. Buttons that
 * cannot act are `aria-disabled` rather than `disabled`, so one that had focus keeps it.
 */
export const Navigate = forwardRef<HTMLButtonElement, NavigateProps>(function Navigate(
  { direction, children, ...props },
  ref,
) {
  const { navigate, labels, resolution } = useResolverContext()
  return (
    <button
      aria-keyshortcuts={direction === 1 ? 'Alt+ArrowDown' : 'Alt+ArrowUp'}
      aria-disabled={resolution.undecidedCount === 0 || undefined}
      {...props}
      ref={ref}
      type="button"
      className={cx(
        direction === 1 ? 'ck-ConflictResolver-next' : 'ck-ConflictResolver-previous',
        props.className,
      )}
      onClick={composeHandlers(props.onClick, () => navigate(direction))}
    >
      {children ?? (direction === 1 ? labels.next : labels.previous)}
    </button>
  )
})

/**
 * Props of `Resolver.AcceptAll`: a button (`ck-ConflictResolver-acceptAll`) with
 * `data-side="mine|theirs"`, `aria-disabled="true"` while nothing is undecided.
 */
export interface AcceptAllProps extends ButtonProps {
  side: 'mine' | 'theirs'
}

/** Decides every undecided slot for one side; decisions already made stay. */
export const AcceptAll = forwardRef<HTMLButtonElement, AcceptAllProps>(function AcceptAll(
  { side, children, ...props },
  ref,
) {
  const { resolution, labels } = useResolverContext()
  return (
    <button
      aria-disabled={resolution.undecidedCount === 0 || undefined}
      {...props}
      ref={ref}
      type="button"
      className={cx('ck-ConflictResolver-acceptAll', props.className)}
      data-side={side}
      onClick={composeHandlers(props.onClick, () => resolution.acceptAll(side))}
    >
      {children ?? (side === 'mine' ? labels.acceptAllMine : labels.acceptAllTheirs)}
    </button>
  )
})

/**
 * Props of `Resolver.Save`: a button (`ck-ConflictResolver-save`), `aria-disabled="true"`
 * while a slot is undecided, a save is in flight, or the root has no `onResolve`.
 */
export type SaveProps = ButtonProps

/** Passes `resolution.result` to the root's `onResolve` once every slot is decided. */
export const Save = forwardRef<HTMLButtonElement, SaveProps>(function Save(
  { children, ...props },
  ref,
) {
  const { resolution, labels, onResolve, isSaving } = useResolverContext()
  const result = resolution.result
  const isBlocked = !onResolve || result === null || isSaving
  return (
    <button
      aria-disabled={isBlocked || undefined}
      {...props}
      ref={ref}
      type="button"
      className={cx('ck-ConflictResolver-save', props.className)}
      onClick={composeHandlers(props.onClick, () => {
        if (!isBlocked) onResolve(result)
      })}
    >
      {children ??
        (isSaving
          ? labels.saving
          : resolution.status === 'clean'
            ? labels.saveMerged
            : labels.save)}
    </button>
  )
})

/** Props of `Resolver.Discard`: a button (`ck-ConflictResolver-discard`). */
export type DiscardProps = ButtonProps

/** "Discard my changes": calls the root's `onDiscard`. */
export const Discard = forwardRef<HTMLButtonElement, DiscardProps>(function Discard(
  { children, ...props },
  ref,
) {
  const { labels, onDiscard } = useResolverContext()
  return (
    <button
      {...props}
      ref={ref}
      type="button"
      className={cx('ck-ConflictResolver-discard', props.className)}
      onClick={composeHandlers(props.onClick, () => onDiscard?.())}
    >
      {children ?? labels.discard}
    </button>
  )
})

/**
 * Props of `Resolver.ReviewToggle`: a toggle button (`ck-ConflictResolver-reviewToggle`)
 * with `aria-pressed` and `data-state="on|off"`.
 */
export type ReviewToggleProps = ButtonProps

/** Shows or hides the review of what will be saved (`Resolver.Review`). */
export const ReviewToggle = forwardRef<HTMLButtonElement, ReviewToggleProps>(function ReviewToggle(
  { children, ...props },
  ref,
) {
  const { labels, isReviewing, setReviewing } = useResolverContext()
  return (
    <button
      {...props}
      ref={ref}
      type="button"
      className={cx('ck-ConflictResolver-reviewToggle', props.className)}
      aria-pressed={isReviewing}
      data-state={isReviewing ? 'on' : 'off'}
      onClick={composeHandlers(props.onClick, () => setReviewing(!isReviewing))}
    >
      {children ?? labels.review}
    </button>
  )
})

/**
 * Props of `Resolver.Close`: a button (`ck-ConflictResolver-close`); what closing means is
 * the caller's `onClick` (the dialog's close).
 */
export interface CloseProps extends ButtonProps {
  onClick: (event: MouseEvent<HTMLButtonElement>) => void
}

/** The close button of a resolver shown in a dialog. */
export const Close = forwardRef<HTMLButtonElement, CloseProps>(function Close(
  { children, ...props },
  ref,
) {
  const { labels } = useResolverContext()
  return (
    <button
      {...props}
      ref={ref}
      type="button"
      className={cx('ck-ConflictResolver-close', props.className)}
    >
      {children ?? labels.close}
    </button>
  )
})

/**
 * Props of `Resolver.LayoutPicker`: a `<fieldset>` (`ck-ConflictResolver-layout`) with two
 * toggle buttons (`ck-ConflictResolver-layoutOption`, `aria-pressed`, `data-state="on|off"`).
 */
export type LayoutPickerProps = Omit<ComponentPropsWithoutRef<'fieldset'>, 'children'>

/** Switches the root's layout between two columns (the original folded) and three. */
export const LayoutPicker = forwardRef<HTMLFieldSetElement, LayoutPickerProps>(
  function LayoutPicker(props, ref) {
    const { labels, layout, setLayout } = useResolverContext()
    return (
      <fieldset {...props} ref={ref} className={cx('ck-ConflictResolver-layout', props.className)}>
        <legend className="ck-ConflictResolver-layoutName">{labels.layout}</legend>
        {(['two-column', 'three-column'] as const).map((option) => (
          <button
            key={option}
            type="button"
            className="ck-ConflictResolver-layoutOption"
            aria-pressed={layout === option}
            data-state={layout === option ? 'on' : 'off'}
            onClick={() => setLayout(option)}
          >
            {option === 'two-column' ? labels.twoColumns : labels.threeColumns}
          </button>
        ))}
      </fieldset>
    )
  },
)
