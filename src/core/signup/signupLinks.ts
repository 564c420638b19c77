import { safeSameOriginHref, withQueryParam } from '../links/safeHref'

/**
 * The links a signup prompt offers, from the app's options: same-origin only (anything else is
 * dropped), and the identifier put into the login URL only under the parameter the app opted
 * into. Each is checked again after the parameter is added.
 */
export function signupLinks(
  options: { loginHref?: string; resetPasswordHref?: string; identifierParam?: string | false },
  identifier: string | null,
): { loginHref: string | null; resetPasswordHref: string | null } {
  const param = options.identifierParam ?? false
  const safe = options.loginHref ? safeSameOriginHref(options.loginHref) : null
  const login = safe && param && identifier ? withQueryParam(safe, param, identifier) : safe
  return {
    loginHref: login ? safeSameOriginHref(login) : null,
    resetPasswordHref: options.resetPasswordHref
      ? safeSameOriginHref(options.resetPasswordHref)
      : null,
  }
}
