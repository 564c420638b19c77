// What the signup hook does to the page: its statuses, clearing an input, going to a link.

/** Every status of `useSignupConflict`, for its `isX` flags. */
export const SIGNUP_STATUSES = [
  'idle',
  'pending',
  'success',
  'duplicate',
  'invalid',
  'error',
] as const

/** Goes to a page when the app gave no router. */
export const defaultNavigate = (href: string) => globalThis.location?.assign(href)

/**
 * Empties an input so that React (controlled inputs) and form libraries see the change:
 * the native value setter bypasses React's value tracker, then an `input` event is sent.
 * Both come from the element's own window, so this also works across frames.
 */
export function clearInput(element: HTMLInputElement): void {
  const view = element.ownerDocument?.defaultView
  const proto = view?.HTMLInputElement.prototype ?? Object.getPrototypeOf(element)
  const setter = Object.getOwnPropertyDescriptor(proto, 'value')?.set
  if (setter) setter.call(element, '')
  else element.value = ''
  const EventCtor = view?.Event ?? Event
  element.dispatchEvent(new EventCtor('input', { bubbles: true }))
}
