import { isFetchResponse } from '../core/http/problemError'
import { readResponse } from '../core/resource/resourceClient'
import type { BodyFormat } from '../core/resource/resourceBody'
import type { VersionSource, VersionedValue } from '../core/resource/types'

/** Accepts what a custom loader or saver returned: a Response, or a value with its version. */
export async function toVersioned<T>(
  result: Response | VersionedValue<T>,
  version: VersionSource,
  method: string,
  sent?: T,
  body?: BodyFormat,
): Promise<VersionedValue<T>> {
  return isFetchResponse(result) ? readResponse<T>(result, version, { method, sent, body }) : result
}

/** Turns a thrown Response into the same problem a returned one gives. */
export async function rethrowResponse(
  error: unknown,
  version: VersionSource,
  method: string,
): Promise<never> {
  if (isFetchResponse(error)) await readResponse(error, version, { method })
  throw error
}
