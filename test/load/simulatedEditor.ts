/**
 * A simulated person editing shared documents with the kit's own Node client: load with
 * `loadResource`, edit, save with `saveWithMerge` (clean merges re-sent at once), and decide
 * real conflicts the way a person would: per text hunk and per field, "mine" or "theirs" at
 * random (seeded), assembled with `resolveChunks` / `resolveValues` and saved against
 * theirs' version. Every token it creates or decides to drop is recorded in the ledger.
 */
import {
  isProblemError,
  loadResource,
  saveResource,
  saveWithMerge,
  type MergeConflict,
  type VersionedValue,
} from '../../src/core/index'
import {
  resolveChunks,
  resolveValues,
  type ChunkChoice,
  type ValueChoice,
} from '../../src/core/merge/index'
import { tokensOf, type DropReason, type WriteLedger } from './writeLedger'

/** A document as the demo API sends it. */
export interface Doc {
  id: string
  title: string
  tags: string[]
  body: string
  version: number
  updatedAt: string
}

/** Counts one editor reports. */
export interface EditorStats {
  edits: number
  acknowledged: number
  /** 412 / 409 answers to writes. */
  conflicts: number
  /** Clean merges `saveWithMerge` re-sent on its own. */
  autoMerges: number
  /** Clean merges handed back after too many rebases, saved as they were. */
  reviewedMerges: number
  /** Conflicts a person decided. */
  manualResolutions: number
  decisions: { mine: number; theirs: number }
  /** Saves that ended in anything but a stored write. */
  failures: string[]
  /** Most `saveWithMerge` rounds one edit needed. */
  maxRounds: number
  /** Edits whose result the server already held when saved (nothing left to write). */
  alreadyStored: number
}

/** What one editor does. */
export interface EditorOptions {
  editor: number
  edits: number
  baseUrl: string
  docIds: readonly string[]
  random: () => number
  ledger: WriteLedger
  /** Most milliseconds between loading and saving (someone typing). */
  maxThinkMs: number
  /**
   * `'person'` merges and decides conflicts as described above; `'overwrite'` is a careless
   * client that answers every conflict by saving its own draft over theirs, deciding nothing
   * (used to show that the accounting catches lost updates). Defaults to `'person'`.
   */
  resolve?: 'person' | 'overwrite'
}

/** The fields that carry content; version and timestamps are the server's. */
const content = (doc: Doc) => tokensOf([doc.title, doc.tags, doc.body])
const lines = (body: string) => body.replace(/\n$/, '').split('\n')
const join = (list: string[]) => `${list.join('\n')}\n`
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

function versionOf(etag: string | null): number {
  const found = etag ? /^"v(\d+)-/.exec(etag) : null
  return found ? Number(found[1]) : NaN
}

interface Edit {
  mine: Doc
  introduced: string[]
  drops: Map<string, DropReason>
}

/**
 * One person's edit of `base`: a body change (a new line of their own at a random place,
 * rewording or deleting one of their earlier lines, or rewriting a "hot" line everyone
 * touches), and sometimes the title or the tags.
 */
export function makeEdit(base: Doc, who: string, n: number, random: () => number): Edit {
  const id = `${who}-n${String(n).padStart(2, '0')}`
  const pick = <T>(list: readonly T[]) => list[Math.floor(random() * list.length)] as T
  const drops = new Map<string, DropReason>()
  const dropAll = (text: string) => {
    for (const t of tokensOf(text)) drops.set(t, 'edit')
  }
  const introduced: string[] = []
  const body = lines(base.body)
  const own = body.map((line, i) => [line, i] as const).filter(([l]) => l.startsWith(`${who}-`))
  const roll = random()
  if (roll < 0.15) {
    const hot = pick(body.map((l, i) => [l, i] as const).filter(([l]) => l.startsWith('hot-')))
    const [line, at] = hot
    dropAll(line)
    body[at] = `${line.slice(0, line.indexOf(':'))}: ${id}-h rewritten`
    introduced.push(`${id}-h`)
  } else if (roll < 0.3 && own.length > 0) {
    const [line, at] = pick(own)
    dropAll(line)
    body[at] = `${id}-b reworded an earlier line of ${who}`
    introduced.push(`${id}-b`)
  } else if (roll < 0.38 && own.length > 0) {
    const [line, at] = pick(own)
    dropAll(line)
    body.splice(at, 1)
  } else {
    body.splice(Math.floor(random() * (body.length + 1)), 0, `${id}-b a line of its own`)
    introduced.push(`${id}-b`)
  }
  let { title, tags } = base
  if (random() < 0.1) {
    dropAll(title)
    title = `${title.replace(/ · .*$/, '')} · ${id}-t`
    introduced.push(`${id}-t`)
  }
  if (random() < 0.15) {
    if (tags.length > 4 && random() < 0.5) {
      const gone = pick(tags)
      dropAll(gone)
      tags = tags.filter((t) => t !== gone)
    } else {
      tags = [...tags, `${id}-g`]
      introduced.push(`${id}-g`)
    }
  }
  return { mine: { ...base, title, tags, body: join(body) }, introduced, drops }
}

/** Picks "mine" or "theirs" for every conflict and records which tokens that leaves out. */
function decide(
  conflicts: readonly MergeConflict[],
  random: () => number,
  drops: Map<string, DropReason>,
  stats: EditorStats,
): ValueChoice[] {
  const side = (): 'mine' | 'theirs' => (random() < 0.5 ? 'mine' : 'theirs')
  const record = (kept: unknown, left: unknown, choice: 'mine' | 'theirs') => {
    stats.decisions[choice]++
    const keep = tokensOf(kept)
    for (const t of tokensOf(left)) if (!keep.has(t)) drops.set(t, `chose-${choice}`)
  }
  return conflicts.map((c) => {
    if (c.text && !c.text.clean) {
      const hunkChoices: ChunkChoice[] = c.text.hunks.map((hunk) => {
        const choice = side()
        if (choice === 'mine') record(hunk.mine, hunk.theirs, choice)
        else record(hunk.theirs, hunk.mine, choice)
        return choice
      })
      return { value: resolveChunks(c.text.chunks, hunkChoices) }
    }
    const choice = side()
    if (choice === 'mine') record(c.mine, c.theirs, choice)
    else record(c.theirs, c.mine, choice)
    return choice
  })
}

/** Runs one editor's edits one after another; resolves with its counts. */
export async function runEditor(o: EditorOptions): Promise<EditorStats> {
  const who = `e${String(o.editor).padStart(2, '0')}`
  const stats: EditorStats = {
    edits: 0,
    acknowledged: 0,
    conflicts: 0,
    autoMerges: 0,
    reviewedMerges: 0,
    manualResolutions: 0,
    decisions: { mine: 0, theirs: 0 },
    failures: [],
    maxRounds: 0,
    alreadyStored: 0,
  }
  const careless = o.resolve === 'overwrite'
  for (let n = 1; n <= o.edits; n++) {
    const url = `${o.baseUrl}/api/docs/${o.docIds[Math.floor(o.random() * o.docIds.length)]}`
    const loaded = await loadResource<Doc>({ url })
    const edit = makeEdit(loaded.value, who, n, o.random)
    stats.edits++
    await sleep(o.random() * o.maxThinkMs)

    let sentVersion: string | null = null
    const trace: string[] = []
    const write = async (value: Doc, baseVersion: string | null) => {
      sentVersion = baseVersion
      trace.push(`write on ${baseVersion}: ${[...content(value)].join(' ')}`)
      try {
        return await saveResource<Doc>({ url, value, baseVersion })
      } catch (error) {
        if (isProblemError(error) && [409, 412].includes(error.problem.status)) stats.conflicts++
        throw error
      }
    }
    const alreadyBefore = stats.alreadyStored
    let flow = { value: edit.mine, base: loaded.value, baseVersion: loaded.version }
    let saved: VersionedValue<Doc> | null = null
    for (let round = 0; round < 30 && saved === null; round++) {
      stats.maxRounds = Math.max(stats.maxRounds, round + 1)
      const result = await saveWithMerge<Doc>({
        ...flow,
        write,
        loadFresh: () => loadResource<Doc>({ url, fresh: true }),
        onRebase: (value, onto) => {
          stats.autoMerges++
          trace.push(
            `rebase onto ${onto.version} theirs: ${[...content(onto.value)].join(' ')} => merged: ${[...content(value)].join(' ')}`,
          )
        },
        merge: { text: ['body'] },
        autoMerge: careless ? 'review' : 'save',
      })
      if (result.type === 'saved' && !result.wrote) {
        // Nothing left to write: after the decisions, the server already held the result.
        stats.alreadyStored++
        break
      }
      if (result.type === 'saved') saved = result.saved
      else if (result.type === 'failed') {
        stats.failures.push(`${who} edit ${n}: ${result.problem.status} ${result.problem.title}`)
        break
      } else {
        const c = result.conflict
        let value = c.merged
        if (careless) value = c.mine
        else if (c.conflicts.length === 0) stats.reviewedMerges++
        else {
          stats.manualResolutions++
          const choices = decide(c.conflicts, o.random, edit.drops, stats)
          value = resolveValues(
            { clean: false, merged: c.merged, conflicts: c.conflicts, changes: c.changes },
            choices,
          )
        }
        flow = { value, base: c.theirs, baseVersion: c.theirsVersion }
      }
    }
    if (saved === null) {
      if (stats.alreadyStored > alreadyBefore) continue
      if (stats.failures.length === 0 || !stats.failures.at(-1)?.includes(`edit ${n}:`)) {
        stats.failures.push(`${who} edit ${n}: still conflicting after 30 rounds`)
      }
      continue
    }
    stats.acknowledged++
    o.ledger.ack({
      doc: saved.value.id,
      version: saved.value.version,
      basedOn: versionOf(sentVersion),
      editor: who,
      content: content(saved.value),
      introduced: edit.introduced,
      drops: edit.drops,
      trace: [
        `loaded ${loaded.version}: ${[...content(loaded.value)].join(' ')}`,
        `mine: ${[...content(edit.mine)].join(' ')}`,
        ...trace,
      ],
    })
  }
  return stats
}

export { content as docTokens, versionOf }
