import type { WordSegmenter } from '../diff/segmentPair'
import type { DiffSegment } from '../diff/types'

// Word diffs of one hunk side are cheap, but a pathological pair must not stall a render.
const BUDGET_MS = 50

/**
 * What one side changed against the base, word by word and in reading order: kept words,
 * base words the side removed (`delete`) and words it wrote (`insert`), removals before
 * insertions at the same place. Built from `segment` (`diffSegments`, which never splits emoji
 * and other multi-unit characters, or a stand-in while it loads). The concatenation of the
 * non-`insert` parts is `base`, of the non-`delete` parts is `side`.
 */
export function wordChanges(base: string, side: string, segment: WordSegmenter): DiffSegment[] {
  if (base === side) return side === '' ? [] : [{ change: 'equal', text: side }]
  const pair = segment(base, side, { timeoutMs: BUDGET_MS })
  const old = pair.old.map((s) => ({ ...s }))
  const now = pair.new.map((s) => ({ ...s }))
  const out: DiffSegment[] = []
  const push = (change: DiffSegment['change'], text: string) => {
    const last = out[out.length - 1]
    if (last && last.change === change) last.text += text
    else out.push({ change, text })
  }
  // Equal text is the same sequence on both sides, cut into segments differently: walk both,
  // emitting removals and insertions as they come and equal text in common-length steps.
  let i = 0
  let j = 0
  while (i < old.length || j < now.length) {
    const a = old[i]
    const b = now[j]
    if (a && a.change === 'delete') {
      push('delete', a.text)
      i++
    } else if (b && b.change === 'insert') {
      push('insert', b.text)
      j++
    } else if (a && b) {
      const n = Math.min(a.text.length, b.text.length)
      push('equal', a.text.slice(0, n))
      a.text = a.text.slice(n)
      b.text = b.text.slice(n)
      if (a.text === '') i++
      if (b.text === '') j++
    } else {
      // Unreachable when both sides' equal text agrees; never drop text if it does not.
      for (const rest of old.slice(i)) push('delete', rest.text)
      for (const rest of now.slice(j)) push('insert', rest.text)
      break
    }
  }
  return out
}
