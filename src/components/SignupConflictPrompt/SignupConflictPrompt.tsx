import type { MouseEvent, ReactNode, Ref } from 'react'
import type { SignupConflictResult, SignupStatus } from '../../hooks/types'
import { cx } from '../shared/text'
import { isPlainLeftClick, isSafeHref } from '../shared/links'
import { useFocusOnMount } from '../shared/hooks'
import {
  defaultSignupConflictPromptLabels,
  type SignupConflictPromptLabels,
} from './signupConflictPromptLabels'

/**
 * Props of `SignupConflictPrompt`. Plain props win over the matching `signup` fields.
 *
 * Class names: `ck-SignupConflictPrompt` (root), `-message`, `-actions`, `-login`,
 * `-different`, `-reset`. Data attributes: `data-state="duplicate|neutral"` on the root.
 */
export interface SignupConflictPromptProps<V = unknown> {
  /** The `useSignupConflict` result; wires every other prop. */
  signup?: Pick<
    SignupConflictResult<V>,
    | 'status'
    | 'identifier'
    | 'field'
    | 'loginHref'
    | 'login'
    | 'chooseAnother'
    | 'resetPasswordHref'
    | 'resetPassword'
    | 'isEnumerationSafe'
    | 'message'
  >
  /** Shown for `duplicate` (and `success` when enumeration-safe). Defaults to `signup.status`, else `'duplicate'`. */
  status?: SignupStatus
  /** The value that is already registered, shown as text. */
  identifier?: string | null
  /** Which field it was (`email`, `username`, ...). */
  field?: string | null
  /** Login page; used as a link only when same-origin http(s). */
  loginHref?: string | null
  /** Called on "Log in"; call `event.preventDefault()` to stop the link navigating. */
  onLogin?: (event: MouseEvent) => void
  /** Called on "use another" (clear the field and try again). Defaults to `signup.chooseAnother`. */
  onChooseAnother?: () => void
  /** Password-reset page; used as a link only when same-origin http(s). */
  resetPasswordHref?: string | null
  onResetPassword?: (event: MouseEvent) => void
  /** Neutral wording that never says whether the account exists. Defaults to `signup.isEnumerationSafe`, else `false`. */
  enumerationSafe?: boolean
  /** The neutral text in enumeration-safe mode. Defaults to `labels.neutral`. */
  message?: string | null
  /** Moves focus to the prompt when it appears. Defaults to `false`. */
  focusOnShow?: boolean
  labels?: Partial<SignupConflictPromptLabels>
  className?: string
  ref?: Ref<HTMLDivElement>
}

function Action(props: {
  className: string
  href: string | null | undefined
  onClick?: (event: MouseEvent) => void
  children: ReactNode
}) {
  const { className, href, onClick, children } = props
  if (isSafeHref(href)) {
    return (
      <a className={className} href={href} onClick={onClick}>
        {children}
      </a>
    )
  }
  // An unsafe or missing href never becomes a link; the action survives as a button if it can run.
  if (!onClick) return null
  return (
    <button type="button" className={className} onClick={onClick}>
      {children}
    </button>
  )
}

/** "An account with a@b.com already exists. Log in instead?" with the ways forward. */
export function SignupConflictPrompt<V = unknown>({
  signup,
  ref,
  className,
  focusOnShow = false,
  ...props
}: SignupConflictPromptProps<V>) {
  const labels = { ...defaultSignupConflictPromptLabels, ...props.labels }
  const status = props.status ?? signup?.status ?? 'duplicate'
  const safe = props.enumerationSafe ?? signup?.isEnumerationSafe ?? false
  const focusRef = useFocusOnMount<HTMLParagraphElement>(focusOnShow)
  if (status !== 'duplicate' && !(safe && status === 'success')) return null

  // The message takes focus (when asked): it is what should be read first.
  const messageProps = { ref: focusRef, tabIndex: focusOnShow ? -1 : undefined }
  if (safe) {
    const message = props.message ?? signup?.message ?? labels.neutral
    return (
      <div ref={ref} className={cx('ck-SignupConflictPrompt', className)} data-state="neutral">
        {/* oxlint-disable-next-line jsx-a11y/prefer-tag-over-role -- a paragraph, announced politely */}
        <p {...messageProps} className="ck-SignupConflictPrompt-message" role="status">
          {message}
        </p>
      </div>
    )
  }

  const identifier = props.identifier ?? signup?.identifier ?? null
  const field = props.field ?? signup?.field ?? null
  const loginHref = props.loginHref ?? signup?.loginHref
  const resetHref = props.resetPasswordHref ?? signup?.resetPasswordHref
  const onLogin =
    props.onLogin ??
    (signup &&
      ((event: MouseEvent) => {
        if (!isPlainLeftClick(event)) return
        // login() stores the identifier for the login page and navigates itself.
        event.preventDefault()
        signup.login()
      }))
  const onReset =
    props.onResetPassword ??
    (signup &&
      ((event: MouseEvent) => {
        if (!isPlainLeftClick(event)) return
        event.preventDefault()
        signup.resetPassword()
      }))
  const onChooseAnother = props.onChooseAnother ?? signup?.chooseAnother

  return (
    <div ref={ref} className={cx('ck-SignupConflictPrompt', className)} data-state="duplicate">
      <p {...messageProps} className="ck-SignupConflictPrompt-message" role="alert">
        {labels.duplicate(identifier, field)} {labels.question}
      </p>
      <div className="ck-SignupConflictPrompt-actions">
        <Action className="ck-SignupConflictPrompt-login" href={loginHref} onClick={onLogin}>
          {labels.logIn}
        </Action>
        {onChooseAnother && (
          <button
            type="button"
            className="ck-SignupConflictPrompt-different"
            onClick={() => onChooseAnother()}
          >
            {labels.differentIdentifier(field)}
          </button>
        )}
        <Action className="ck-SignupConflictPrompt-reset" href={resetHref} onClick={onReset}>
          {labels.resetPassword}
        </Action>
      </div>
    </div>
  )
}
