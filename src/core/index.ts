// The framework-free entry point, `react-conflict-kit/core`. Every name here is a promise to
// users: test/exports.test.ts snapshots this list, so adding one is a decision, not an accident.
// Helpers the kit uses internally are imported from their own modules.

// reading a failed response
export { classifyResponse } from './http/classifyResponse'
export type { ClassifyOptions } from './http/classifyResponse'
export { ProblemError, isProblemError, problemFromError } from './http/problemError'
export type {
  ConflictKind,
  HeadersInput,
  HttpProblem,
  ProblemEvidence,
  ProblemKind,
} from './http/types'
export type { ProblemRequest } from './http/problemFromBody'
export type { ProblemRule } from './http/problemRule'

// three-way merge and diff
export { mergeText } from './merge/mergeText'
export type { MergeTextOptions } from './merge/mergeText'
export type { MarkerOptions } from './merge/conflictMarkers'
export type { ItemId } from './merge/mergeArrayById'
export { mergeValues } from './merge/mergeValues'
export type { MergeValuesOptions } from './merge/mergeValues'
export type {
  MergeChange,
  MergeChunk,
  MergeConflict,
  MergePath,
  MergeResult,
  MergeTextResult,
  TextConflict,
} from './merge/types'
export { diffRows } from './diff/diffRows'
export type { DiffRowsOptions } from './diff/diffRows'
export type { DiffFoldRow, DiffLineRow, DiffRow, DiffSegment, DiffSide } from './diff/types'
export type { SegmentGranularity } from './diff/tokenize'
export type { DiffViewMode } from './diff/layoutRows'

// loading and saving a versioned resource (the loop the hooks use, for Node clients and scripts)
export { loadResource, saveResource } from './resource/resourceClient'
export type {
  ResourceRequest,
  ResourceWrite,
  SaveAnswer,
  SavedResource,
} from './resource/resourceClient'
export type { BodyFormat } from './resource/resourceBody'
export type { WriteProtection } from './resource/writePrecondition'
export { saveWithMerge } from './resource/saveWithMerge'
export type { SaveFlow, SaveFlowResult } from './resource/saveWithMerge'
export type { SavePolicy } from './resource/saveStep'

// the edit of one resource, framework-free: what useOptimisticResource adapts to React
export { createResourceController, memoryCache } from './resource/resourceController'
export type {
  ResourceCache,
  ResourceController,
  ResourceControllerOptions,
  ResourceControllerState,
  ResourceControllerView,
  SaveOutcome,
} from './resource/resourceController'
export type {
  ResourceRequestOptions,
  WriteVariables,
  WrittenValue,
} from './resource/resourceRequests'
export type { DiscardedDraft, EditSession } from './resource/editSession'
export type {
  ResourceEditPhase,
  ResourceEditView,
  ResourceLoadStatus,
  ResourceView,
  ResourceViewFlags,
} from './resource/deriveResourceState'
export type { Outcome, SkipReason } from './outcome'
export type { ConflictMergeOptions } from './resource/createConflict'
export type { AutoMerge, ResourceConflict, VersionSource, VersionedValue } from './resource/types'

// drafts that survive a reload
export { createDraftStore } from './draft/draftStore'
export type { DraftStorage, DraftStore, DraftStoreOptions, StoredDraft } from './draft/draftStore'
export type { SecretFields } from './draft/omitSecrets'
export { clearDrafts, countDrafts } from './draft/draftSlot'
export type { ClearDraftsOptions, DraftAddress, DraftOffer, DraftSlot } from './draft/draftSlot'

// deciding a conflict, slot by slot (what the resolver and its hook work from)
export type { ResolutionSlot } from './resolution/conflictResolution'
export type { Decision, ResolutionPick } from './resolution/decisions'

// links and the signup hand-off
export { safeSameOriginHref } from './links/safeHref'
export type { SafeHrefOptions } from './links/safeHref'
export { takeHandedOffIdentifier } from './links/identifierHandoff'

// applying a person's decisions to a merge (what the resolver saves, for Node clients too)
export { resolveConflict } from './resolution/resolveConflict'
export type {
  ConflictDecision,
  ResolvableConflict,
  ResolveConflictResult,
} from './resolution/resolveConflict'
