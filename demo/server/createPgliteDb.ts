import { PGlite } from '@electric-sql/pglite'
import type { Db, Queryable, QueryResult, Row } from './Db'

/** Wraps one PGlite handle (or transaction) in the shared `Queryable` shape. */
function queryable(pg: Pick<PGlite, 'query'>): Queryable {
  return {
    async query<R extends Row = Row>(sql: string, params: readonly unknown[] = []) {
      const result = await pg.query<R>(sql, [...params])
      return { rows: result.rows, affectedRows: result.affectedRows ?? 0 } satisfies QueryResult<R>
    },
  }
}

/**
 * Opens embedded PostgreSQL (PGlite, Postgres compiled to WASM): in memory, or persisted in
 * `dataDir` when given. PGlite has a single connection, so statements run one at a time and a
 * transaction holds it exclusively; conditional UPDATEs still decide every race.
 */
export async function createPgliteDb(dataDir?: string): Promise<Db> {
  const pg = await PGlite.create(dataDir)
  return {
    ...queryable(pg),
    transaction: (fn) => pg.transaction((tx) => fn(queryable(tx))),
    close: () => pg.close(),
  }
}
