export type {
  ConflictActionResult,
  ConflictActionStatus,
  OptimisticResourceBase,
  OptimisticResourceResult,
  OptimisticResourceStatus,
  ResourceConflict,
  RestoredDraft,
  SaveOutcome,
  SignupConflictResult,
  SignupStatus,
  TheirsSnapshot,
} from './types'
export { useConflictAction, type UseConflictActionOptions } from './useConflictAction'
export { useOptimisticResource, type UseOptimisticResourceOptions } from './useOptimisticResource'
export { useSignupConflict, type UseSignupConflictOptions } from './useSignupConflict'
export { useConflictResolution, type ConflictResolution } from './useConflictResolution'
