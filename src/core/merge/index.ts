export type { MarkerOptions } from './conflictMarkers'
export { getAtPath } from './getAtPath'
export { jsonEqual } from './jsonEqual'
export type { ItemId } from './mergeArrayById'
export { mergeText } from './mergeText'
export type { MergeTextOptions } from './mergeText'
export { mergeValues } from './mergeValues'
export type { MergeValuesOptions } from './mergeValues'
export { resolveChunks } from './resolveChunks'
export type { ChunkChoice } from './resolveChunks'
export { resolveValues } from './resolveValues'
export type { ValueChoice } from './resolveValues'
export { insertAtPath, setAtPath } from './setAtPath'
export type {
  MergeChange,
  MergeChunk,
  MergeConflict,
  MergePath,
  MergeResult,
  MergeTextResult,
  TextConflict,
} from './types'
