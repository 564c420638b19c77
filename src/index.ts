// The React entry point, `react-conflict-kit`: hooks, components, and the core names React code
// meets through them (problems, conflicts, drafts, links). The merge and diff engine, the
// response classifier and the Node resource client are imported from `react-conflict-kit/core`.
// test/exports.test.ts snapshots this list, so adding a name is a decision.
export * from './hooks/index'
export * from './components/index'
export {
  ProblemError,
  createDraftStore,
  isProblemError,
  problemFromError,
  safeSameOriginHref,
  takeHandedOffIdentifier,
} from './core/index'
export type {
  ConflictKind,
  ConflictMergeOptions,
  DraftStore,
  HttpProblem,
  MergeConflict,
  ProblemKind,
  ResourceConflict,
  VersionSource,
  VersionedValue,
} from './core/index'
