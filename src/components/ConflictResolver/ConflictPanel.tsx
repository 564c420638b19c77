import type { Ref, RefObject } from 'react'
import type { MergePath } from '../../core/merge/types'
import type { ConflictResolution } from '../../hooks/useConflictResolution'
import type { ConflictResolverLabels } from './conflictResolverLabels'
import * as Resolver from './parts'
import type { ResolverLayout } from './resolverContext'

/** Props of `ConflictPanel`. */
export interface ConflictPanelProps<T> {
  resolution: ConflictResolution<T>
  onResolve?: (value: T) => unknown
  onDiscard?: () => void
  /** Present in the dialog: a close button in the header. */
  onClose?: () => void
  isSaving: boolean
  variant: 'inline' | 'dialog'
  layout: ResolverLayout
  onLayoutChange: (layout: ResolverLayout) => void
  fieldLabel: (path: MergePath) => string
  labels: ConflictResolverLabels
  headingId: string
  headingRef: RefObject<HTMLHeadingElement | null>
  headingLevel: 2 | 3 | 4
  className?: string
  /** The root element (a prop of its own: React 18 keeps `ref` from function components). */
  rootRef?: Ref<HTMLElement>
}

/**
 * The conflict moment's content, composed of the resolver's parts: heading, what merged,
 * each decision (or the review), then the sticky footer.
 */
export function ConflictPanel<T>({
  rootRef,
  headingRef,
  resolution,
  variant,
  labels,
  ...props
}: ConflictPanelProps<T>) {
  const isClean = resolution.status === 'clean'
  return (
    <Resolver.Root
      ref={rootRef}
      resolution={resolution}
      labels={labels}
      layout={props.layout}
      onLayoutChange={props.onLayoutChange}
      fieldLabel={props.fieldLabel}
      onResolve={props.onResolve}
      isSaving={props.isSaving}
      onDiscard={props.onDiscard}
      titleId={props.headingId}
      as={variant === 'inline' ? 'section' : 'div'}
      className={props.className}
      data-variant={variant}
    >
      <Resolver.Header>
        <Resolver.Title ref={headingRef} level={props.headingLevel} />
        {props.onClose && <Resolver.Close onClick={props.onClose} />}
      </Resolver.Header>
      <Resolver.Body>
        <Resolver.Intro />
        <Resolver.Summary />
        {!isClean && <Resolver.LayoutPicker />}
        <Resolver.Review />
        <Resolver.Slots />
      </Resolver.Body>
      <Resolver.Footer>
        <Resolver.Status />
        {!isClean && (
          <div className="ck-ConflictResolver-nav">
            <Resolver.Navigate direction={-1} />
            <Resolver.Navigate direction={1} />
            <Resolver.AcceptAll side="mine" />
            <Resolver.AcceptAll side="theirs" />
          </div>
        )}
        <div className="ck-ConflictResolver-actions">
          <Resolver.Save />
          {!isClean && <Resolver.ReviewToggle />}
          {props.onDiscard && <Resolver.Discard />}
        </div>
      </Resolver.Footer>
    </Resolver.Root>
  )
}
