/** A row as both drivers return it: column name to parsed value. */
export type Row = Record<string, unknown>

/** What one statement gave back. */
export interface QueryResult<R extends Row = Row> {
  rows: R[]
  /** Rows inserted, updated or deleted (0 for a conditional UPDATE that matched nothing). */
  affectedRows: number
}

/** Anything that runs one parameterised SQL statement (`$1`, `$2`, ...). */
export interface Queryable {
  query<R extends Row = Row>(sql: string, params?: readonly unknown[]): Promise<QueryResult<R>>
}

/**
 * The only database surface the demo server uses, so embedded PGlite and a real PostgreSQL
 * server run exactly the same SQL.
 */
export interface Db extends Queryable {
  /** Runs `fn` in one transaction: committed when it resolves, rolled back when it throws. */
  transaction<T>(fn: (tx: Queryable) => Promise<T>): Promise<T>
  /** Releases the connection(s); later queries fail. */
  close(): Promise<void>
}

/** The fields both drivers put on a server error (both follow the PostgreSQL wire protocol). */
export interface PgErrorFields {
  code?: string
  constraint?: string
  detail?: string
}

/** True when `error` is PostgreSQL's unique violation (SQLSTATE 23505); narrows to its fields. */
export function isUniqueViolation(error: unknown): error is PgErrorFields {
  return typeof error === 'object' && error !== null && (error as PgErrorFields).code === '23505'
}
