export type { MarkerOptions } from './conflictMarkers'
export { mergeText } from './mergeText'
export type { MergeTextOptions } from './mergeText'
export { resolveChunks } from './resolveChunks'
export type { ChunkChoice } from './resolveChunks'
export type {
  MergeChange,
  MergeChunk,
  MergeConflict,
  MergePath,
  MergeResult,
  MergeTextResult,
  TextConflict,
} from './types'
