import type { Context } from 'hono'
import { problemResponse, problemTypes } from './problem'

/** A handler answering 405 with an `Allow` header, registered after a path's real methods. */
export function methodNotAllowed(allow: readonly string[]): (c: Context) => Response {
  return (c) =>
    problemResponse(
      {
        type: problemTypes.methodNotAllowed,
        title: 'Method not allowed',
        status: 405,
        detail: `${c.req.method} is not supported here; use ${allow.join(', ')}.`,
        instance: c.req.path,
      },
      { allow: allow.join(', ') },
    )
}
