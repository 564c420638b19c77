import { useRef, type ReactNode } from 'react'
import { useReturnFocus } from '../shared/hooks'

/** Props of `NoticeFrame`. */
export interface NoticeFrameProps {
  /** `data-state`: `clean` (a merge held for one click) or `saved` (one already stored). */
  state: 'clean' | 'saved'
  title: string
  text: string
  isBusy: boolean
  headingLevel: 2 | 3 | 4
  className?: string
  children: ReactNode
}

/**
 * The non-modal frame of the resolver's notices: a labelled region with a heading and a
 * status line. It takes no focus when it appears; when it goes away with focus inside, focus
 * goes back to where it was when it appeared, never to `<body>`.
 */
export function NoticeFrame(props: NoticeFrameProps) {
  const ref = useRef<HTMLElement>(null)
  useReturnFocus(ref)
  const Heading = `h${props.headingLevel}` as 'h2'
  return (
    <section
      ref={ref}
      className={['ck-ConflictResolver', 'ck-ConflictResolver-notice', props.className]
        .filter(Boolean)
        .join(' ')}
      data-variant="notice"
      data-state={props.state}
      aria-label={props.title}
      aria-busy={props.isBusy || undefined}
    >
      <Heading className="ck-ConflictResolver-title">{props.title}</Heading>
      <output className="ck-ConflictResolver-noticeText">{props.text}</output>
      {props.children}
    </section>
  )
}
