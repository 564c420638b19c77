export { createApp, type AppOptions } from './createApp'
export { createPgDb } from './createPgDb'
export { createPgliteDb } from './createPgliteDb'
export { isUniqueViolation, type Db, type Queryable, type QueryResult, type Row } from './Db'
export type { DocumentJson, DocumentSummary } from './documentStore'
export type { OrderJson } from './ordersRoutes'
export type { OrderAction, OrderState } from './orderStates'
export { problemTypes, type FieldError, type Problem } from './problem'
export { createSchema, prepareDatabase, resetData, seed } from './schema'
export {
  serverOptionsFromEnv,
  startServer,
  type NodeMiddleware,
  type RunningServer,
  type ServerOptions,
} from './startServer'
