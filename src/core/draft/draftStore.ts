import type { MergePath } from '../merge/types'
import { omitSecrets, secretRule, type SecretFields, type SecretRule } from './omitSecrets'

/** The storage a draft store writes to: the Web Storage subset the kit needs. */
export interface DraftStorage {
  getItem(key: string): string | null
  setItem(key: string, value: string): void
  removeItem(key: string): void
  /** Number of keys held. With `key()`, lets a store find every draft (sign-out, other tabs). */
  readonly length?: number
  key?(index: number): string | null
}

/** A draft as persisted: the person's work and what it was based on, so a merge stays possible. */
export interface StoredDraft<T> {
  draft: T
  /** The server value editing started from (the merge base). */
  base: T
  baseVersion: string | null
  /** Epoch milliseconds of the last write. */
  savedAt: number
  /** Paths of secret fields left out of `draft` and `base` (see `isSecretKey`, `SecretFields`). */
  omitted?: MergePath[]
}

/** Reads and writes drafts by key. Never throws: storage failures fall back to memory. */
export interface DraftStore {
  load<T>(key: string): StoredDraft<T> | null
  save<T>(key: string, value: StoredDraft<T>): void
  clear(key: string): void
  /**
   * Every key this store holds (without the prefix). Complete when the storage can list its
   * keys (Web Storage and memory storage can); otherwise only the keys written by this store.
   */
  keys(): string[]
  /** The app's own secret fields, left out of every draft written here besides the built-in ones. */
  readonly secrets?: SecretFields
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
  /**
   * Fields never written, besides the built-in secret names (passwords, tokens, PINs, card
   * codes...: see `isSecretKey`): more names, matched by their words, and exact paths.
   * Defaults to `{}` (the built-in names only).
   */
  secrets?: SecretFields
}

const FORMAT = 1

/** A `DraftStorage` kept in a Map: for tests, SSR and browsers with storage disabled. */
export function createMemoryStorage(): DraftStorage {
  const map = new Map<string, string>()
  return {
    getItem: (key) => map.get(key) ?? null,
    setItem: (key, value) => void map.set(key, value),
    removeItem: (key) => void map.delete(key),
    get length() {
      return map.size
    },
    key: (index) => [...map.keys()][index] ?? null,
  }
}

// Writes that Web Storage refused are kept in memory. That memory is shared by every default
// store of the page, so a sign-out's `clearDrafts` also reaches what an editor kept there.
const fallbacks = new Map<string, DraftStorage>()
function fallbackFor(name: string): DraftStorage {
  let memory = fallbacks.get(name)
  if (!memory) fallbacks.set(name, (memory = createMemoryStorage()))
  return memory
}

function listKeys(storage: DraftStorage): string[] | null {
  try {
    if (typeof storage.key !== 'function' || typeof storage.length !== 'number') return null
    const keys: string[] = []
    for (let i = 0; i < storage.length; i++) {
      const key = storage.key(i)
      if (key !== null) keys.push(key)
    }
    return keys
  } catch {
    return null
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

/**
 * A draft without its secret fields (by `rule`), with where they were added to `omitted`;
 * null when it is too deep to check.
 */
export function withoutSecrets<T>(value: StoredDraft<T>, rule: SecretRule): StoredDraft<T> | null {
  const draft = omitSecrets(value.draft, rule)
  const base = omitSecrets(value.base, rule)
  if (!draft || !base) return null
  const omitted: MergePath[] = [...(value.omitted ?? [])]
  const seen = new Set(omitted.map((path) => JSON.stringify(path)))
  for (const path of [...draft.omitted, ...base.omitted]) {
    const id = JSON.stringify(path)
    if (!seen.has(id)) omitted.push(path)
    seen.add(id)
  }
  const { omitted: _omitted, ...rest } = value
  return {
    ...rest,
    draft: draft.value,
    base: base.value,
    ...(omitted.length > 0 && { omitted }),
  }
}

/**
 * Creates a draft store; drafts survive reloads when the storage is persistent. Every draft
 * written through it leaves out the secret fields (built-in names and `options.secrets`).
 */
export function createDraftStore(options: DraftStoreOptions = {}): DraftStore {
  const prefix = options.prefix ?? 'ck:draft:'
  const secrets = options.secrets ?? {}
  const rule = secretRule(secrets)
  const choice = options.storage ?? 'local'
  const memory =
    typeof choice === 'object' || choice === 'memory'
      ? createMemoryStorage()
      : fallbackFor(`${choice}:${prefix}`)
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

  // Keys written through this store, for storages that cannot list their keys.
  const written = new Set<string>()

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
          ...(Array.isArray(parsed.omitted) && { omitted: parsed.omitted.filter(Array.isArray) }),
        }
      } catch {
        return null
      }
    },
    save<T>(key: string, value: StoredDraft<T>): void {
      const safe = withoutSecrets(value, rule)
      if (!safe) return // too deep to check for secrets: not persisted
      let text: string
      try {
        text = JSON.stringify({ v: FORMAT, ...safe })
      } catch {
        return // not JSON-serialisable (cycles, BigInt): nothing sensible to persist
      }
      written.add(key)
      try {
        primary.setItem(prefix + key, text)
        if (primary !== memory) memory.removeItem(prefix + key)
      } catch {
        memory.setItem(prefix + key, text)
      }
    },
    clear(key: string): void {
      written.delete(key)
      memory.removeItem(prefix + key)
      try {
        primary.removeItem(prefix + key)
      } catch {
        // storage refused; the memory copy is gone, which is what matters for this page
      }
    },
    keys(): string[] {
      const found = new Set(written)
      for (const storage of primary === memory ? [memory] : [primary, memory]) {
        for (const key of listKeys(storage) ?? []) {
          if (key.startsWith(prefix)) found.add(key.slice(prefix.length))
        }
      }
      return [...found]
    },
    secrets,
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
