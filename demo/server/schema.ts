import type { Db, Queryable } from './Db'
import { hashPassword } from './password'
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
    updated_at timestamptz NOT NULL DEFAULT now()
  )`,
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

let seedUserHash: Promise<string> | undefined

/** Hashes the seed password once per process: scrypt is deliberately slow, reset runs often. */
function seedPasswordHash(): Promise<string> {
  seedUserHash ??= hashPassword(seedUser.password)
  return seedUserHash
}

/** Inserts the seed rows that are missing; rows that exist (edited or not) are left alone. */
export async function seed(db: Queryable): Promise<void> {
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
  const passwordHash = await seedPasswordHash()
  await db.query(
    `INSERT INTO users (email, username, password_hash) VALUES ($1, $2, $3) ON CONFLICT DO NOTHING`,
    [seedUser.email, seedUser.username, passwordHash],
  )
}

/** Throws away every row and seeds again, in one transaction. */
export async function resetData(db: Db): Promise<void> {
  // Hash before taking the transaction, so PGlite's single connection is not held meanwhile.
  await seedPasswordHash()
  await db.transaction(async (tx) => {
    await tx.query('DELETE FROM documents')
    await tx.query('DELETE FROM orders')
    await tx.query('DELETE FROM users')
    await seed(tx)
  })
}

/** Creates the schema and seeds it: what the server does on every start. */
export async function prepareDatabase(db: Db): Promise<void> {
  await createSchema(db)
  await seed(db)
}
