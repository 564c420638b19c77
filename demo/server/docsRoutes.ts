import { Hono } from 'hono'
import { colleagueEdit, colleagueName, type ColleagueEditRequest } from './colleagueEdit'
import type { AppEnv } from './AppEnv'
import type { Db } from './Db'
import {
  documentEtag,
  getDocument,
  listDocuments,
  updateDocumentIfVersion,
  type DocumentFields,
  type DocumentJson,
} from './documentStore'
import { ifMatchPasses, ifNoneMatchHits } from './entityTags'
import { methodNotAllowed } from './methodNotAllowed'
import {
  notFound,
  problemResponse,
  problemTypes,
  validationProblem,
  type FieldError,
} from './problem'
import { readJsonObject } from './readJsonObject'

const titleLimit = 200
const bodyLimitBytes = 1024 * 1024
// A conditional write is retried only when the client did not pin a version (`If-Match: *`,
// simulated edits): someone else's write between our read and our UPDATE is not a conflict.
const unpinnedAttempts = 5

/**
 * The writer's name as the client sends it (`X-Demo-Editor`, the demo's sign-in is a name
 * picked in the browser): trimmed, at most 60 characters, else null. A real app takes it
 * from its session, never from the body, which a merge may carry over from someone else.
 */
function editor(c: { req: { header(name: string): string | undefined } }): string | null {
  const name = c.req.header('x-demo-editor')?.trim() ?? ''
  return name.length > 0 && name.length <= 60 ? name : null
}

/** Checks a PUT body: the whole document, plus an optional `version` it was based on. */
function readDocumentInput(
  input: Record<string, unknown>,
  id: string,
): { fields: DocumentFields; version: number | undefined; errors: FieldError[] } {
  const errors: FieldError[] = []
  const { title, tags, body, version } = input
  if (typeof title !== 'string' || title.trim() === '') {
    errors.push({ field: 'title', message: 'Title is required.' })
  } else if (title.length > titleLimit) {
    errors.push({ field: 'title', message: `Title must be at most ${titleLimit} characters.` })
  }
  if (!Array.isArray(tags) || !tags.every((tag) => typeof tag === 'string')) {
    errors.push({ field: 'tags', message: 'Tags must be a list of strings.' })
  }
  if (typeof body !== 'string') {
    errors.push({ field: 'body', message: 'Body must be text.' })
  } else if (Buffer.byteLength(body, 'utf8') > bodyLimitBytes) {
    errors.push({ field: 'body', message: 'Body must be at most 1 MB.' })
  }
  const hasVersion = version !== undefined && version !== null
  if (hasVersion && !(Number.isSafeInteger(version) && (version as number) > 0)) {
    errors.push({ field: 'version', message: 'Version must be a positive whole number.' })
  }
  if (input.id !== undefined && input.id !== id) {
    errors.push({ field: 'id', message: 'The id in the body does not match the URL.' })
  }
  return {
    fields: {
      title: String(title),
      tags: Array.isArray(tags) ? tags.map(String) : [],
      body: String(body),
    },
    version: hasVersion ? (version as number) : undefined,
    errors,
  }
}

/** Checks a simulate-edit body. */
function readEditRequest(input: Record<string, unknown>): {
  request: ColleagueEditRequest
  errors: FieldError[]
} {
  const errors: FieldError[] = []
  const { field, line, text } = input
  if (field !== undefined && field !== 'title' && field !== 'body' && field !== 'tags') {
    errors.push({ field: 'field', message: 'Field must be "title", "body" or "tags".' })
  }
  if (line !== undefined && !(Number.isSafeInteger(line) && (line as number) > 0)) {
    errors.push({ field: 'line', message: 'Line must be a positive whole number.' })
  }
  if (text !== undefined && (typeof text !== 'string' || text.length > 10_000)) {
    errors.push({ field: 'text', message: 'Text must be a string of at most 10000 characters.' })
  }
  return { request: { field, line, text } as ColleagueEditRequest, errors }
}

/** 412 (stale If-Match) or 409 (stale body version), carrying what the server holds now. */
function staleProblem(
  status: 409 | 412,
  instance: string,
  current: DocumentJson,
  sentVersion?: number,
): Response {
  const etag = documentEtag(current)
  const detail =
    status === 412
      ? `The document changed since you loaded it; it is now version ${current.version} (ETag ${etag}). Nothing was saved.`
      : `You edited version ${sentVersion}, but the document is now at version ${current.version}. Nothing was saved.`
  return problemResponse(
    {
      type: status === 412 ? problemTypes.preconditionFailed : problemTypes.editConflict,
      title: 'Someone else changed this document',
      status,
      detail,
      instance,
      code: status === 412 ? 'precondition_failed' : 'version_conflict',
      currentVersion: etag,
      current,
    },
    { etag },
  )
}

function preconditionRequired(instance: string): Response {
  return problemResponse({
    type: problemTypes.preconditionRequired,
    title: 'Say which version you edited',
    status: 428,
    detail:
      'Send an If-Match header with the ETag you loaded, or include the "version" you loaded in the body.',
    instance,
    code: 'precondition_required',
  })
}

function missing(instance: string, id: string): Response {
  return notFound(instance, `There is no document with id "${id}".`)
}

function documentResponse(doc: DocumentJson): Response {
  return Response.json(doc, { headers: { etag: documentEtag(doc), 'cache-control': 'no-cache' } })
}

/** Routes under `/api/docs`: list, read (ETag, 304), conditional write, simulated edit. */
export function docsRoutes(db: Db): Hono<AppEnv> {
  const docs = new Hono<AppEnv>()

  docs.get('/', async (c) => c.json(await listDocuments(db)))
  docs.all('/', methodNotAllowed(['GET', 'HEAD']))

  docs.get('/:id', async (c) => {
    const id = c.req.param('id')
    const doc = await getDocument(db, id)
    if (!doc) return missing(c.req.path, id)
    const etag = documentEtag(doc)
    const ifNoneMatch = c.req.header('if-none-match')
    if (ifNoneMatch !== undefined && ifNoneMatchHits(ifNoneMatch, etag)) {
      return new Response(null, { status: 304, headers: { etag, 'cache-control': 'no-cache' } })
    }
    return documentResponse(doc)
  })

  docs.put('/:id', async (c) => {
    const id = c.req.param('id')
    const instance = c.req.path
    let current = await getDocument(db, id)
    if (!current) return missing(instance, id)
    const parsed = await readJsonObject(c)
    if (!parsed.ok) return parsed.response
    // If-Match wins over a body version; preconditions are checked before the content.
    const ifMatch = c.req.header('if-match')
    if (ifMatch !== undefined && !ifMatchPasses(ifMatch, documentEtag(current))) {
      return staleProblem(412, instance, current)
    }
    if (
      ifMatch === undefined &&
      (parsed.value.version === undefined || parsed.value.version === null)
    ) {
      return preconditionRequired(instance)
    }
    const { fields, version, errors } = readDocumentInput(parsed.value, id)
    if (errors.length > 0) return validationProblem(instance, errors)
    if (ifMatch === undefined && version !== current.version) {
      return staleProblem(409, instance, current, version)
    }
    const attempts = ifMatch?.trim() === '*' ? unpinnedAttempts : 1
    for (let attempt = 0; attempt < attempts; attempt++) {
      const updated = await updateDocumentIfVersion(db, id, current.version, fields, editor(c))
      if (updated) return documentResponse(updated)
      // Someone else wrote between our read and our UPDATE.
      const now = await getDocument(db, id)
      if (!now) return missing(instance, id)
      current = now
    }
    return ifMatch === undefined
      ? staleProblem(409, instance, current, version)
      : staleProblem(412, instance, current)
  })
  docs.all('/:id', methodNotAllowed(['GET', 'HEAD', 'PUT']))

  docs.post('/:id/simulate-edit', async (c) => {
    const id = c.req.param('id')
    const instance = c.req.path
    const parsed = await readJsonObject(c, { allowEmpty: true })
    if (!parsed.ok) return parsed.response
    const { request, errors } = readEditRequest(parsed.value)
    if (errors.length > 0) return validationProblem(instance, errors)
    for (let attempt = 0; attempt < unpinnedAttempts; attempt++) {
      const current = await getDocument(db, id)
      if (!current) return missing(instance, id)
      const updated = await updateDocumentIfVersion(
        db,
        id,
        current.version,
        colleagueEdit(current, request),
        colleagueName,
      )
      if (updated) return documentResponse(updated)
    }
    return problemResponse(
      {
        type: problemTypes.busy,
        title: 'The document is busy',
        status: 503,
        detail: 'Too many edits at once; try again in a moment.',
        instance,
      },
      { 'retry-after': '1' },
    )
  })
  docs.all('/:id/simulate-edit', methodNotAllowed(['POST']))

  return docs
}
