export type {
  ConflictActionStatus,
  OptimisticResourceStatus,
  ResourceConflict,
  RestoredDraft,
  SaveOutcome,
  SignupStatus,
} from './types'
