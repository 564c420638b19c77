import type { KeyboardEvent, Ref, RefObject } from 'react'
import { useId, useRef, useState } from 'react'
import type { MergePath } from '../../core/merge/types'
import type { ResourceConflict } from '../../core/resource/types'
import type { ConflictResolution } from '../../hooks/useConflictResolution'
import { cx } from '../shared/text'
import type { ConflictResolverLabels } from './conflictResolverLabels'
import { MergeSummary } from './MergeSummary'
import { ResolverContext, type ResolverLayout } from './resolverContext'
import { ResolverFooter } from './ResolverFooter'
import { ReviewChanges } from './ReviewChanges'
import { SlotList } from './SlotList'
import { useSlotNavigation } from './useSlotNavigation'
import { withRefProp } from '../shared/withRefProp'

/** Props of `ConflictPanel`. */
export interface ConflictPanelProps<T> {
  conflict: ResourceConflict<T>
  resolution: ConflictResolution<T>
  onSave: () => void
  onDiscard?: () => void
  /** Present in the dialog: a close button in the header. */
  onClose?: () => void
  canSave: boolean
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
  ref?: Ref<HTMLElement>
}

/** The conflict moment's content: heading, what merged, each decision, then the sticky footer. */
export const ConflictPanel = withRefProp(ConflictPanelView, 'ConflictPanel')
function ConflictPanelView<T>({ ref, headingRef, ...props }: ConflictPanelProps<T>) {
  const { conflict, resolution, labels, headingLevel, isSaving, variant, layout } = props
  const isClean = resolution.status === 'clean'
  const idPrefix = useId()
  const bodyRef = useRef<HTMLDivElement>(null)
  const [isReviewing, setIsReviewing] = useState(false)
  const navigate = useSlotNavigation(resolution as ConflictResolution<unknown>, idPrefix, () =>
    setIsReviewing(false),
  )
  const onKeyDown = (event: KeyboardEvent) => {
    if (!event.altKey || event.ctrlKey || event.metaKey || event.shiftKey) return
    if (event.key !== 'ArrowDown' && event.key !== 'ArrowUp') return
    event.preventDefault()
    navigate(event.key === 'ArrowDown' ? 1 : -1)
  }

  const Heading = `h${headingLevel}` as 'h2'
  const Root = variant === 'inline' ? 'section' : 'div'
  const context = {
    conflict: conflict as ResourceConflict<unknown>,
    resolution: resolution as ConflictResolution<unknown>,
    labels,
    layout,
    fieldLabel: props.fieldLabel,
    idPrefix,
    navigate,
  }
  return (
    <ResolverContext.Provider value={context}>
      <Root
        ref={ref as Ref<HTMLDivElement>}
        className={cx('ck-ConflictResolver', props.className)}
        aria-labelledby={variant === 'inline' ? props.headingId : undefined}
        aria-busy={isSaving || undefined}
        data-state={isClean ? 'clean' : resolution.status === 'undecided' ? 'conflict' : 'resolved'}
        data-variant={variant}
        data-layout={layout}
        onKeyDown={onKeyDown}
      >
        <div className="ck-ConflictResolver-header">
          <Heading
            id={props.headingId}
            ref={headingRef}
            tabIndex={-1}
            className="ck-ConflictResolver-title"
          >
            {isClean ? labels.cleanTitle : labels.title}
          </Heading>
          {props.onClose && (
            <button type="button" className="ck-ConflictResolver-close" onClick={props.onClose}>
              {labels.close}
            </button>
          )}
        </div>
        <div className="ck-ConflictResolver-body" ref={bodyRef}>
          <p className="ck-ConflictResolver-intro">{isClean ? labels.cleanIntro : labels.intro}</p>
          <MergeSummary
            changes={conflict.changes}
            mine={conflict.mine}
            merged={conflict.merged}
            fieldLabel={props.fieldLabel}
            labels={labels}
          />
          {!isClean && (
            <fieldset className="ck-ConflictResolver-layout">
              <legend className="ck-ConflictResolver-layoutName">{labels.layout}</legend>
              {(['two-column', 'three-column'] as const).map((option) => (
                <button
                  key={option}
                  type="button"
                  className="ck-ConflictResolver-layoutOption"
                  aria-pressed={layout === option}
                  data-state={layout === option ? 'on' : 'off'}
                  onClick={() => props.onLayoutChange(option)}
                >
                  {option === 'two-column' ? labels.twoColumns : labels.threeColumns}
                </button>
              ))}
            </fieldset>
          )}
          {isReviewing ? (
            resolution.result !== null ? (
              <ReviewChanges
                conflict={conflict}
                result={resolution.result}
                fieldLabel={props.fieldLabel}
                labels={labels}
              />
            ) : (
              <p className="ck-ConflictResolver-reviewHint">{labels.reviewWhenDecided}</p>
            )
          ) : (
            <SlotList count={resolution.slots.length} scroller={bodyRef} />
          )}
        </div>
        <ResolverFooter
          onSave={props.onSave}
          onDiscard={props.onDiscard}
          canSave={props.canSave}
          isSaving={isSaving}
          isReviewing={isReviewing}
          onReviewChange={setIsReviewing}
          labels={labels}
        />
      </Root>
    </ResolverContext.Provider>
  )
}
