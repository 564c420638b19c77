// The kit as a Node client uses it: loadResource, saveResource and saveWithMerge, nothing else.
import { loadResource, saveResource } from '../../src/core/resource/resourceClient'
import { saveWithMerge, type SaveFlowResult } from '../../src/core/resource/saveWithMerge'
import type { VersionedValue } from '../../src/core/resource/types'
import { recordingFetch, type Doc, type ServerProfile } from './profiles'

/** A kit client bound to one server and one document, recording what it sends. */
export function kitClient(profile: ServerProfile, id: string) {
  const recorder = recordingFetch()
  const request = {
    url: profile.url(id),
    ...profile.options,
    ...(profile.merge.serverFields ? { serverFields: profile.merge.serverFields } : {}),
    fetch: recorder.fetch,
  }
  return {
    ...recorder,
    load: () => loadResource<Doc>({ ...request, fresh: true }),
    /** Saves `value`, edited from `from`, through the merge flow. */
    save: (
      value: Doc,
      from: VersionedValue<Doc>,
      autoMerge: 'save' | 'review' = 'save',
    ): Promise<SaveFlowResult<Doc>> =>
      saveWithMerge<Doc>({
        value,
        base: from.value,
        baseVersion: from.version,
        write: (v, baseVersion, base) => saveResource({ ...request, value: v, baseVersion, base }),
        loadFresh: () => loadResource<Doc>({ ...request, fresh: true }),
        version: profile.options.version,
        merge: profile.merge,
        autoMerge,
      }),
  }
}
