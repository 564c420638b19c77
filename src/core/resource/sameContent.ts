import { fieldPath, getAtPath } from '../merge/getAtPath'
import { jsonEqual } from '../merge/jsonEqual'
import { setAtPath } from '../merge/setAtPath'

function without(value: unknown, fields: readonly string[]): unknown {
  let out = value
  for (const field of fields) {
    const path = fieldPath(out, field)
    if (path.length > 0 && getAtPath(out, path) !== undefined) out = setAtPath(out, path, undefined)
  }
  return out
}

/**
 * True when two versions of a resource hold the same content, fields the server changes by
 * itself (`serverFields`: a view counter, `servedAt`, `version`) left out.
 */
export function sameContent(a: unknown, b: unknown, serverFields: readonly string[]): boolean {
  if (serverFields.length === 0) return jsonEqual(a, b)
  return jsonEqual(without(a, serverFields), without(b, serverFields))
}
