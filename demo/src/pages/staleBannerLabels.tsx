import type { ReactNode } from 'react'
import { mergeValues, type StaleBannerLabels } from 'react-conflict-kit'
import type { Doc } from '../api'

/** Fields only the server writes: never the person's edits, never a conflict. */
export const docServerFields = ['id', 'version', 'updatedAt', 'updatedBy'] as const

/**
 * Whether saving the draft over the newer version would need the person's decisions: the same
 * three-way merge the save runs (the body line by line), read before Save is pressed.
 */
export function needsDecisions(base: Doc, draft: Doc, theirs: Doc): boolean {
  const { conflicts } = mergeValues(base, draft, theirs, { text: ['body'] })
  return conflicts.some((c) => !docServerFields.includes(c.path[0] as never))
}

/**
 * The stale banner's words for what is true here: the newer version may be the person's own
 * (another tab or device, signed in as them), and saving merges by itself only when the two
 * sets of edits do not overlap.
 */
export function staleBannerLabels(options: {
  isOwn: boolean
  isDirty: boolean
  needsDecisions: boolean
}): Partial<StaleBannerLabels> {
  const theirs = options.isOwn ? 'that version' : 'theirs'
  const next = !options.isDirty
    ? ' You have no changes here yet: reloading loses nothing.'
    : options.needsDecisions
      ? ` Your changes and ${theirs} touch the same part: saving shows both so you can choose what to keep.`
      : ` Saving merges your changes with ${theirs}.`
  if (options.isOwn) {
    // The server's name is the signed-in person: "Changed by Alice" would read as someone else.
    const message = `You saved a newer version in another tab or on another device since you started editing here.${next}`
    return { message, messageBy: () => message }
  }
  return {
    message: `Changed by someone else since you started editing.${next}`,
    messageBy: (name: ReactNode) => (
      <>
        Changed by {name} since you started editing.{next}
      </>
    ),
  }
}
