// Readable titles: the sentence to show when the server said nothing useful, and the test for
// server titles that say nothing beyond the status ("Conflict", "Validation Failed").
import type { ProblemKind } from './types'

const STATUS_TEXT: Record<number, string> = {
  400: 'Bad Request',
  401: 'Unauthorized',
  402: 'Payment Required',
  403: 'Forbidden',
  404: 'Not Found',
  405: 'Method Not Allowed',
  406: 'Not Acceptable',
  408: 'Request Timeout',
  409: 'Conflict',
  410: 'Gone',
  411: 'Length Required',
  412: 'Precondition Failed',
  413: 'Content Too Large',
  414: 'URI Too Long',
  415: 'Unsupported Media Type',
  416: 'Range Not Satisfiable',
  417: 'Expectation Failed',
  421: 'Misdirected Request',
  422: 'Unprocessable Content',
  423: 'Locked',
  424: 'Failed Dependency',
  425: 'Too Early',
  426: 'Upgrade Required',
  428: 'Precondition Required',
  429: 'Too Many Requests',
  431: 'Request Header Fields Too Large',
  451: 'Unavailable For Legal Reasons',
  500: 'Internal Server Error',
  501: 'Not Implemented',
  502: 'Bad Gateway',
  503: 'Service Unavailable',
  504: 'Gateway Timeout',
  505: 'HTTP Version Not Supported',
  507: 'Insufficient Storage',
  508: 'Loop Detected',
  511: 'Network Authentication Required',
}

/** The RFC 9110 reason phrase for a status, or undefined. */
export function statusText(status: number): string | undefined {
  return STATUS_TEXT[status]
}

const GENERIC = new Set(
  [
    ...Object.values(STATUS_TEXT),
    'unprocessable entity',
    'payload too large',
    'validation failed',
    'validation error',
    'validation errors',
    'one or more validation errors occurred',
    'the given data was invalid',
    'invalid request',
    'invalid input',
    'invalid data',
    'request failed',
    'request validation failed',
    'api validation failed',
    'bad request error',
    'conflict error',
    'error',
    'errors',
    'failure',
    'failed',
    'an error occurred',
    'an error has occurred',
    'something went wrong',
    'unknown error',
    'http error',
  ].map((t) => t.toLowerCase()),
)

/** True when a server title only restates the status ("Conflict", "409 Conflict", "Validation Failed"). */
export function isGenericTitle(text: string): boolean {
  // Generic titles are short; a long text is not one (and is not worth scanning).
  if (text.length > 200) return false
  const t = text
    .toLowerCase()
    .replace(/^(?:http(?: status)?\s*)?\d{3}\s*[-:–—]?\s*/, '')
    .replace(/[.!:]+$/, '')
    .trim()
  return t === '' || GENERIC.has(t)
}

/** `email_address` / `emailAddress` / `user.email` -> `Email address` / `Email`. */
export function fieldLabel(field: string): string {
  const last =
    field
      .split('.')
      .filter((p) => !/^\d+$/.test(p))
      .pop() ?? field
  const words = last
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .replace(/[_-]+/g, ' ')
    .trim()
    .toLowerCase()
  return words === '' ? field : words.charAt(0).toUpperCase() + words.slice(1)
}

/**
 * A field message as a sentence: Rails-style `has already been taken` becomes
 * `Email has already been taken`; messages that already read as a sentence stay as they are.
 */
export function fullMessage(field: string | undefined, message: string): string {
  if (field === undefined || !/^[a-z]/.test(message)) return message
  const label = fieldLabel(field)
  if (message.toLowerCase().includes(label.toLowerCase())) return message
  return `${label} ${message}`
}

/** What to show when the server gave no usable text. Never empty. */
export function fallbackTitle(kind: ProblemKind, status: number, field?: string): string {
  switch (kind) {
    case 'duplicate':
      return field
        ? `This ${fieldLabel(field).toLowerCase()} is already taken`
        : 'This already exists'
    case 'stale':
      return 'Someone else changed this'
    case 'state':
      return 'This action is no longer possible'
    case 'busy':
      if (status === 429) return 'Too many requests. Try again shortly.'
      if (status === 503) return 'The service is busy. Try again shortly.'
      if (status === 423) return 'This is locked right now. Try again shortly.'
      return 'Another request is still in progress. Try again shortly.'
    case 'precondition-required':
      return 'Reload before saving: the server needs the version you edited'
    case 'validation':
      return 'Some fields need attention'
    case 'unknown':
      return 'Conflict'
    case 'other':
      return (
        statusText(status) ??
        (status >= 400 ? `Request failed (HTTP ${status})` : 'Something went wrong')
      )
  }
}

/** Kinds whose own sentence says more than a generic server title. */
export function prefersFallback(kind: ProblemKind): boolean {
  return kind !== 'validation' && kind !== 'unknown' && kind !== 'other'
}
