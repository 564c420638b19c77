import { useSyncExternalStore } from 'react'
import { wholeLine } from '../../core/diff/segmentPair'
import type { WordSegmenter } from '../../core/diff/segmentPair'

// The word diff (and diff-match-patch with it) is a chunk of its own: DiffView's first
// render needs only line-level changes, and the resolver's word marks are needed only once a
// conflict is shown, so the chunk loads beside them instead of before them.
// Loading starts when this module is evaluated (the app loads DiffView or the resolver), not
// at first use, so by the time a diff or a conflict is on screen the chunk is normally there.
let segmenter: WordSegmenter | null = null
let loading: Promise<WordSegmenter> | null = null
const listeners = new Set<() => void>()

/** The loaded word segmenter, or `null` while its chunk is loading. */
function wordSegmenter(): WordSegmenter | null {
  return segmenter
}

/** No segmenter on the server: hydration renders what the server rendered. */
function serverWordSegmenter(): null {
  return null
}

/**
 * The word segmenter once its chunk is there, `null` until then (and on the server); the
 * calling component renders again when it arrives.
 */
export function useWordSegmenter(): WordSegmenter | null {
  return useSyncExternalStore(subscribeWordSegmenter, wordSegmenter, serverWordSegmenter)
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
function subscribeWordSegmenter(listener: () => void): () => void {
  listeners.add(listener)
  return () => listeners.delete(listener)
}

void loadWordSegmenter()
