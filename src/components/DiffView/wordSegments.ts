import type { DiffSegmentsOptions } from '../../core/diff/diffSegments'
import { wholeLine } from '../../core/diff/segmentPair'
import type { SegmentPair } from '../../core/diff/segmentPair'

/** Word-level segments of a changed line pair (`diffSegments`, or its fallback). */
export type WordSegmenter = (a: string, b: string, opts?: DiffSegmentsOptions) => SegmentPair

// The word diff (and diff-match-patch with it) is a chunk of its own: DiffView's first
// render needs only line-level changes, so the chunk loads beside it instead of before it.
// Loading starts when this module is evaluated (the app loads DiffView), not at first use,
// so by the time a diff is on screen the chunk is normally there.
let segmenter: WordSegmenter | null = null
let loading: Promise<WordSegmenter> | null = null
const listeners = new Set<() => void>()

/** The loaded word segmenter, or `null` while its chunk is loading. */
export function wordSegmenter(): WordSegmenter | null {
  return segmenter
}

/** No segmenter on the server: hydration renders what the server rendered. */
export function serverWordSegmenter(): null {
  return null
}

/**
 * Loads the word segmenter once. If its chunk cannot be loaded (a network error, a deploy
 * that removed it), changed lines fall back to whole-line segments: the change stays
 * visible and readable, only the word detail is missing.
 */
export function loadWordSegmenter(): Promise<WordSegmenter> {
  loading ??= import('../../core/diff/diffSegments').then(
    (module) => settle(module.diffSegments),
    () => settle(wholeLine),
  )
  return loading
}

function settle(loaded: WordSegmenter): WordSegmenter {
  segmenter = loaded
  for (const listener of listeners) listener()
  return loaded
}

/** `useSyncExternalStore` subscription: called once the segmenter is there. */
export function subscribeWordSegmenter(listener: () => void): () => void {
  listeners.add(listener)
  return () => listeners.delete(listener)
}

void loadWordSegmenter()
