export { createApp, type AppOptions, type RateLimitOptions } from './createApp'
export { createPgDb } from './createPgDb'
export { createPgliteDb } from './createPgliteDb'
export { isUniqueViolation, type Db, type Queryable, type QueryResult, type Row } from './Db'
export type { DocumentJson, DocumentSummary } from './documentStore'
export { MemoryMailbox, type Mail, type Mailer } from './mailbox'
export type { OrderJson } from './ordersRoutes'
export type { OrderAction, OrderState } from './orderStates'
export { DEFAULT_SCRYPT_COST, hashPassword, verifyPassword } from './password'
export { problemTypes, type FieldError, type Problem } from './problem'
export { createSchema, prepareDatabase, resetData, seed, type SeedOptions } from './schema'
export {
  serverOptionsFromEnv,
  startServer,
  type NodeMiddleware,
  type RunningServer,
  type ServerOptions,
} from './startServer'
