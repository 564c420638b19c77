import type { HttpProblem } from './http/types'

/** Why a `save` / `resolve` / `submit` / `run` call did nothing. */
export type SkipReason = 'not-dirty' | 'in-flight' | 'not-loaded'

/**
 * What `save()`, `resolve()`, `submit()` and `run()` resolve with, in TanStack Query's terms.
 * They never throw: `status` says what happened, `data` is the server's answer on success and
 * `problem` the reason otherwise. `conflict` is the answer the kit exists for (a stale write, an
 * identifier already registered, an action the resource's state no longer allows); `skipped`
 * means nothing was sent.
 */
export type Outcome<TData> =
  | { status: 'success'; data: TData; problem: null }
  | { status: 'conflict'; data: undefined; problem: HttpProblem }
  | { status: 'error'; data: undefined; problem: HttpProblem }
  | { status: 'skipped'; data: undefined; problem: null; reason: SkipReason }
