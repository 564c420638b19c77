// React hooks over the core. test/exports.test.ts snapshots this list.
export type {
  ConflictActionResult,
  ConflictActionStatus,
  OptimisticResourceActions,
  OptimisticResourcePhase,
  OptimisticResourceResult,
  OptimisticResourceStatus,
  SignupConflictResult,
  SignupStatus,
} from './types'
export { useConflictAction, type UseConflictActionOptions } from './useConflictAction'
export { useOptimisticResource, type UseOptimisticResourceOptions } from './useOptimisticResource'
export { useSignupConflict, type UseSignupConflictOptions } from './useSignupConflict'
export {
  useConflictResolution,
  type ConflictResolution,
  type UseConflictResolutionOptions,
} from './useConflictResolution'
