// Pulls codes, messages, field errors, versions and retry hints out of the JSON (and flat XML)
// error shapes real servers send. Nothing here decides the kind; classify.ts does.
import { Collector, MAX_ITEMS, MAX_MESSAGE, type Extracted } from './collector'
import { isCodeLike, isObject, normaliseField, prop, str, type JsonObject } from './fields'
import { toPlainText } from './html'

export type { Extracted } from './collector'

// HTTP reason phrases that Spring and others put in `error`: not codes.
const REASON_PHRASES = /^(?:Conflict|Forbidden|Unauthorized|Gone|Locked|Error|Failure|Unknown)$/

// Keys that mark an envelope; a body without any of them may be a Rails / DRF field map.
const ENVELOPE =
  /^(?:message|messages|error|errors|title|detail|details|type|status|statuscode|code|msg|description|error_description|reason|kind|data|success|result|fielderrors|field_errors|formerrors|violations|invalid-params|invalid_params|errormessages|errorcauses|usererrors)$/i

// Google `{error:{code,message,status,errors,details}}`, Stripe `{error:{type,code,param,message}}`,
// OData/Azure `{error:{code,message,target,details}}`, Elasticsearch `{error:{type,reason,root_cause}}`.
function walkError(e: JsonObject, c: Collector): void {
  c.code(prop(e, 'code'))
  c.code(prop(e, 'status'))
  c.code(prop(e, 'type'))
  c.text(prop(e, 'message'))
  c.text(prop(e, 'reason'))
  c.text(prop(e, 'description'))
  const field = normaliseField(prop(e, 'param', 'target'))
  if (field !== undefined) {
    const message = str(prop(e, 'message'))
    const code = str(prop(e, 'code'))
    c.out.entries.push({ field, ...(message ? { message } : {}), ...(code ? { code } : {}) })
  }
  c.items(prop(e, 'errors'))
  const details = prop(e, 'details')
  if (Array.isArray(details)) {
    for (const d of details.slice(0, MAX_ITEMS)) {
      if (!isObject(d)) continue
      if (Array.isArray(d.fieldViolations)) c.items(d.fieldViolations)
      else if (d['@type'] !== undefined) c.code(d.reason)
      else c.items([d])
    }
  }
  const root = prop(e, 'root_cause')
  if (Array.isArray(root)) c.items(root)
  const inner = prop(e, 'innererror', 'innerError')
  if (isObject(inner)) c.code(prop(inner, 'code'))
  c.extras(e, false)
}

function isFieldMap(o: JsonObject): boolean {
  const keys = Object.keys(o)
  return (
    keys.length > 0 &&
    !keys.some((k) => ENVELOPE.test(k)) &&
    keys.some((k) => Array.isArray(o[k])) &&
    keys.every((k) => Array.isArray(o[k]) || isObject(o[k]))
  )
}

function walkTop(o: JsonObject, c: Collector, problemMediaType: boolean): void {
  const out = c.out
  const rawType = str(prop(o, 'type'))
  const title = str(prop(o, 'title'))
  const problemShaped =
    problemMediaType ||
    (title !== undefined && (rawType !== undefined || typeof o.status === 'number'))
  if (isFieldMap(o)) {
    // Rails `{ email: ["has already been taken"] }`, Django REST `{ email: ["...exists."] }`.
    c.fieldMap(o)
    return
  }
  if (title !== undefined) out.title = toPlainText(title).slice(0, MAX_MESSAGE)
  const detail = prop(o, 'detail')
  if (typeof detail === 'string' && str(detail))
    out.detail = toPlainText(detail).slice(0, MAX_MESSAGE)
  else c.items(detail) // FastAPI `detail: [{ loc, msg, type }]`
  const instance = str(prop(o, 'instance'))
  if (instance !== undefined) out.instance = instance
  const isUri = rawType !== undefined && /^[a-z][a-z0-9+.-]*:|^\//i.test(rawType)
  if (isUri && rawType !== 'about:blank') out.type = rawType

  c.code(prop(o, 'code'))
  c.code(prop(o, 'error_code', 'errorCode'))
  c.code(prop(o, '__type'))
  const error = prop(o, 'error')
  if (isObject(error)) walkError(error, c)
  const odata = prop(o, 'odata.error')
  if (isObject(odata)) walkError(odata, c)
  const details = prop(o, 'details')
  if (prop(o, 'kind') === 'Status') {
    // Kubernetes Status: `reason` is the code; `details` names the object and lists causes.
    c.code(prop(o, 'reason'))
    if (isObject(details)) {
      c.items(prop(details, 'causes'))
      const name = str(prop(details, 'name'))
      if (name !== undefined && prop(o, 'reason') === 'AlreadyExists') {
        out.field = 'name'
        out.value = name
      }
      c.extras({ retryAfterSeconds: prop(details, 'retryAfterSeconds') }, false)
    }
  }
  const errorText = str(error)
  if (errorText !== undefined && isCodeLike(errorText) && !REASON_PHRASES.test(errorText)) {
    c.code(errorText)
  }
  const reason = str(prop(o, 'reason'))
  if (reason !== undefined && isCodeLike(reason)) c.code(reason)

  const message = prop(o, 'message')
  if (isObject(message) && prop(message, 'value') === undefined)
    c.fieldMap(message) // GitLab
  else c.text(message)
  c.text(prop(o, 'error_description'))
  c.text(prop(o, 'description'))
  c.text(prop(o, 'errorMessage', 'error_message'))
  c.text(prop(o, 'errorSummary'))
  c.text(prop(o, 'msg'))
  if (reason !== undefined && !isCodeLike(reason)) c.text(reason)
  if (errorText !== undefined && !isCodeLike(errorText)) c.text(errorText)
  if (typeof details === 'string') c.text(details) // PostgREST `details`

  const errors = prop(o, 'errors')
  if (Array.isArray(errors)) c.items(errors)
  else if (isObject(errors))
    c.fieldMap(errors) // Laravel, ASP.NET ValidationProblemDetails, Jira, Rails
  else c.text(errors) // Shopify `{ errors: "Exceeded 2 calls per second..." }`
  c.text(prop(o, 'errorMessages')) // Jira
  c.items(prop(o, 'errorCauses')) // Okta
  c.items(prop(o, 'invalid-params', 'invalid_params'), true) // RFC 7807 example
  c.items(prop(o, 'violations')) // Symfony / API Platform
  c.items(prop(o, 'userErrors')) // Shopify GraphQL
  c.fieldMap(prop(o, 'fieldErrors', 'field_errors')) // Zod flatten, Spring variants
  c.text(prop(o, 'non_field_errors', 'nonFieldErrors', 'formErrors'))
  const data = prop(o, 'data')
  if (prop(o, 'status') === 'fail') c.fieldMap(data) // JSend
  c.extras(o, problemShaped)
  if (!isUri && rawType !== undefined) c.code(rawType)
}

/** Codes, messages, field errors, versions and retry hints from a parsed JSON body. */
export function extractFromJson(json: unknown, problemMediaType = false): Extracted {
  const c = new Collector()
  if (isObject(json)) walkTop(json, c, problemMediaType)
  else if (Array.isArray(json)) c.items(json)
  else c.text(json)
  return c.out
}
