// Declarations that fail to resolve turn every export into `any`, and `any` accepts anything.
// Each line below is wrong on purpose: with real types tsc reports an error there, which the
// directive expects; were the types `any`, the unused directive itself would fail the check.
import {
  ConflictResolver,
  useConflictAction,
  useSignupConflict,
  type HttpProblem,
  type Outcome,
} from 'react-conflict-kit'

export function WrongOnPurpose() {
  // @ts-expect-error: submit must be a function
  const signup = useSignupConflict({ submit: 42 })
  const action = useConflictAction<void, { id: number }>({ action: async () => ({ id: 1 }) })
  // @ts-expect-error: 'state-conflict' is not a status any more
  const stale = action.status === 'state-conflict'
  const outcome: Outcome<number> = { status: 'success', data: 1, problem: null }
  // @ts-expect-error: a success outcome carries no problem
  const problem: HttpProblem = outcome.problem
  // @ts-expect-error: ConflictResolver has no prop named conflicts
  return <ConflictResolver conflicts={[]} data-x={[signup, stale, problem]} />
}
