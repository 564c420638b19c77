const DEFAULT_KEY = 'ck:identifier'
const MAX_AGE_MS = 10 * 60 * 1000

interface Handoff {
  value: string
  field: string
  at: number
}

function session(): Storage | null {
  try {
    return globalThis.sessionStorage ?? null
  } catch {
    return null
  }
}

/**
 * Hands an identifier (an email, a username) to the login page through session storage,
 * so it never appears in the URL, the history or server logs.
 */
export function handOffIdentifier(value: string, field = 'email', key = DEFAULT_KEY): void {
  try {
    session()?.setItem(key, JSON.stringify({ value, field, at: Date.now() } satisfies Handoff))
  } catch {
    // storage refused: the login page simply starts empty
  }
}

/** Reads and removes a handed-off identifier; null when none, expired or unreadable. */
export function takeHandedOffIdentifier(
  key = DEFAULT_KEY,
): { value: string; field: string } | null {
  const storage = session()
  if (!storage) return null
  try {
    const text = storage.getItem(key)
    storage.removeItem(key)
    if (!text) return null
    const parsed = JSON.parse(text) as Partial<Handoff>
    if (typeof parsed.value !== 'string' || typeof parsed.at !== 'number') return null
    if (Date.now() - parsed.at > MAX_AGE_MS) return null
    return { value: parsed.value, field: typeof parsed.field === 'string' ? parsed.field : 'email' }
  } catch {
    return null
  }
}
