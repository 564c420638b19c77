/** The storage a draft store writes to: the Web Storage subset the kit needs. */
export interface DraftStorage {
  getItem(key: string): string | null
  setItem(key: string, value: string): void
  removeItem(key: string): void
}

/** A draft as persisted: the person's work and what it was based on, so a merge stays possible. */
export interface StoredDraft<T> {
  draft: T
  /** The server value editing started from (the merge base). */
  base: T
  baseVersion: string | null
  /** Epoch milliseconds of the last write. */
  savedAt: number
}

/** Reads and writes drafts by key. Never throws: storage failures fall back to memory. */
export interface DraftStore {
  load<T>(key: string): StoredDraft<T> | null
  save<T>(key: string, value: StoredDraft<T>): void
  clear(key: string): void
}

/** Options for `createDraftStore`. */
export interface DraftStoreOptions {
  /**
   * Where drafts live: a Storage-like object, `'local'`, `'session'` or `'memory'`.
   * Defaults to `'local'` (falls back to memory where Web Storage is missing or refuses writes).
   */
  storage?: DraftStorage | 'local' | 'session' | 'memory'
  /** Prefix of every key written. Defaults to `'ck:draft:'`. */
  prefix?: string
}

const FORMAT = 1

/** A `DraftStorage` kept in a Map: for tests, SSR and browsers with storage disabled. */
export function createMemoryStorage(): DraftStorage {
  const map = new Map<string, string>()
  return {
    getItem: (key) => map.get(key) ?? null,
    setItem: (key, value) => void map.set(key, value),
    removeItem: (key) => void map.delete(key),
  }
}

function webStorage(name: 'localStorage' | 'sessionStorage'): DraftStorage | null {
  try {
    // Accessing the property itself throws in some sandboxed iframes and privacy modes.
    const storage = (globalThis as Record<string, unknown>)[name] as DraftStorage | undefined
    return storage && typeof storage.getItem === 'function' ? storage : null
  } catch {
    return null
  }
}

/** Creates a draft store; drafts survive reloads when the storage is persistent. */
export function createDraftStore(options: DraftStoreOptions = {}): DraftStore {
  const prefix = options.prefix ?? 'ck:draft:'
  const choice = options.storage ?? 'local'
  const memory = createMemoryStorage()
  const primary =
    typeof choice === 'object'
      ? choice
      : choice === 'memory'
        ? memory
        : (webStorage(choice === 'local' ? 'localStorage' : 'sessionStorage') ?? memory)

  const read = (key: string): string | null => {
    // A write that failed earlier (quota, disabled storage) is kept in memory; it is newer.
    const fromMemory = primary === memory ? null : memory.getItem(key)
    if (fromMemory !== null) return fromMemory
    try {
      return primary.getItem(key)
    } catch {
      return null
    }
  }

  return {
    load<T>(key: string): StoredDraft<T> | null {
      const text = read(prefix + key)
      if (text === null) return null
      try {
        const parsed = JSON.parse(text) as { v?: unknown } & Partial<StoredDraft<T>>
        if (parsed.v !== FORMAT || !('draft' in parsed) || typeof parsed.savedAt !== 'number') {
          return null
        }
        return {
          draft: parsed.draft as T,
          base: parsed.base as T,
          baseVersion: typeof parsed.baseVersion === 'string' ? parsed.baseVersion : null,
          savedAt: parsed.savedAt,
        }
      } catch {
        return null
      }
    },
    save<T>(key: string, value: StoredDraft<T>): void {
      let text: string
      try {
        text = JSON.stringify({ v: FORMAT, ...value })
      } catch {
        return // not JSON-serialisable (cycles, BigInt): nothing sensible to persist
      }
      try {
        primary.setItem(prefix + key, text)
        if (primary !== memory) memory.removeItem(prefix + key)
      } catch {
        memory.setItem(prefix + key, text)
      }
    },
    clear(key: string): void {
      memory.removeItem(prefix + key)
      try {
        primary.removeItem(prefix + key)
      } catch {
        // storage refused; the memory copy is gone, which is what matters for this page
      }
    },
  }
}

/** A stable storage key for a query key: JSON with object keys sorted. */
export function draftKey(queryKey: readonly unknown[]): string {
  return JSON.stringify(queryKey, (_key, value: unknown) =>
    value && typeof value === 'object' && !Array.isArray(value)
      ? Object.fromEntries(
          Object.entries(value as Record<string, unknown>).toSorted(([a], [b]) => (a < b ? -1 : 1)),
        )
      : value,
  )
}
