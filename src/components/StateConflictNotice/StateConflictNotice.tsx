import type { Ref } from 'react'
import type { HttpProblem } from '../../core/http/types'
import type { ConflictActionResult } from '../../hooks/types'
import { isolateWithin } from '../shared/isolateWithin'
import { cx, humanize } from '../shared/text'
import { withRefProp } from '../shared/withRefProp'

/** Every text `StateConflictNotice` shows; pass some or all through `labels` to translate. */
export interface StateConflictNoticeLabels {
  /** Title when the problem has none (or there is no problem, only a state). */
  title: string
  currentState: (state: string) => string
  allowedActions: string
  noActions: string
  refresh: string
  dismiss: string
}

/** English defaults for `StateConflictNotice`. */
export const defaultStateConflictNoticeLabels: StateConflictNoticeLabels = {
  title: 'This can no longer be done',
  currentState: (state) => `It is now ${state}.`,
  allowedActions: 'What you can still do:',
  noActions: 'Nothing more can be done with it in this state.',
  refresh: 'Refresh',
  dismiss: 'Dismiss',
}

/**
 * Props of `StateConflictNotice`. Plain props win over the matching `action` fields.
 *
 * Class names: `ck-StateConflictNotice` and its parts, each listed with what carries it in
 * `../classNames.ts` (the README's class-name table).
 * Data attributes: `data-state="conflict"` on the root,
 * `data-current-state` with the resource's state when known, `data-action` on each action.
 * Server text (title, detail, state and action names) is bidi-isolated (`dir="auto"`, `<bdi>`).
 */
export interface StateConflictNoticeProps {
  /** A `useConflictAction` result: problem, current state, allowed actions, and `reset` as dismiss. */
  action?: Pick<
    ConflictActionResult<unknown, unknown>,
    'problem' | 'currentState' | 'allowedActions' | 'reset'
  >
  problem?: HttpProblem | null
  /** The resource's state now (`shipped`, `accepted`, ...). */
  currentState?: string | null
  /** Actions still possible, as machine names. Defaults to `action.allowedActions`, else none. */
  allowedActions?: readonly string[]
  /**
   * The actions this person may take. An allowed action outside it is not offered (a customer
   * is not offered the warehouse's next step). Defaults to every allowed action.
   */
  permittedActions?: readonly string[]
  /** Readable text per action name. Defaults to the name in words. */
  actionLabels?: Record<string, string>
  /** Readable text per state name. Defaults to the name in words. */
  stateLabels?: Record<string, string>
  /** Makes the allowed actions buttons; without it they are listed as text. */
  onAction?: (action: string) => void
  onRefresh?: () => void
  /** Defaults to `action.reset`. */
  onDismiss?: () => void
  labels?: Partial<StateConflictNoticeLabels>
  className?: string
  ref?: Ref<HTMLDivElement>
}

/** What state the thing is in now, and what can still be done with it. */
export const StateConflictNotice = withRefProp(StateConflictNoticeView, 'StateConflictNotice')
function StateConflictNoticeView({
  action,
  onAction,
  onRefresh,
  ref,
  className,
  actionLabels,
  stateLabels,
  permittedActions,
  ...props
}: StateConflictNoticeProps) {
  const labels = { ...defaultStateConflictNoticeLabels, ...props.labels }
  const problem = props.problem !== undefined ? props.problem : (action?.problem ?? null)
  const state =
    props.currentState !== undefined ? props.currentState : (action?.currentState ?? null)
  const allowed = (props.allowedActions ?? action?.allowedActions ?? []).filter(
    (name) => !permittedActions || permittedActions.includes(name),
  )
  const onDismiss = props.onDismiss ?? action?.reset
  if (!problem && !state) return null

  const actionText = (name: string) => actionLabels?.[name] ?? humanize(name)
  const stateText = (name: string) => stateLabels?.[name] ?? humanize(name)
  return (
    <div
      ref={ref}
      className={cx('ck-StateConflictNotice', className)}
      data-state="conflict"
      data-current-state={state ?? undefined}
    >
      <div role="alert">
        <p className="ck-StateConflictNotice-title">
          <strong dir="auto">{problem?.title || labels.title}</strong>
        </p>
        {problem?.detail && (
          <p className="ck-StateConflictNotice-detail" dir="auto">
            {problem.detail}
          </p>
        )}
        {state && (
          <p className="ck-StateConflictNotice-state">
            {isolateWithin(labels.currentState(stateText(state)), stateText(state))}
          </p>
        )}
      </div>
      {(props.allowedActions !== undefined || action) && (
        <>
          <p className="ck-StateConflictNotice-allowed">
            {allowed.length > 0 ? labels.allowedActions : labels.noActions}
          </p>
          {allowed.length > 0 && (
            <ul className="ck-StateConflictNotice-actions">
              {allowed.map((name) => (
                <li key={name}>
                  {onAction ? (
                    <button
                      type="button"
                      className="ck-StateConflictNotice-action"
                      data-action={name}
                      dir="auto"
                      onClick={() => onAction(name)}
                    >
                      {actionText(name)}
                    </button>
                  ) : (
                    <span className="ck-StateConflictNotice-action" data-action={name} dir="auto">
                      {actionText(name)}
                    </span>
                  )}
                </li>
              ))}
            </ul>
          )}
        </>
      )}
      {(onRefresh || onDismiss) && (
        <div className="ck-StateConflictNotice-buttons">
          {onRefresh && (
            <button type="button" className="ck-StateConflictNotice-refresh" onClick={onRefresh}>
              {labels.refresh}
            </button>
          )}
          {onDismiss && (
            <button
              type="button"
              className="ck-StateConflictNotice-dismiss"
              onClick={() => onDismiss()}
            >
              {labels.dismiss}
            </button>
          )}
        </div>
      )}
    </div>
  )
}
