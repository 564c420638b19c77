import { Pool, type PoolClient } from 'pg'
import type { Db, Queryable, QueryResult, Row } from './Db'

/** Wraps a pool or a checked-out client in the shared `Queryable` shape. */
function queryable(client: Pool | PoolClient): Queryable {
  return {
    async query<R extends Row = Row>(sql: string, params: readonly unknown[] = []) {
      const result = await client.query<R>(sql, [...params])
      return { rows: result.rows, affectedRows: result.rowCount ?? 0 } satisfies QueryResult<R>
    },
  }
}

/**
 * Connects to a real PostgreSQL server (`postgres://user:pass@host:5432/db`) through a `pg`
 * pool. Runs the same SQL as the embedded database.
 */
export async function createPgDb(connectionString: string): Promise<Db> {
  const pool = new Pool({ connectionString, max: 10 })
  // Fail at start-up, not on the first request, when the server is unreachable.
  const probe = await pool.connect()
  probe.release()
  return {
    ...queryable(pool),
    async transaction(fn) {
      const client = await pool.connect()
      try {
        await client.query('BEGIN')
        const result = await fn(queryable(client))
        await client.query('COMMIT')
        return result
      } catch (error) {
        await client.query('ROLLBACK').catch(() => undefined)
        throw error
      } finally {
        client.release()
      }
    },
    close: () => pool.end(),
  }
}
