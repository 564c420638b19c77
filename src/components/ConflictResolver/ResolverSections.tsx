// The resolver's regions: header, title, intro, what merged, the scrolling body, the footer
// and the review, each one element.
import type { ComponentPropsWithoutRef, Ref } from 'react'
import { forwardRef } from 'react'
import { cx } from '../shared/text'
import { MergeSummary } from './MergeSummary'
import { useForwardedElement, useResolverContext } from './resolverContext'
import { ReviewChanges } from './ReviewChanges'

/** Props of `Resolver.Header`: a `<div>` (`ck-ConflictResolver-header`). */
export type HeaderProps = ComponentPropsWithoutRef<'div'>

/** The row holding the title (and a dialog's close button). */
export const Header = forwardRef<HTMLDivElement, HeaderProps>(function Header(props, ref) {
  return <div {...props} ref={ref} className={cx('ck-ConflictResolver-header', props.className)} />
})

/**
 * Props of `Resolver.Title`: a heading (`ck-ConflictResolver-title`, focusable by script,
 * `tabIndex={-1}`) whose id names the root.
 */
export interface TitleProps extends ComponentPropsWithoutRef<'h2'> {
  /** Level of the heading. Defaults to `2`. */
  level?: 2 | 3 | 4
}

/** "Someone else saved changes…", or the clean-merge title when there is nothing to decide. */
export const Title = forwardRef<HTMLHeadingElement, TitleProps>(function Title(
  { level = 2, children, ...props },
  ref,
) {
  const { resolution, labels, titleId } = useResolverContext()
  const Heading = `h${level}` as 'h2'
  return (
    <Heading
      id={titleId}
      tabIndex={-1}
      {...props}
      ref={ref}
      className={cx('ck-ConflictResolver-title', props.className)}
    >
      {children ?? (resolution.status === 'clean' ? labels.cleanTitle : labels.title)}
    </Heading>
  )
})

/** Props of `Resolver.Intro`: a `<p>` (`ck-ConflictResolver-intro`). */
export type IntroProps = ComponentPropsWithoutRef<'p'>

/** What happened and what to do, in a sentence. */
export const Intro = forwardRef<HTMLParagraphElement, IntroProps>(function Intro(
  { children, ...props },
  ref,
) {
  const { resolution, labels } = useResolverContext()
  return (
    <p {...props} ref={ref} className={cx('ck-ConflictResolver-intro', props.className)}>
      {children ?? (resolution.status === 'clean' ? labels.cleanIntro : labels.intro)}
    </p>
  )
})

/**
 * Props of `Resolver.Summary`: a `<div>` (`ck-ConflictResolver-summary`) with a list
 * (`-changes`) of changes (`-change`, `data-from="mine|theirs|both"`, `data-path`).
 */
export type SummaryProps = Omit<ComponentPropsWithoutRef<'div'>, 'children'>

/**
 * What merged automatically; a change that alters your draft opens to show your value
 * against the merged one.
 */
export const Summary = forwardRef<HTMLDivElement, SummaryProps>(function Summary(props, ref) {
  const { conflict, labels, fieldLabel } = useResolverContext()
  return (
    <MergeSummary
      {...props}
      rootRef={ref}
      changes={conflict.changes}
      mine={conflict.mine}
      merged={conflict.merged}
      fieldLabel={fieldLabel}
      labels={labels}
    />
  )
})

/**
 * Props of `Resolver.Body`: a `<div>` (`ck-ConflictResolver-body`), the part that scrolls;
 * `Resolver.Slots` inside it windows against its box.
 */
export type BodyProps = ComponentPropsWithoutRef<'div'>

/** The scrolling part of the resolver, between header and footer. */
export const Body = forwardRef<HTMLDivElement, BodyProps>(function Body(props, ref) {
  const { scroller } = useResolverContext()
  useForwardedElement(ref, scroller)
  return (
    <div {...props} ref={scroller} className={cx('ck-ConflictResolver-body', props.className)} />
  )
})

/** Props of `Resolver.Footer`: a `<div>` (`ck-ConflictResolver-footer`, sticky with styles.css). */
export type FooterProps = ComponentPropsWithoutRef<'div'>

/** The sticky footer: status, navigation, bulk choices and actions go inside. */
export const Footer = forwardRef<HTMLDivElement, FooterProps>(function Footer(props, ref) {
  return <div {...props} ref={ref} className={cx('ck-ConflictResolver-footer', props.className)} />
})

/**
 * Props of `Resolver.Review`: while the review is open, a `<div>`
 * (`ck-ConflictResolver-review`, a labelled diff per field, `-reviewField`), or while a slot
 * is undecided a `<p>` (`ck-ConflictResolver-reviewHint`); nothing while it is closed.
 */
export type ReviewProps = Omit<ComponentPropsWithoutRef<'div'>, 'children'>

/**
 * What saving will do to the server's current version, field by field (theirs against the
 * result), shown while the review is open (`Resolver.ReviewToggle`).
 */
export const Review = forwardRef<HTMLElement, ReviewProps>(function Review(props, ref) {
  const { resolution, conflict, labels, fieldLabel, isReviewing } = useResolverContext()
  if (!isReviewing) return null
  if (resolution.result === null) {
    return (
      <p
        {...props}
        ref={ref as Ref<HTMLParagraphElement>}
        className={cx('ck-ConflictResolver-reviewHint', props.className)}
      >
        {labels.reviewWhenDecided}
      </p>
    )
  }
  return (
    <ReviewChanges
      {...props}
      rootRef={ref as Ref<HTMLDivElement>}
      conflict={conflict}
      result={resolution.result}
      fieldLabel={fieldLabel}
      labels={labels}
    />
  )
})
