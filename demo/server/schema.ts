import type { Db, Queryable } from './Db'
import { DEFAULT_SCRYPT_COST, hashPassword } from './password'
import { seedOrders, seedUser } from './seedData'
import { seedDocuments } from './seedDocuments'

// Every statement runs unchanged on PGlite and on a PostgreSQL server (13 or later).
const ddl = [
  `CREATE TABLE IF NOT EXISTS documents (
    id text PRIMARY KEY,
    title text NOT NULL,
    tags jsonb NOT NULL DEFAULT '[]'::jsonb,
    body text NOT NULL,
    version integer NOT NULL DEFAULT 1,
    updated_at timestamptz NOT NULL DEFAULT now(),
    updated_by text
  )`,
  // Databases created before documents said who wrote them last.
  `ALTER TABLE documents ADD COLUMN IF NOT EXISTS updated_by text`,
  `CREATE TABLE IF NOT EXISTS users (
    id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    email text NOT NULL,
    username text,
    password_hash text NOT NULL,
    created_at timestamptz NOT NULL DEFAULT now()
  )`,
  // Uniqueness is decided by the database, case-insensitively; the names map a violation
  // back to the field (see `uniqueFields` in accountsRoutes).
  `CREATE UNIQUE INDEX IF NOT EXISTS users_email_key ON users (lower(email))`,
  `CREATE UNIQUE INDEX IF NOT EXISTS users_username_key ON users (lower(username))`,
  // Enumeration-safe signups wait here until the address is confirmed; only then is a row
  // added to users (so an unconfirmed signup can never log in). The token is stored hashed.
  `CREATE TABLE IF NOT EXISTS pending_signups (
    token_hash text PRIMARY KEY,
    email text NOT NULL,
    username text,
    password_hash text NOT NULL,
    expires_at timestamptz NOT NULL
  )`,
  `CREATE TABLE IF NOT EXISTS orders (
    id text PRIMARY KEY,
    customer text NOT NULL,
    items jsonb NOT NULL,
    total_cents integer NOT NULL,
    state text NOT NULL CHECK (state IN ('placed', 'shipped', 'delivered', 'cancelled')),
    version integer NOT NULL DEFAULT 1,
    updated_at timestamptz NOT NULL DEFAULT now()
  )`,
]

/** Creates the tables and indexes that do not exist yet. */
export async function createSchema(db: Queryable): Promise<void> {
  for (const statement of ddl) await db.query(statement)
}

/** Options of `seed`, `resetData` and `prepareDatabase`. */
export interface SeedOptions {
  /** scrypt cost (log2 N) of the seeded account's password hash. Defaults to 17 (OWASP). */
  scryptCost?: number
}

const seedUserHashes = new Map<number, Promise<string>>()

/** Hashes the seed password once per process and cost: scrypt is deliberately slow, reset runs often. */
function seedPasswordHash(cost: number): Promise<string> {
  if (!seedUserHashes.has(cost)) seedUserHashes.set(cost, hashPassword(seedUser.password, { cost }))
  return seedUserHashes.get(cost)!
}

/** Inserts the seed rows that are missing; rows that exist (edited or not) are left alone. */
export async function seed(db: Queryable, options: SeedOptions = {}): Promise<void> {
  for (const doc of seedDocuments) {
    await db.query(
      `INSERT INTO documents (id, title, tags, body) VALUES ($1, $2, $3::jsonb, $4)
       ON CONFLICT (id) DO NOTHING`,
      [doc.id, doc.title, JSON.stringify(doc.tags), doc.body],
    )
  }
  for (const order of seedOrders) {
    const total = order.items.reduce((sum, item) => sum + item.quantity * item.priceCents, 0)
    await db.query(
      `INSERT INTO orders (id, customer, items, total_cents, state) VALUES ($1, $2, $3::jsonb, $4, $5)
       ON CONFLICT (id) DO NOTHING`,
      [order.id, order.customer, JSON.stringify(order.items), total, order.state],
    )
  }
  const passwordHash = await seedPasswordHash(options.scryptCost ?? DEFAULT_SCRYPT_COST)
  await db.query(
    `INSERT INTO users (email, username, password_hash) VALUES ($1, $2, $3) ON CONFLICT DO NOTHING`,
    [seedUser.email, seedUser.username, passwordHash],
  )
}

/** Throws away every row and seeds again, in one transaction. */
export async function resetData(db: Db, options: SeedOptions = {}): Promise<void> {
  // Hash before taking the transaction, so PGlite's single connection is not held meanwhile.
  await seedPasswordHash(options.scryptCost ?? DEFAULT_SCRYPT_COST)
  await db.transaction(async (tx) => {
    await tx.query('DELETE FROM documents')
    await tx.query('DELETE FROM orders')
    await tx.query('DELETE FROM users')
    await tx.query('DELETE FROM pending_signups')
    await seed(tx, options)
  })
}

/** Creates the schema and seeds it: what the server does on every start. */
export async function prepareDatabase(db: Db, options: SeedOptions = {}): Promise<void> {
  await createSchema(db)
  await seed(db, options)
}
