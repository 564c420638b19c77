export type { ConflictKind, HttpProblem, ProblemKind } from './http/types'
export type {
  MergeChange,
  MergeChunk,
  MergeConflict,
  MergePath,
  MergeResult,
  MergeTextResult,
  TextConflict,
} from './merge/types'
export type { DiffFoldRow, DiffLineRow, DiffRow, DiffSegment, DiffSide } from './diff/types'

// merge and diff engine
export {
  getAtPath,
  insertAtPath,
  jsonEqual,
  mergeText,
  mergeValues,
  resolveChunks,
  resolveValues,
  setAtPath,
} from './merge/index'
export type {
  ChunkChoice,
  ItemId,
  MarkerOptions,
  MergeTextOptions,
  MergeValuesOptions,
  ValueChoice,
} from './merge/index'
export { diffRows, diffSegments, tokenize, unifiedRows } from './diff/index'
export type {
  DiffRowsOptions,
  DiffSegmentsOptions,
  SegmentGranularity,
  SegmentPair,
  UnifiedRow,
} from './diff/index'

// http
export { classifyResponse } from './http/classifyResponse'
export type { ClassifyOptions } from './http/classifyResponse'
export { problemFromBody } from './http/problemFromBody'
export type { ProblemRequest } from './http/problemFromBody'
export { DEFAULT_MAX_BODY_BYTES, readBody } from './http/readBody'
export type { BodyInfo, BodyKind, ReadBodyOptions } from './http/readBody'
export {
  ProblemError,
  isFetchResponse,
  isHttpProblem,
  isProblemError,
  problemFromError,
} from './http/problemError'
export { retryDelay, shouldRetry } from './http/retry'
export type { RetryDelayOptions, RetryPolicyOptions } from './http/retry'
export { etagStrongMatch, etagWeakMatch, formatETag, ifMatchHeaders, parseETag } from './http/etag'
export type { ETag } from './http/etag'
export { getPath, readVersion, withVersionField } from './http/version'
export type { VersionSource } from './http/version'
export { parseRetryAfter } from './http/retryAfter'
export { htmlTitle, htmlToText, toPlainText } from './http/html'

// edit sessions, saving with merge, and the resource client
export {
  createConflict,
  theirsFromProblem,
  type ConflictMergeOptions,
} from './resource/createConflict'
export { deriveResourceState, type ResourceView } from './resource/deriveResourceState'
export { editReducer, viewing, type EditAction, type EditSession } from './resource/editSession'
export {
  loadResource,
  readVersioned,
  saveResource,
  setVersionField,
  type ResourceRequest,
  type ResourceWrite,
} from './resource/resourceClient'
export { saveWithMerge, type SaveFlow, type SaveFlowResult } from './resource/saveWithMerge'
export type { ResourceConflict, VersionedValue } from './resource/types'

// drafts, links, signup and state conflicts
export {
  createDraftStore,
  createMemoryStorage,
  draftKey,
  type DraftStorage,
  type DraftStore,
  type DraftStoreOptions,
  type StoredDraft,
} from './draft/draftStore'
export { clearDrafts, type ClearDraftsOptions } from './draft/draftSlot'
export { handOffIdentifier, takeHandedOffIdentifier } from './links/identifierHandoff'
export { safeSameOriginHref, withQueryParam, type SafeHrefOptions } from './links/safeHref'
export {
  NEUTRAL_SIGNUP_MESSAGE,
  signupOutcome,
  type SignupOutcome,
  type SignupOutcomeOptions,
} from './signup/signupOutcome'
export { readState, stateConflictDetails, type StateConflictDetails } from './state/stateConflict'
