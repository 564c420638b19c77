/** Where the demo's problem type URIs live (relative URIs, resolved against the API origin). */
export const problemBase = '/problems/'

/** The problem types this server answers with (RFC 9457 `type` members). */
export const problemTypes = {
  notFound: `${problemBase}not-found`,
  methodNotAllowed: `${problemBase}method-not-allowed`,
  malformedJson: `${problemBase}malformed-json`,
  unstorableText: `${problemBase}unstorable-text`,
  crossOrigin: `${problemBase}cross-origin`,
  unknownHost: `${problemBase}unknown-host`,
  confirmationInvalid: `${problemBase}confirmation-invalid`,
  unsupportedMediaType: `${problemBase}unsupported-media-type`,
  payloadTooLarge: `${problemBase}payload-too-large`,
  validation: `${problemBase}validation-failed`,
  preconditionRequired: `${problemBase}precondition-required`,
  preconditionFailed: `${problemBase}precondition-failed`,
  editConflict: `${problemBase}edit-conflict`,
  alreadyRegistered: `${problemBase}already-registered`,
  invalidTransition: `${problemBase}invalid-transition`,
  invalidCredentials: `${problemBase}invalid-credentials`,
  unauthorized: `${problemBase}unauthorized`,
  busy: `${problemBase}busy`,
  internal: `${problemBase}internal-error`,
} as const

/** An RFC 9457 problem details object: the four standard members plus any extensions. */
export interface Problem {
  type: string
  title: string
  status: number
  detail: string
  instance?: string
  [extension: string]: unknown
}

/** One invalid field of a 422 problem (`errors` member). */
export interface FieldError {
  field: string
  message: string
}

/** Builds an `application/problem+json` response; `headers` may add e.g. `ETag` or `Allow`. */
export function problemResponse(problem: Problem, headers: Record<string, string> = {}): Response {
  return new Response(JSON.stringify(problem), {
    status: problem.status,
    headers: {
      'content-type': 'application/problem+json',
      'cache-control': 'no-store',
      ...headers,
    },
  })
}

/** 404 for a resource or route that does not exist. */
export function notFound(instance: string, detail = `Nothing exists at ${instance}.`): Response {
  return problemResponse({
    type: problemTypes.notFound,
    title: 'Not found',
    status: 404,
    detail,
    instance,
  })
}

/** 422 with one entry per invalid field; `detail` repeats them as one plain sentence. */
export function validationProblem(instance: string, errors: FieldError[]): Response {
  return problemResponse({
    type: problemTypes.validation,
    title: 'Some fields are not valid',
    status: 422,
    detail: errors.map((e) => `${e.field}: ${e.message}`).join(' '),
    instance,
    code: 'validation_failed',
    errors,
  })
}
