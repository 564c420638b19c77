import { createHash } from 'node:crypto'
import type { Queryable } from './Db'

/** A document as the API sends it. */
export interface DocumentJson {
  id: string
  title: string
  tags: string[]
  /** Long multi-line markdown-ish text. */
  body: string
  /** Starts at 1, incremented by every write. */
  version: number
  /** ISO 8601 timestamp of the last write. */
  updatedAt: string
  /** Who wrote last, as their client named them (`X-Demo-Editor`); null for the seed. */
  updatedBy: string | null
}

/** The editable part of a document. */
export type DocumentFields = Pick<DocumentJson, 'title' | 'tags' | 'body'>

/** One entry of `GET /api/docs`. */
export type DocumentSummary = Omit<DocumentJson, 'body' | 'updatedBy'>

const toTags = (value: unknown): string[] => (Array.isArray(value) ? value.map(String) : [])
const toIso = (value: unknown): string => new Date(value as string | Date).toISOString()

function toDocument(row: Record<string, unknown>): DocumentJson {
  return {
    id: String(row.id),
    title: String(row.title),
    tags: toTags(row.tags),
    body: String(row.body),
    version: Number(row.version),
    updatedAt: toIso(row.updated_at),
    updatedBy: typeof row.updated_by === 'string' ? row.updated_by : null,
  }
}

/**
 * The strong ETag of a representation: the version plus a hash of the content, so a tag
 * never names two different contents (versions restart at 1 after a reset).
 */
export function documentEtag(doc: DocumentJson): string {
  const hash = createHash('sha256')
    .update(JSON.stringify([doc.id, doc.title, doc.tags, doc.body]))
    .digest('base64url')
    .slice(0, 16)
  return `"v${doc.version}-${hash}"`
}

/** Every document without its body, by title. */
export async function listDocuments(db: Queryable): Promise<DocumentSummary[]> {
  const { rows } = await db.query(
    'SELECT id, title, tags, version, updated_at FROM documents ORDER BY title',
  )
  return rows.map((row) => ({
    id: String(row.id),
    title: String(row.title),
    tags: toTags(row.tags),
    version: Number(row.version),
    updatedAt: toIso(row.updated_at),
  }))
}

/** One document, or undefined when the id is unknown. */
export async function getDocument(db: Queryable, id: string): Promise<DocumentJson | undefined> {
  const { rows } = await db.query('SELECT * FROM documents WHERE id = $1', [id])
  return rows[0] && toDocument(rows[0])
}

/**
 * Writes `fields` only if the stored version is still `expectedVersion` (optimistic
 * concurrency decided by the database): the new document, or undefined when someone else
 * wrote first or the document is gone. `by` names the writer (null: unknown).
 */
export async function updateDocumentIfVersion(
  db: Queryable,
  id: string,
  expectedVersion: number,
  fields: DocumentFields,
  by: string | null,
): Promise<DocumentJson | undefined> {
  const { rows } = await db.query(
    `UPDATE documents
       SET title = $3, tags = $4::jsonb, body = $5, version = version + 1, updated_at = now(),
           updated_by = $6
     WHERE id = $1 AND version = $2
     RETURNING *`,
    [id, expectedVersion, fields.title, JSON.stringify(fields.tags), fields.body, by],
  )
  return rows[0] && toDocument(rows[0])
}
