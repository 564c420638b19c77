import { forwardRef, type ForwardedRef, type ReactNode } from 'react'

/**
 * Hands `ref` to a component written with `ref` as a prop on React 18 as on React 19: React 18
 * keeps `ref` out of a function component's props (and warns), React 19 passes it in, and
 * through `forwardRef` both give it over. The result has the component's own type, generics and
 * all, so its public props (with `ref`) stay as they are.
 */
export function withRefProp<C extends (props: never) => ReactNode>(
  component: C,
  displayName: string,
): C {
  const render = component as unknown as (props: object) => ReactNode
  const forwarded = forwardRef((props: object, ref: ForwardedRef<unknown>) =>
    render({ ...props, ref }),
  )
  forwarded.displayName = displayName
  return forwarded as unknown as C
}
