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
export { ProblemError, isHttpProblem, isProblemError, problemFromError } from './http/problemError'
export { retryDelay, shouldRetry } from './http/retry'
export type { RetryDelayOptions, RetryPolicyOptions } from './http/retry'
export { etagStrongMatch, etagWeakMatch, formatETag, ifMatchHeaders, parseETag } from './http/etag'
export type { ETag } from './http/etag'
export { getPath, readVersion, withVersionField } from './http/version'
export type { VersionSource } from './http/version'
export { parseRetryAfter } from './http/retryAfter'
export { htmlTitle, htmlToText, toPlainText } from './http/html'
