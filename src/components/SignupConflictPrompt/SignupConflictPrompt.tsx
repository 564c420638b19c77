import type { MouseEvent, ReactNode, Ref } from 'react'
import type { SignupConflictResult, SignupStatus } from '../../hooks/types'
import { safeSameOriginHref } from '../../core/links/safeHref'
import { useFocusOnMount } from '../shared/hooks'
import { isolateWithin } from '../shared/isolateWithin'
import { isPlainLeftClick } from '../shared/isPlainLeftClick'
import { cx } from '../shared/text'
import {
  defaultSignupConflictPromptLabels,
  type SignupConflictPromptLabels,
} from './signupConflictPromptLabels'
import { withRefProp } from '../shared/withRefProp'

/**
 * Props of `SignupConflictPrompt`. Plain props win over the matching `signup` fields.
 *
 * Class names: `ck-SignupConflictPrompt` and its parts, each listed with what carries it in
 * `../classNames.ts` (the README's class-name table).
 * Data attributes: `data-state="duplicate|neutral"` on the
 * root, `data-variant="primary"` on "Log in" (the main action).
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
  /**
   * Login page; used as a link only when same-origin http(s), in its normalised form. When given,
   * the link navigates by itself (`signup.login` is not called). Defaults to `signup.loginHref`.
   */
  loginHref?: string | null
  /** Called on "Log in"; call `event.preventDefault()` to stop the link navigating. */
  onLogin?: (event: MouseEvent) => void
  /** Called on "use another" (clear the field and try again). Defaults to `signup.chooseAnother`. */
  onChooseAnother?: () => void
  /** Password-reset page, like `loginHref`. Defaults to `signup.resetPasswordHref`. */
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
  /** Already checked: a same-origin path or null. */
  href: string | null
  onClick?: ((event: MouseEvent) => void) | null
  isPrimary?: boolean
  children: ReactNode
}) {
  const { className, href, onClick, isPrimary, children } = props
  const variant = isPrimary ? 'primary' : undefined
  if (href) {
    return (
      <a className={className} href={href} onClick={onClick ?? undefined} data-variant={variant}>
        {children}
      </a>
    )
  }
  // Without a safe href the action survives as a button only if it can run.
  if (!onClick) return null
  return (
    <button type="button" className={className} onClick={onClick} data-variant={variant}>
      {children}
    </button>
  )
}

const checked = (href: string | null | undefined) => (href ? safeSameOriginHref(href) : null)

/** "An account with a@b.com already exists. Log in instead?" with the ways forward. */
export const SignupConflictPrompt = withRefProp(SignupConflictPromptView, 'SignupConflictPrompt')
function SignupConflictPromptView<V = unknown>({
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
  // The hrefs used are the checked ones: a refused href is neither a link nor a navigation.
  const loginHref = checked(props.loginHref !== undefined ? props.loginHref : signup?.loginHref)
  const resetHref = checked(
    props.resetPasswordHref !== undefined ? props.resetPasswordHref : signup?.resetPasswordHref,
  )
  // signup.login() goes to signup.loginHref; it stands in for the link only when that is the
  // link's own target and it passed the check (an app-given href navigates as a plain link).
  const onLogin =
    props.onLogin ??
    (signup &&
      props.loginHref === undefined &&
      loginHref &&
      ((event: MouseEvent) => {
        if (!isPlainLeftClick(event)) return
        // login() stores the identifier for the login page and navigates itself.
        event.preventDefault()
        signup.login()
      }))
  const onReset =
    props.onResetPassword ??
    (signup &&
      props.resetPasswordHref === undefined &&
      resetHref &&
      ((event: MouseEvent) => {
        if (!isPlainLeftClick(event)) return
        event.preventDefault()
        signup.resetPassword()
      }))
  const onChooseAnother = props.onChooseAnother ?? signup?.chooseAnother

  return (
    <div ref={ref} className={cx('ck-SignupConflictPrompt', className)} data-state="duplicate">
      <p {...messageProps} className="ck-SignupConflictPrompt-message" role="alert">
        {isolateWithin(
          labels.duplicate(identifier, field),
          identifier,
          'ck-SignupConflictPrompt-identifier',
        )}{' '}
        {labels.question}
      </p>
      <div className="ck-SignupConflictPrompt-actions">
        <Action
          className="ck-SignupConflictPrompt-login"
          href={loginHref}
          onClick={onLogin || null}
          isPrimary
        >
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
        <Action
          className="ck-SignupConflictPrompt-reset"
          href={resetHref}
          onClick={onReset || null}
        >
          {labels.resetPassword}
        </Action>
      </div>
    </div>
  )
}
