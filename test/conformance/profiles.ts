// One description per real server: where its documents live, how a colleague writes with raw
// HTTP, and which kit options fit it. The scenarios run the same way against each.
import type { ResourceWrite } from '../../src/core/resource/resourceClient'
import type { ConflictMergeOptions } from '../../src/core/resource/createConflict'

/** A JSON document as the scenarios edit it. */
export type Doc = Record<string, unknown>

/** One request the kit sent, as a server saw it. */
export interface SentRequest {
  method: string
  url: string
  ifMatch: string | null
  ifUnmodifiedSince: string | null
  ifNoneMatch: string | null
  status: number
}

/** A fetch that records every request it passes on. */
export function recordingFetch() {
  const sent: SentRequest[] = []
  const impl: typeof globalThis.fetch = async (input, init) => {
    const headers = new Headers(init?.headers)
    const res = await globalThis.fetch(input, init)
    sent.push({
      method: init?.method ?? 'GET',
      url: String(input),
      ifMatch: headers.get('if-match'),
      ifUnmodifiedSince: headers.get('if-unmodified-since'),
      ifNoneMatch: headers.get('if-none-match'),
      status: res.status,
    })
    return res
  }
  return { fetch: impl, sent, writes: () => sent.filter((r) => r.method !== 'GET') }
}

/** A server under test. */
export interface ServerProfile {
  name: string
  /** Where document `id` lives. */
  url: (id: string) => string
  /** Options every kit call against this server takes. */
  options: Pick<ResourceWrite<Doc>, 'version' | 'saveResponse' | 'body' | 'probeUrl'>
  merge: ConflictMergeOptions
  /** Creates a document with raw HTTP. */
  seed: (id: string, value: Doc) => Promise<void>
  /** The document as the server holds it, server-owned fields removed. */
  read: (id: string) => Promise<Doc>
  /** A colleague's read-modify-write with raw HTTP, the way any other client would do it. */
  colleague: (id: string, change: (doc: Doc) => Doc) => Promise<void>
}

async function ok(res: Response, what: string): Promise<Response> {
  if (!res.ok) throw new Error(`${what}: ${res.status} ${await res.text()}`)
  return res
}

/** Apache httpd + mod_dav: whole-file PUTs, ETag and Last-Modified from the file system. */
export function apacheProfile(origin: string, dir = 'dav'): ServerProfile {
  const name = dir === 'dav' ? 'Apache httpd 2.4 mod_dav' : 'Apache httpd 2.4 mod_dav + mod_deflate'
  return fileProfile(name, (id) => `${origin}/${dir}/${id}.json`)
}

/** lighttpd 1.4 + mod_webdav: whole-file PUTs, its own ETags, preconditions checked. */
export function lighttpdProfile(origin: string): ServerProfile {
  return fileProfile('lighttpd 1.4 mod_webdav', (id) => `${origin}/dav/${id}.json`)
}

/**
 * nginx 1.22 dav module (`/gz/`: with `gzip on`): whole-file PUTs; it ignores every
 * precondition on PUT. `options` are what the app passes (a probe it allows, or none).
 */
export function nginxProfile(
  origin: string,
  dir: 'dav' | 'gz' = 'dav',
  options: ServerProfile['options'] = {},
): ServerProfile {
  const name = dir === 'dav' ? 'nginx 1.22 dav' : 'nginx 1.22 dav + gzip'
  const profile = fileProfile(name, (id) => `${origin}/${dir}/${id}.json`)
  return { ...profile, options: { ...profile.options, ...options } }
}

/** A file server over WebDAV PUT: the document is the file. */
function fileProfile(name: string, url: (id: string) => string): ServerProfile {
  const put = async (id: string, value: Doc) =>
    ok(
      await fetch(url(id), {
        method: 'PUT',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(value),
      }),
      `PUT ${id}`,
    )
  const read = async (id: string) =>
    (await (await ok(await fetch(url(id), { cache: 'no-store' }), `GET ${id}`)).json()) as Doc
  return {
    name,
    url,
    options: { version: 'etag' },
    merge: {},
    seed: async (id, value) => void (await put(id, value)),
    read,
    colleague: async (id, change) => void (await put(id, change(await read(id)))),
  }
}

/** express-pouchdb: CouchDB's document API, the version in the body's `_rev`. */
export function couchProfile(origin: string): ServerProfile {
  const url = (id: string) => `${origin}/db/${id}`
  const raw = async (id: string) =>
    (await (
      await ok(await fetch(url(id), { headers: { accept: 'application/json' } }), `GET ${id}`)
    ).json()) as Doc
  const put = async (id: string, value: Doc) =>
    ok(
      await fetch(url(id), {
        method: 'PUT',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(value),
      }),
      `PUT ${id}`,
    )
  return {
    name: 'CouchDB API (express-pouchdb 4)',
    url,
    options: {
      version: { field: '_rev' },
      // CouchDB answers a write with { ok, id, rev }: the document is what was sent.
      saveResponse: ({ body, sent }) => {
        const rev = (body as { rev?: unknown } | undefined)?.rev
        return typeof rev === 'string' ? { value: { ...sent, _rev: rev }, version: rev } : null
      },
    },
    merge: { serverFields: ['_rev'] },
    seed: async (id, value) => void (await put(id, value)),
    read: async (id) => {
      const { _id, _rev, ...doc } = await raw(id)
      return doc
    },
    colleague: async (id, change) => {
      const current = await raw(id)
      await put(id, { ...change(current), _rev: current._rev })
    },
  }
}

/**
 * Django REST Framework on PostgreSQL. `'body'`: the version in the body (`version`), 409 with
 * the current document when stale; `'etag'`: strong ETags, If-Match required (412 / 428).
 */
export function drfProfile(origin: string, style: 'body' | 'etag'): ServerProfile {
  const url = (id: string) => `${origin}/${style === 'body' ? 'v' : 'e'}/${id}`
  const get = async (id: string) => {
    const res = await ok(await fetch(url(id), { headers: { accept: 'application/json' } }), 'GET')
    return { doc: (await res.json()) as Doc, etag: res.headers.get('etag') }
  }
  const put = async (id: string, value: Doc, headers: Record<string, string> = {}) =>
    ok(
      await fetch(url(id), {
        method: 'PUT',
        headers: { 'content-type': 'application/json', ...headers },
        body: JSON.stringify(value),
      }),
      `PUT ${id}`,
    )
  return {
    name:
      style === 'body'
        ? 'DRF 3.14 + PostgreSQL (409, body version)'
        : 'DRF 3.14 + PostgreSQL (412, ETag)',
    url,
    options: { version: style === 'body' ? { field: 'version' } : 'etag' },
    merge: style === 'body' ? { serverFields: ['version'] } : {},
    seed: async (id, value) => void (await put(id, value)),
    read: async (id) => {
      const { version: _version, ...doc } = (await get(id)).doc
      return doc
    },
    colleague: async (id, change) => {
      const { doc, etag } = await get(id)
      if (style === 'body') await put(id, change(doc))
      else await put(id, change(doc), { 'if-match': etag ?? '' })
    },
  }
}
