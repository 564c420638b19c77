/**
 * The smallest app built on the kit's Node-usable core: load a document with its version,
 * keep the draft in a draft store while editing, save with `saveWithMerge` (clean merges are
 * shown for review, as the hook does by default) and resolve a reviewed merge against theirs'
 * version. Every request can carry a timeout of the app's own.
 */
import {
  createDraftStore,
  loadResource,
  saveResource,
  saveWithMerge,
  type DraftStore,
  type ResourceConflict,
  type SaveFlowResult,
} from '../../src/core/index'
import { createMemoryStorage } from '../../src/core/draft/draftStore'

/** A demo-server document. */
export interface ServerDoc {
  id: string
  title: string
  tags: string[]
  body: string
  version: number
  updatedAt: string
}

/** Options of {@link openEditor}. */
export interface EditorOptions {
  /** Timeout of every request (AbortSignal.timeout). Defaults to `5000`. */
  timeoutMs?: number
  /** Defaults to a fresh in-memory draft store. */
  store?: DraftStore
}

/** Loads `url` and returns an editor for it. */
export async function openEditor(url: string, options: EditorOptions = {}) {
  const timeout = () => AbortSignal.timeout(options.timeoutMs ?? 5000)
  const store = options.store ?? createDraftStore({ storage: createMemoryStorage() })
  const key = `doc:${url}`
  const loaded = await loadResource<ServerDoc>({ url, signal: timeout() })
  let base = loaded.value
  let baseVersion = loaded.version
  let draft = loaded.value
  let conflict: ResourceConflict<ServerDoc> | null = null

  const persist = () => store.save(key, { draft, base, baseVersion, savedAt: Date.now() })

  async function run(value: ServerDoc, from: ServerDoc, fromVersion: string | null) {
    const result: SaveFlowResult<ServerDoc> = await saveWithMerge<ServerDoc>({
      value,
      base: from,
      baseVersion: fromVersion,
      write: (v, version) =>
        saveResource<ServerDoc>({ url, value: v, baseVersion: version, signal: timeout() }),
      loadFresh: () => loadResource<ServerDoc>({ url, fresh: true, signal: timeout() }),
      merge: { text: ['body'] },
      autoMerge: 'review',
    })
    if (result.type === 'saved') {
      base = result.saved.value
      baseVersion = result.saved.version
      draft = result.saved.value
      conflict = null
      store.clear(key)
    } else if (result.type === 'conflict') {
      conflict = result.conflict
    }
    return result
  }

  return {
    get draft() {
      return draft
    },
    get conflict() {
      return conflict
    },
    /** The draft as the draft store holds it (null once saved). */
    stored: () => store.load<ServerDoc>(key)?.draft ?? null,
    edit(change: (doc: ServerDoc) => ServerDoc) {
      draft = change(draft)
      persist()
    },
    /** Saves the draft against the version editing started from. */
    save: () => run(draft, base, baseVersion),
    /** Saves the reviewed merge (or another chosen value) against theirs' version. */
    resolve(value?: ServerDoc) {
      if (!conflict) throw new Error('nothing to resolve')
      draft = value ?? conflict.merged
      base = conflict.theirs
      baseVersion = conflict.theirsVersion
      persist()
      return run(draft, base, baseVersion)
    },
  }
}

export type CoreEditor = Awaited<ReturnType<typeof openEditor>>
