export type {
  ConflictActionResult,
  OptimisticResourceBase,
  OptimisticResourceResult,
  SignupConflictResult,
  TheirsSnapshot,
  ConflictActionStatus,
  OptimisticResourceStatus,
  ResourceConflict,
  RestoredDraft,
  SaveOutcome,
  SignupStatus,
} from './types'
