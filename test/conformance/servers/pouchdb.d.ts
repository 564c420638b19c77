// The CouchDB-compatible test server's packages ship no types; the suite needs only this much.
declare module 'pouchdb-core' {
  interface PouchStatic {
    plugin(plugin: unknown): PouchStatic
    defaults(options: { adapter: string }): PouchStatic
  }
  const PouchDB: PouchStatic
  export default PouchDB
}
declare module 'pouchdb-adapter-memory' {
  const plugin: unknown
  export default plugin
}
declare module 'pouchdb-mapreduce' {
  const plugin: unknown
  export default plugin
}
declare module 'pouchdb-replication' {
  const plugin: unknown
  export default plugin
}
declare module 'express-pouchdb' {
  import type { RequestListener } from 'node:http'
  export default function expressPouchDB(
    pouch: unknown,
    options: { mode: string; inMemoryConfig: boolean },
  ): RequestListener
}
