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
