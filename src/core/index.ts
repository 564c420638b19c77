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
