// Concurrent writers on one document, each appending to its own list: at the end the server
// must hold every edit any writer was told was saved. `lost` counts the ones it does not.
import type { Doc, ServerProfile } from './profiles'
import { isProblemError } from '../../src/core/index'
import { kitClient } from './kit'

/** What a soak run came to. */
export interface SoakResult {
  saved: number
  lost: number
  writes: number
  conflicts: number
  busy: number
  /** Answers the kit reported as unreadable (an empty or cut body), each retried from a fresh load. */
  unreadable: number
  /** Overwritten edits the writer saw come back as a conflict or a stale read and re-applied. */
  surfaced: number
  /** Edits missing once every writer finished, before each checked its own list once more. */
  missingBeforeCheck: number
  /** Writes the server accepted with an If-Match another accepted write already carried. */
  sameTagAccepted: number
  ms: number
}

async function writer(p: ServerProfile, id: string, key: string, edits: number, tally: SoakResult) {
  const kit = kitClient(p, id)
  let from = await loadFresh(kit, tally)
  for (let e = 1; e <= edits; e++) {
    const withEdit = (doc: Doc) => ({ ...doc, [key]: [...((doc[key] as number[]) ?? []), e] })
    let value = withEdit(from.value)
    for (let attempt = 0; ; attempt++) {
      if (attempt > 50) throw new Error(`${key} edit ${e}: no progress after 50 attempts`)
      const result = await kit.save(value, from)
      if (result.type === 'saved') {
        from = result.saved
        tally.saved++
        break
      }
      if (result.type === 'conflict') {
        // Disjoint lists cannot overlap; a clean merge the flow did not re-send (too many
        // newer versions in a row) is sent again on top of theirs, as a person would.
        const foreign = result.conflict.conflicts.filter((c) => c.path[0] !== key)
        if (foreign.length > 0) throw new Error(`overlap: ${JSON.stringify(foreign)}`)
        tally.conflicts++
        value = result.conflict.merged
        if (result.conflict.conflicts.length > 0) {
          // A conflict on the writer's own list: theirs lacks an edit this writer was told was
          // saved (a server that let two writes with one If-Match through). The person keeps
          // their own list, as they would in the resolver.
          tally.surfaced++
          value = { ...value, [key]: (result.conflict.mine as Doc)[key] }
        }
        from = { value: result.conflict.theirs, version: result.conflict.theirsVersion }
        continue
      }
      if (result.problem.code === 'unreadable_response') {
        // The kit said it could not read the server's answer and wrote nothing it did not
        // report; the person sees that problem and saves again from a fresh load.
        tally.unreadable++
      } else if (result.problem.kind === 'busy') {
        tally.busy++
        await new Promise((r) => setTimeout(r, result.problem.retryAfterMs ?? 200))
      } else {
        const { title, status, detail } = result.problem
        throw new Error(`${title} (${status}: ${detail ?? ''})`)
      }
      from = await loadFresh(kit, tally)
      value = withEdit(from.value)
    }
  }
  tally.writes += kit.writes().length
  for (const w of kit.writes()) {
    if (w.status < 300 && w.ifMatch) accepted.push(w.ifMatch)
  }
}

const accepted: string[] = []

/** Loads, trying again (a few times) when the answer could not be read (an empty or cut body). */
async function loadFresh(kit: ReturnType<typeof kitClient>, tally: SoakResult) {
  for (let attempt = 0; ; attempt++) {
    try {
      return await kit.load()
    } catch (error) {
      const code = isProblemError(error) ? error.problem.code : undefined
      if (code !== 'unreadable_response' || attempt >= 10) throw error
      tally.unreadable++
      await new Promise((r) => setTimeout(r, 50))
    }
  }
}

/** Runs `writers` x `edits` against document `id` (seeded empty) and counts lost edits. */
export async function soak(
  p: ServerProfile,
  id: string,
  writers: number,
  edits: number,
): Promise<SoakResult> {
  await p.seed(id, {})
  const tally: SoakResult = {
    saved: 0,
    lost: 0,
    writes: 0,
    conflicts: 0,
    busy: 0,
    unreadable: 0,
    surfaced: 0,
    missingBeforeCheck: 0,
    sameTagAccepted: 0,
    ms: 0,
  }
  const started = Date.now()
  const keys = Array.from({ length: writers }, (_, i) => `w${i}`)
  await Promise.all(keys.map((key) => writer(p, id, key, edits, tally)))
  tally.missingBeforeCheck = missing(await p.read(id), keys, edits)
  // Each writer looks once more, as the person's stale banner would show an overwritten last
  // edit, and puts back what is missing from its own list.
  for (const key of keys) await recheck(p, id, key, edits, tally)
  tally.ms = Date.now() - started
  const seen = new Set<string>()
  for (const tag of accepted) {
    if (seen.has(tag)) tally.sameTagAccepted++
    seen.add(tag)
  }
  accepted.length = 0
  tally.lost = missing(await p.read(id), keys, edits)
  return tally
}

const full = (edits: number) => Array.from({ length: edits }, (_, i) => i + 1)

function missing(held: Doc, keys: string[], edits: number): number {
  let count = 0
  for (const key of keys) {
    const list = (held[key] as number[] | undefined) ?? []
    for (let e = 1; e <= edits; e++) if (!list.includes(e)) count++
  }
  return count
}

async function recheck(
  p: ServerProfile,
  id: string,
  key: string,
  edits: number,
  tally: SoakResult,
) {
  const kit = kitClient(p, id)
  const from = await loadFresh(kit, tally)
  if (missing(from.value, [key], edits) === 0) return
  tally.surfaced++
  const result = await kit.save({ ...from.value, [key]: full(edits) }, from)
  if (result.type !== 'saved') throw new Error(`${key}: re-check save ${result.type}`)
}
