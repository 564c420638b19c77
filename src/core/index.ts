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
