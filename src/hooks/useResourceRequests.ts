import { useCallback, type RefObject } from 'react'
import { loadResource, saveResource } from '../core/resource/resourceClient'
import type { VersionedValue } from '../core/resource/types'
import { rethrowResponse, toVersioned } from './toVersioned'
import type { UseOptimisticResourceOptions } from './useOptimisticResource'

/** The load and write requests of a resource: the app's own functions, or GET / PUT of `url`. */
export function useResourceRequests<T>(
  options: RefObject<UseOptimisticResourceOptions<T>>,
  signal: () => AbortSignal,
) {
  const load = useCallback(
    async (requestSignal: AbortSignal, fresh: boolean): Promise<VersionedValue<T>> => {
      const o = options.current
      const version = o.version ?? 'etag'
      if (o.fetch) {
        try {
          return await toVersioned(
            await o.fetch({ signal: requestSignal, fresh }),
            version,
            'GET',
            undefined,
            o.body,
          )
        } catch (error) {
          return rethrowResponse(error, version, 'GET')
        }
      }
      if (!o.url) throw new TypeError('useOptimisticResource needs `url` or `fetch`.')
      return loadResource<T>({
        url: o.url,
        version,
        headers: o.headers,
        body: o.body,
        signal: requestSignal,
        fresh,
      })
    },
    [options],
  )

  const write = useCallback(
    async ({
      value,
      version,
      base,
    }: VersionedValue<T> & { base: T }): Promise<VersionedValue<T>> => {
      const o = options.current
      const source = o.version ?? 'etag'
      const method = o.method ?? 'PUT'
      if (o.save) {
        try {
          return await toVersioned(
            await o.save({ value, version, base, signal: signal() }),
            source,
            method,
            value,
            o.body,
          )
        } catch (error) {
          return rethrowResponse(error, source, method)
        }
      }
      if (!o.url) throw new TypeError('useOptimisticResource needs `url` or `save`.')
      // The cache and the outcome hold `{ value, version }`; what protected the write is the
      // core client's to report.
      const saved = await saveResource<T>({
        url: o.url,
        value,
        baseVersion: version,
        base,
        version: source,
        method,
        headers: o.headers,
        body: o.body,
        saveResponse: o.saveResponse,
        allowUnconditional: o.allowUnconditional,
        signal: signal(),
      })
      return { value: saved.value, version: saved.version }
    },
    [options, signal],
  )

  return { load, write }
}
