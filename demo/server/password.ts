import { randomBytes, scrypt, timingSafeEqual } from 'node:crypto'

/**
 * scrypt cost as log2(N). 17 (N = 2^17, r = 8, p = 1) is OWASP's recommendation for scrypt
 * (Password Storage Cheat Sheet). Lower values are for tests only, to keep them quick.
 */
export const DEFAULT_SCRYPT_COST = 17

// Parameters read back from a stored hash are trusted only up to here: a stored hash is data,
// and N = 2^30 would take gigabytes to check.
const MAX_SCRYPT_COST = 20
const r = 8
const p = 1
const keyLength = 32

/** Options of `hashPassword`. */
export interface HashOptions {
  /** log2 of scrypt's N, 10 to 20. Defaults to `DEFAULT_SCRYPT_COST` (17). */
  cost?: number
}

/** Throws for a cost outside 10..20: a typo here would silently weaken or stall every login. */
export function checkScryptCost(cost: number): number {
  if (!Number.isInteger(cost) || cost < 10 || cost > MAX_SCRYPT_COST) {
    throw new RangeError(
      `scrypt cost must be an integer from 10 to ${MAX_SCRYPT_COST}, not ${cost}`,
    )
  }
  return cost
}

function derive(password: string, salt: Buffer, n: number, rr: number, pp: number) {
  return new Promise<Buffer>((resolve, reject) => {
    // scrypt needs 128 * N * r bytes; leave room above that (Node's default cap is 32 MiB).
    const maxmem = 256 * n * rr + 16 * 1024 * 1024
    scrypt(password, salt, keyLength, { N: n, r: rr, p: pp, maxmem }, (error, key) =>
      error ? reject(error) : resolve(key),
    )
  })
}

/** Hashes a password with scrypt and a fresh random salt: `scrypt$N$r$p$salt$hash` (base64). */
export async function hashPassword(password: string, options: HashOptions = {}): Promise<string> {
  const n = 2 ** checkScryptCost(options.cost ?? DEFAULT_SCRYPT_COST)
  const salt = randomBytes(16)
  const key = await derive(password, salt, n, r, p)
  return ['scrypt', n, r, p, salt.toString('base64'), key.toString('base64')].join('$')
}

/** Checks a password against a stored hash in constant time; false for any malformed hash. */
export async function verifyPassword(password: string, stored: string): Promise<boolean> {
  const [scheme, n, rr, pp, salt, hash] = stored.split('$')
  const N = Number(n)
  const R = Number(rr)
  const P = Number(pp)
  if (scheme !== 'scrypt' || !salt || !hash) return false
  if (!(N >= 2 && N <= 2 ** MAX_SCRYPT_COST && R >= 1 && R <= 16 && P >= 1 && P <= 4)) return false
  const expected = Buffer.from(hash, 'base64')
  const actual = await derive(password, Buffer.from(salt, 'base64'), N, R, P)
  return actual.length === expected.length && timingSafeEqual(actual, expected)
}
