// A 2xx answer whose body is unambiguously an error, by the envelopes servers use for it:
//   graphql        `errors` with no `data`, or with every field of `data` null (a failed mutation)
//   errors         `errors: [...]` in a body with no `data` (crates.io, Neo4j's `results: []`)
//   ok-false       `ok: false` (Slack, Telegram)
//   success-false  `success: false` beside an error, message or code
//   status-error   `status` or `result` is "error" / "fail" / "failure" or `*_ERROR`
//   error-code     a non-zero `errcode` / `errno` / `error_code`, or a non-zero, non-2xx `code`
//                  beside a message and no data (WeChat, many Chinese and Koa APIs)
//   error          a non-empty `error` member in a body with no data or result
// Everything else in a 2xx is a success: a resource whose own status is FAILED, an `ok: true`.
import { isRecord, prop, str, type JsonObject } from '../json'

/** Which error envelope a 2xx body is, or undefined for an ordinary success. */
export type ErrorEnvelope =
  'graphql' | 'errors' | 'ok-false' | 'success-false' | 'status-error' | 'error-code' | 'error'

const empty = (v: unknown) => v === undefined || v === null
const hasMessage = (o: JsonObject) =>
  str(prop(o, 'message', 'msg', 'errmsg', 'error_description', 'description')) !== undefined

function nonZero(v: unknown): boolean {
  if (typeof v === 'number') return Number.isFinite(v) && v !== 0
  return typeof v === 'string' && /^-?\d+$/.test(v.trim()) && Number(v) !== 0
}

/** The error envelope a parsed 2xx body is, or undefined. Never throws. */
export function errorEnvelope(json: unknown): ErrorEnvelope | undefined {
  if (!isRecord(json)) return undefined
  const data = prop(json, 'data')
  const errors = prop(json, 'errors')
  if (Array.isArray(errors) && errors.length > 0) {
    const dataEmpty =
      empty(data) || (isRecord(data) && Object.values(data).every((v) => v === null))
    if (!dataEmpty) return undefined // partial data: part of the request succeeded
    const first: unknown = errors[0]
    const graphql = isRecord(first) && str(prop(first, 'message')) !== undefined
    return graphql &&
      (data !== undefined || prop(first, 'locations', 'path', 'extensions') !== undefined)
      ? 'graphql'
      : 'errors'
  }
  if (prop(json, 'ok') === false) return 'ok-false'
  if (prop(json, 'success', 'succeeded') === false) {
    const said =
      prop(json, 'error', 'errors', 'code', 'reason') !== undefined ||
      hasMessage(json) ||
      typeof data === 'string'
    if (said) return 'success-false'
  }
  const status = str(prop(json, 'status', 'result'))
  if (
    status !== undefined &&
    (/^(?:error|fail|failure)$/i.test(status) || /^[A-Z][A-Z0-9_]*_ERROR$/.test(status))
  ) {
    return 'status-error'
  }
  if (nonZero(prop(json, 'errcode', 'errno', 'err_code', 'error_code', 'errorCode'))) {
    return 'error-code'
  }
  const code = prop(json, 'code')
  if (
    typeof code === 'number' &&
    code !== 0 &&
    (code < 200 || code >= 300) &&
    hasMessage(json) &&
    empty(data)
  ) {
    return 'error-code'
  }
  const error = prop(json, 'error')
  const saysError = (isRecord(error) && Object.keys(error).length > 0) || str(error) !== undefined
  if (saysError && empty(data) && empty(prop(json, 'result', 'results'))) return 'error'
  return undefined
}

/** A status the envelope declares for itself (`status: 422`, `extensions.http_status: 409`), if any. */
export function declaredStatus(json: unknown): number | undefined {
  if (!isRecord(json)) return undefined
  const errors = prop(json, 'errors')
  const first: unknown = Array.isArray(errors) ? errors[0] : undefined
  const ext = isRecord(first) ? prop(first, 'extensions') : undefined
  for (const v of [
    prop(json, 'status', 'statusCode', 'status_code', 'http_status', 'error_code'),
    isRecord(first) ? prop(first, 'status', 'statusCode') : undefined,
    isRecord(ext) ? prop(ext, 'http_status', 'httpStatus', 'status', 'statusCode') : undefined,
  ]) {
    const n = typeof v === 'string' && /^\d{3}$/.test(v) ? Number(v) : v
    if (typeof n === 'number' && n >= 400 && n < 600) return n
  }
  return undefined
}
