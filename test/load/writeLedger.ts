/**
 * Accounting for the load test: every acknowledged write, the unique tokens each version of
 * a document holds, and the tokens a writer decided to drop. A token may be missing from a
 * later version only if the write that removed it was based on a version containing it
 * (guaranteed here: strong If-Match makes write k based on version k - 1) and its writer
 * recorded the decision to drop it (an edit that replaced it, or "mine"/"theirs" in a conflict).
 */

/** Unique edit tokens: editor, edit number, and where it went (body, title, tag, hot line). */
export const TOKEN = /\be\d{2}-n\d{2}-[bthg]\b/g

/** The tokens inside a value (in every string found in it, not in its JSON text). */
export function tokensOf(value: unknown, into = new Set<string>()): Set<string> {
  if (typeof value === 'string') for (const t of value.match(TOKEN) ?? []) into.add(t)
  else if (Array.isArray(value)) for (const v of value) tokensOf(v, into)
  else if (value !== null && typeof value === 'object') {
    for (const v of Object.values(value)) tokensOf(v, into)
  }
  return into
}

/** Why a writer left a token out of what it saved. */
export type DropReason = 'edit' | 'chose-mine' | 'chose-theirs'

/** One write the server acknowledged (2xx with the new version). */
export interface AckedWrite {
  doc: string
  /** The version the server gave the document with this write. */
  version: number
  /** The version the write was conditional on (from its If-Match). */
  basedOn: number
  editor: string
  /** Tokens in the acknowledged representation (title, tags, body). */
  content: Set<string>
  /** Tokens this edit created. */
  introduced: string[]
  /** Tokens the writer decided to drop, and why. */
  drops: Map<string, DropReason>
  /** What the writer did, for diagnosing a loss. */
  trace?: string[]
}

/** A token that disappeared without anyone deciding so. */
export interface LostToken {
  doc: string
  token: string
  /** The version that no longer had it (or `introduced` when the writer's own save lacked it). */
  missingFrom: number
  editor: string
}

/** What the ledger found. */
export interface LedgerCheck {
  writes: number
  introduced: number
  inFinal: number
  droppedByDecision: number
  /** The same, by the kind of decision. */
  droppedBy: Record<DropReason, number>
  lost: LostToken[]
  /** Versions the server reached that no client acknowledged, or acknowledged twice. */
  unaccounted: string[]
}

/** Collects acknowledged writes and checks that no acknowledged change was silently lost. */
export class WriteLedger {
  private readonly starts = new Map<string, { version: number; content: Set<string> }>()
  private readonly writes: AckedWrite[] = []

  /** The state of `doc` before the run. */
  start(doc: string, version: number, content: Set<string>): void {
    this.starts.set(doc, { version, content })
  }

  ack(write: AckedWrite): void {
    this.writes.push(write)
  }

  /** The trace of the write that produced `version` of `doc`. */
  trace(doc: string, version: number): string[] | undefined {
    return this.writes.find((w) => w.doc === doc && w.version === version)?.trace
  }

  get count(): number {
    return this.writes.length
  }

  /** Replays each document's history and compares it with the final versions. */
  check(final: Map<string, { version: number; content: Set<string> }>): LedgerCheck {
    const lost: LostToken[] = []
    const unaccounted: string[] = []
    let introduced = 0
    let dropped = 0
    const droppedBy: Record<DropReason, number> = { edit: 0, 'chose-mine': 0, 'chose-theirs': 0 }
    let inFinal = 0
    for (const [doc, start] of this.starts) {
      const end = final.get(doc)
      if (!end) {
        unaccounted.push(`${doc}: no final version`)
        continue
      }
      const history = this.writes
        .filter((w) => w.doc === doc)
        .toSorted((a, b) => a.version - b.version)
      let previous = start.content
      let expected = start.version + 1
      for (const w of history) {
        if (w.version !== expected || w.basedOn !== w.version - 1) {
          unaccounted.push(
            `${doc}: write v${w.version} based on v${w.basedOn}, expected v${expected}`,
          )
        }
        expected = w.version + 1
        for (const token of previous) {
          if (w.content.has(token)) continue
          const reason = w.drops.get(token)
          if (reason) {
            dropped++
            droppedBy[reason]++
          } else lost.push({ doc, token, missingFrom: w.version, editor: w.editor })
        }
        for (const token of w.introduced) {
          introduced++
          if (!w.content.has(token) && !w.drops.has(token)) {
            lost.push({ doc, token, missingFrom: w.version, editor: w.editor })
          }
        }
        previous = w.content
      }
      if (end.version !== expected - 1) {
        unaccounted.push(`${doc}: final v${end.version}, acknowledged up to v${expected - 1}`)
      }
      for (const token of previous)
        if (!end.content.has(token)) {
          lost.push({ doc, token, missingFrom: end.version, editor: 'final read' })
        }
      inFinal += end.content.size
    }
    return {
      writes: this.writes.length,
      introduced,
      inFinal,
      droppedByDecision: dropped,
      droppedBy,
      lost,
      unaccounted,
    }
  }
}
