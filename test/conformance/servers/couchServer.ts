// A CouchDB-compatible server (express-pouchdb over PouchDB's memory adapter), in process on
// 127.0.0.1 and a port the OS picks, stopped by the suite.
import { createServer } from 'node:http'
import type { AddressInfo } from 'node:net'
import expressPouchDB from 'express-pouchdb'
import PouchDB from 'pouchdb-core'
import memory from 'pouchdb-adapter-memory'
import mapreduce from 'pouchdb-mapreduce'
import replication from 'pouchdb-replication'

/** A running CouchDB-compatible server: its base URL and a way to stop it. */
export interface CouchServer {
  origin: string
  stop: () => Promise<void>
}

/** Starts the server and creates database `db`. */
export async function startCouch(): Promise<CouchServer> {
  const Pouch = PouchDB.plugin(memory).plugin(mapreduce).plugin(replication).defaults({
    adapter: 'memory',
  })
  const app = expressPouchDB(Pouch, { mode: 'minimumForPouchDB', inMemoryConfig: true })
  const server = createServer(app)
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
  const created = await fetch(`${origin}/db`, { method: 'PUT' })
  if (created.status !== 201) throw new Error(`creating the database: ${created.status}`)
  return {
    origin,
    stop: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections()
        server.close(() => resolve())
      }),
  }
}
