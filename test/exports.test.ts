/**
 * The public surface of each entry point, written out so that adding or removing a name is a
 * reviewed change of this file. Type names are read from the entry files (which list explicit
 * named exports, following `export *`); value names are also checked against the modules as
 * loaded, so the reading cannot drift from what users actually get.
 */
import { readFileSync } from 'node:fs'
import { dirname, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import * as core from '../src/core/index'
import * as main from '../src/index'

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..')

interface Surface {
  values: string[]
  types: string[]
}

/** Names an entry file exports, split into values and type-only names, `export *` followed. */
function surfaceOf(file: string): Surface {
  const text = readFileSync(file, 'utf8').replace(/\/\/.*$/gm, '')
  const values = new Set<string>()
  const types = new Set<string>()
  for (const m of text.matchAll(/export\s*\*\s*from\s*'([^']+)'/g)) {
    const inner = surfaceOf(resolve(dirname(file), `${m[1]}.ts`))
    inner.values.forEach((n) => values.add(n))
    inner.types.forEach((n) => types.add(n))
  }
  // `export * as Parts from` is one namespace value (the resolver's parts).
  for (const m of text.matchAll(/export\s*\*\s*as\s+(\w+)\s+from/g)) values.add(m[1]!)
  for (const m of text.matchAll(/export\s+(type\s+)?\{([^}]*)\}/g)) {
    for (const raw of m[2]!.split(',')) {
      const item = raw.trim()
      if (!item) continue
      const isType = Boolean(m[1]) || item.startsWith('type ')
      const name = item
        .replace(/^type\s+/, '')
        .split(/\s+as\s+/)
        .pop()!
        .trim()
      ;(isType ? types : values).add(name)
    }
  }
  if (/export\s+(const|function|class|let|var|interface|type\s+\w+\s*=)/.test(text)) {
    throw new Error(`${file}: entry files list re-exports only`)
  }
  return { values: [...values].toSorted(), types: [...types].toSorted() }
}

const coreSurface = surfaceOf(resolve(root, 'src/core/index.ts'))
const mainSurface = surfaceOf(resolve(root, 'src/index.ts'))

const CORE_VALUES = [
  'ProblemError',
  'classifyResponse',
  'clearDrafts',
  'countDrafts',
  'createDraftStore',
  'createResourceController',
  'diffRows',
  'isProblemError',
  'loadResource',
  'memoryCache',
  'mergeText',
  'mergeValues',
  'problemFromError',
  'resolveConflict',
  'safeSameOriginHref',
  'saveResource',
  'saveWithMerge',
  'takeHandedOffIdentifier',
]
const CORE_TYPES = [
  'AutoMerge',
  'BodyFormat',
  'ClassifyOptions',
  'ClearDraftsOptions',
  'ConflictDecision',
  'ConflictKind',
  'ConflictMergeOptions',
  'Decision',
  'DiffFoldRow',
  'DiffLineRow',
  'DiffRow',
  'DiffRowsOptions',
  'DiffSegment',
  'DiffSide',
  'DiffViewMode',
  'DiscardedDraft',
  'DraftAddress',
  'DraftOffer',
  'DraftSlot',
  'DraftStorage',
  'DraftStore',
  'DraftStoreOptions',
  'EditSession',
  'HeadersInput',
  'HttpProblem',
  'ItemId',
  'MarkerOptions',
  'MergeChange',
  'MergeChunk',
  'MergeConflict',
  'MergePath',
  'MergeResult',
  'MergeTextOptions',
  'MergeTextResult',
  'MergeValuesOptions',
  'Outcome',
  'ProblemEvidence',
  'ProblemKind',
  'ProblemRequest',
  'ProblemRule',
  'ResolutionPick',
  'ResolutionSlot',
  'ResolvableConflict',
  'ResolveConflictResult',
  'ResourceCache',
  'ResourceConflict',
  'ResourceController',
  'ResourceControllerOptions',
  'ResourceControllerState',
  'ResourceControllerView',
  'ResourceEditPhase',
  'ResourceEditView',
  'ResourceLoadStatus',
  'ResourceRequest',
  'ResourceRequestOptions',
  'ResourceView',
  'ResourceViewFlags',
  'ResourceWrite',
  'SafeHrefOptions',
  'SaveAnswer',
  'SaveFlow',
  'SaveFlowResult',
  'SaveOutcome',
  'SavePolicy',
  'SavedResource',
  'SecretFields',
  'SegmentGranularity',
  'SkipReason',
  'StoredDraft',
  'TextConflict',
  'VersionSource',
  'VersionedValue',
  'WriteProtection',
  'WriteVariables',
  'WrittenValue',
]
/** The hooks and components of `react-conflict-kit`. */
const REACT_VALUES = [
  'ConflictResolver',
  'DiffView',
  'Resolver',
  'SignupConflictPrompt',
  'StaleBanner',
  'StateConflictNotice',
  'useConflictAction',
  'useConflictResolution',
  'useOptimisticResource',
  'useSignupConflict',
]
const REACT_TYPES = [
  'ConflictActionResult',
  'ConflictActionStatus',
  'ConflictResolution',
  'ConflictResolverLabels',
  'ConflictResolverProps',
  'DiffViewLabels',
  'DiffViewProps',
  'OptimisticResourceActions',
  'OptimisticResourcePhase',
  'OptimisticResourceResult',
  'OptimisticResourceStatus',
  'ResolverLayout',
  'SignupConflictPromptLabels',
  'SignupConflictPromptProps',
  'SignupConflictResult',
  'SignupStatus',
  'StaleBannerLabels',
  'StaleBannerProps',
  'StateConflictNoticeLabels',
  'StateConflictNoticeProps',
  'UseConflictActionOptions',
  'UseConflictResolutionOptions',
  'UseOptimisticResourceOptions',
  'UseSignupConflictOptions',
]

const sorted = (names: string[]) => names.toSorted()

describe('public surface', () => {
  it('react-conflict-kit/core exports exactly the listed names', () => {
    expect(coreSurface).toEqual({ values: CORE_VALUES, types: CORE_TYPES })
  })

  it('react-conflict-kit exports the hooks, the components and the whole core', () => {
    expect(mainSurface).toEqual({
      values: sorted([...CORE_VALUES, ...REACT_VALUES]),
      types: sorted([...CORE_TYPES, ...REACT_TYPES]),
    })
  })

  it('every core name on the React entry is the core one, not a second implementation', () => {
    const mainValues = new Map<string, unknown>(Object.entries(main))
    const coreValues = new Map<string, unknown>(Object.entries(core))
    for (const name of CORE_VALUES) expect(mainValues.get(name)).toBe(coreValues.get(name))
  })

  it('the value names read from the entry files are what the modules export', () => {
    expect(Object.keys(core).toSorted()).toEqual(coreSurface.values)
    expect(Object.keys(main).toSorted()).toEqual(mainSurface.values)
  })

  // Every noun of a public signature is exported (test/surfaceNouns.test.ts), so the type list
  // grows with the API; what users call stays few.
  it('stays small: at most twenty core functions, and at most fifteen React values on top', () => {
    expect(coreSurface.values.length).toBeLessThanOrEqual(20)
    expect(mainSurface.values.length - coreSurface.values.length).toBeLessThanOrEqual(15)
  })
})
