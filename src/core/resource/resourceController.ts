// One edited resource, framework-free: the person's edit session (`editReducer`), the draft kept
// in storage as it is typed, the save loop (`saveStep`, driven by `saveWithMerge`), the undo of
// an auto-merge, and the offer of a draft left by a reload or another tab. React reads it
// through `useSyncExternalStore` (`subscribe` / `getState`); a Node script calls the same
// methods and awaits them. The server's value lives in a `ResourceCache` (TanStack's query
// cache in the hook, a plain variable by default), so the controller never holds a second copy.
import { liveDraftSessions } from '../draft/draftSession'
import { onDraftsCleared } from '../draft/draftsCleared'
import { draftAddressKey, type DraftOffer, type DraftSlot } from '../draft/draftSlot'
import { fillOmitted, isSecretKey } from '../draft/omitSecrets'
import type { HttpProblem } from '../http/types'
import type { Outcome, SkipReason } from '../outcome'
import { jsonEqual } from '../merge/jsonEqual'
import { mergeValues } from '../merge/mergeValues'
import { createConflict } from './createConflict'
import { deriveResourceState, type ResourceView } from './deriveResourceState'
import { editReducer, viewing, type EditAction, type EditSession } from './editSession'
import {
  requestLoad,
  requestWrite,
  type ResourceRequestOptions,
  type WriteVariables,
  type WrittenValue,
} from './resourceRequests'
import type { WriteProtection } from './writePrecondition'
import type { SavePolicy } from './saveStep'
import { saveWithMerge } from './saveWithMerge'
import { problemFromError } from '../http/problemError'
import type { AutoMerge, ResourceConflict, VersionedValue } from './types'

/** Where the server's value of the resource is kept. */
export interface ResourceCache<T> {
  get(): VersionedValue<T> | undefined
  set(value: VersionedValue<T>): void
  /** The kept value may be out of date: load again when convenient. Defaults to nothing. */
  invalidate?(): void
}

/** A cache in a variable: what a controller uses when it is given none. */
export function memoryCache<T>(initial?: VersionedValue<T>): ResourceCache<T> {
  let value = initial
  return {
    get: () => value,
    set: (next) => {
      value = next
    },
  }
}

/** What `save()`, `resolve()` and `undoAutoMerge()` resolve with: the stored value and its version. */
export type SaveOutcome<T = unknown> = Outcome<VersionedValue<T>>

/** Options of `createResourceController`. */
export interface ResourceControllerOptions<T> extends ResourceRequestOptions<T>, SavePolicy {
  /** Where the server's value is kept. Defaults to a `memoryCache()`. */
  cache?: ResourceCache<T>
  /**
   * The conditional write. Defaults to `save` or a PUT of `url`; the hook routes it through
   * TanStack's `useMutation` (optimistic cache update, rollback, busy retries).
   */
  write?: (variables: WriteVariables<T>) => Promise<WrittenValue<T>>
  /** The signal requests are sent with. Defaults to the controller's own, aborted by `dispose()`. */
  signal?: () => AbortSignal
  /** This tab's draft storage of the resource (`openDraftSlot`). Defaults to none. */
  draft?: DraftSlot | null
  /** Told of every save here (other tabs refetch). Defaults to nothing. */
  announce?: (version: string | null) => void
  onSaved?: (saved: VersionedValue<T>) => void
  onConflict?: (conflict: ResourceConflict<T>) => void
  onError?: (problem: HttpProblem) => void
}

/** Everything a controller holds that a view renders from. A new object on every change. */
export interface ResourceControllerState<T> {
  session: EditSession<T>
  /** A stored draft offered back, until the person restores or dismisses it. */
  offer: DraftOffer<T> | null
  /** The clean merge the last save stored without review, until it is dismissed or stale. */
  autoMerge: AutoMerge<T> | null
  /** A save, resolve or undo is out. */
  isBusy: boolean
  /**
   * The person's drafts were cleared (`clearDrafts`: a sign-out, here or in another tab): what
   * is typed here is no longer stored on this device. Tell the person.
   */
  draftsCleared: boolean
  /**
   * What protected the last write this controller sent, as the server showed it (see
   * `WriteProtection`): `'unverified'` or `'compared'` are worth telling the person. Null before
   * any write, after a save that needed none, and with a custom `save` that does not say.
   */
  protection: WriteProtection | null
  /** The resolver's work on the open conflict, kept with the draft (`keepResolution`). */
  resolutionWork: unknown
}

/** What a resource's view shows: `ResourceView` plus the offer and the auto-merge notice. */
export type ResourceControllerView<T> = ResourceView<T> & {
  /** The offered draft as the person sees it (`isStale`: the server moved on since its base). */
  restoredDraft: (Omit<DraftOffer<T>, 'key'> & { isStale: boolean }) | null
  /** `autoMerge` while what it saved is what the person sees. */
  autoMerged: AutoMerge<T> | null
  /** This person's drafts were cleared (a sign-out elsewhere): typing here is not stored. */
  draftsCleared: boolean
  /** What protected the last write (see `ResourceControllerState.protection`). */
  protection: WriteProtection | null
  /**
   * Work kept for the open conflict (the resolver's decisions), from `keepResolution`, here or
   * before a reload; null when there is none for this conflict.
   */
  resolutionWork: unknown
}

/** The edit of one resource: state to render, and the actions that move it. */
export interface ResourceController<T> {
  getState(): ResourceControllerState<T>
  /** Calls `listener` after every change of `getState()`; returns the unsubscribe. */
  subscribe(listener: () => void): () => void
  /** Replaces the options (the hook passes the latest on every render). */
  setOptions(options: ResourceControllerOptions<T>): void
  /** Loads the server's version (bypassing HTTP caches when `fresh`) without storing it. */
  fetch(signal: AbortSignal, fresh: boolean): Promise<VersionedValue<T>>
  /** Loads the server's version now and keeps it in the cache. Never throws. */
  refetch(): Promise<void>
  setDraft(next: T | ((prev: T) => T)): void
  /** Saves the draft against the version editing started from. Never throws. */
  save(): Promise<SaveOutcome<T>>
  /** Saves the person's chosen result of the open conflict against theirs' version. */
  resolve(value: T): Promise<SaveOutcome<T>>
  /**
   * The connection is back: a save that failed for want of it (`code: 'network'`) is sent
   * again, conditional as ever. The hook calls it from TanStack's `onlineManager`.
   */
  online(): Promise<SaveOutcome<T>>
  /** Drops the draft (undoable until the next edit) and has the server's version loaded again. */
  discard(): void
  undoDiscard(): void
  /**
   * Keeps the work done on the open conflict (the resolver's decisions and hunk edits: any JSON
   * value) with the draft, so a reload or a crash mid-resolution brings it back for the same
   * conflict. Ignored when no conflict is open.
   */
  keepResolution(work: unknown): void
  /** Undoes the auto-merge the last save stored, conditionally on what it stored. */
  undoAutoMerge(): Promise<SaveOutcome<T>>
  dismissAutoMerged(): void
  restoreDraft(): void
  dismissRestoredDraft(): void
  /**
   * Starts what a mounted view needs: the offer of a draft another tab left (once that tab is
   * gone), and hearing sign-outs (`clearDrafts`) from every tab. Returns the stop function; the
   * hook calls it from an effect.
   */
  connect(): () => void
  /** What to show, given the cached value and the load's problem (defaults: the cache's, none). */
  view(cached?: VersionedValue<T>, loadProblem?: HttpProblem | null): ResourceControllerView<T>
  /** Aborts the controller's own requests and stops calling the app's callbacks. */
  dispose(): void
}

// This tab's own draft is known at once; another tab's only once that tab is known to be gone.
function ownOffer<T>(slot: DraftSlot | null | undefined): DraftOffer<T> | null {
  const stored = slot?.offer<T>() ?? null
  return stored && !jsonEqual(stored.draft, stored.base) ? stored : null
}

const skipped = (reason: SkipReason) =>
  ({ status: 'skipped', data: undefined, problem: null, reason }) as const

/** What `state` shows over the cached value: the view every adapter renders. */
export function resourceControllerView<T>(
  state: ResourceControllerState<T>,
  cached: VersionedValue<T> | undefined,
  loadProblem: HttpProblem | null,
): ResourceControllerView<T> {
  const { offer, autoMerge, session } = state
  let restoredDraft: ResourceControllerView<T>['restoredDraft'] = null
  if (offer) {
    const { key: _key, ...shown } = offer
    restoredDraft = {
      ...shown,
      isStale: cached !== undefined && cached.version !== offer.baseVersion,
    }
  }
  // Shown while what it saved is what the person sees: no edit since, no newer version.
  const autoMerged =
    autoMerge &&
    session.phase === 'viewing' &&
    cached?.version === autoMerge.saved.version &&
    (autoMerge.saved.version !== null || cached.value === autoMerge.saved.value)
      ? autoMerge
      : null
  return {
    ...deriveResourceState(session, cached, loadProblem),
    restoredDraft,
    autoMerged,
    draftsCleared: state.draftsCleared,
    protection: state.protection,
    resolutionWork: state.resolutionWork,
  }
}

/** Creates the controller of one resource's edit. Nothing is loaded until asked. */
export function createResourceController<T>(
  initialOptions: ResourceControllerOptions<T>,
): ResourceController<T> {
  let options = initialOptions
  const cache = () => (options.cache ??= memoryCache<T>())
  const slot = () => options.draft ?? null
  const listeners = new Set<() => void>()
  const own = new AbortController()
  const signal = () => options.signal?.() ?? own.signal
  let disposed = false

  let state: ResourceControllerState<T> = {
    session: viewing,
    offer: ownOffer<T>(slot()),
    autoMerge: null,
    isBusy: false,
    draftsCleared: false,
    protection: null,
    resolutionWork: null,
  }
  // Drafts of this scope were cleared (a sign-out, here or in another tab): nothing more is
  // stored for it from this controller, and the view says so.
  let stopped = false
  const storage = () => (stopped ? null : slot())

  const commit = (patch: Partial<ResourceControllerState<T>>) => {
    state = { ...state, ...patch }
    for (const listener of listeners) listener()
  }

  // What is typed is always stored. An offer of this tab's own draft lives where the typing
  // goes, so before the first keystroke is stored it moves to this tab's second slot.
  const keepOffer = () => {
    const draft = storage()
    const { offer } = state
    if (!draft || !offer || offer.key !== draftAddressKey(draft.address)) return
    const aside = draft.aside()
    aside.save({ draft: offer.draft, base: offer.base, baseVersion: offer.baseVersion })
    const moved = aside.offer<T>()
    if (moved) commit({ offer: { ...moved, from: offer.from } })
  }

  const act = (action: EditAction<T>) => {
    const prev = state.session
    const next = editReducer(prev, action)
    if (next === prev) return
    const draft = storage()
    if (draft) {
      if (next.phase === 'viewing') draft.clear()
      else if (prev.phase === 'viewing' || prev.draft !== next.draft || prev.base !== next.base) {
        keepOffer()
        draft.save({ draft: next.draft, base: next.base, baseVersion: next.baseVersion })
      }
    }
    commit({ session: next, resolutionWork: workFor(prev, next) })
  }

  // The resolver's work belongs to one conflict: kept while it is open, found again after a
  // reload when the same server version comes back as the conflict, dropped once it is left.
  function workFor(prev: EditSession<T>, next: EditSession<T>): unknown {
    const slot = storage()?.work()
    if (next.phase !== 'conflict') {
      if (prev.phase === 'conflict') slot?.clear()
      return null
    }
    if (prev.phase === 'conflict' && prev.conflict === next.conflict) return state.resolutionWork
    const kept = slot?.offer<unknown>()
    const version = next.conflict.theirsVersion
    return kept && version !== null && kept.baseVersion === version ? kept.draft : null
  }

  /** Work on a conflict whose fields read as secrets is not stored: hunk edits hold their text. */
  const holdsSecrets = (conflict: ResourceConflict<T>) =>
    conflict.conflicts.some((c) => c.path.some((key) => isSecretKey(String(key))))

  const load = (requestSignal: AbortSignal, fresh: boolean) =>
    requestLoad<T>(options, requestSignal, fresh)
  const write = (variables: WriteVariables<T>) =>
    options.write ? options.write(variables) : requestWrite<T>(options, variables, signal())

  /** The app's callbacks, while anyone is listening for them. */
  const tell = <A>(callback: ((arg: A) => void) | undefined, arg: A) => {
    if (!disposed) callback?.(arg)
  }

  async function run(value: T, base: T, baseVersion: string | null): Promise<SaveOutcome<T>> {
    commit({ isBusy: true })
    try {
      const result = await saveWithMerge<T>({
        value,
        base,
        baseVersion,
        write: (v, version, from) => write({ value: v, version, base: from }),
        loadFresh: () => load(signal(), true),
        getMine: () => (state.session.phase === 'viewing' ? value : state.session.draft),
        onTheirs: (theirs) => cache().set(theirs),
        onRebase: (v, onto) => act({ type: 'rebase', value: v, onto }),
        version: options.version,
        merge: options.merge,
        autoMerge: options.autoMerge,
        maxRebases: options.maxRebases,
      })
      if (result.type !== 'saved') commit({ autoMerge: null })
      if (result.type === 'saved') {
        // What protected the write goes to the view; the cache and outcome hold the value.
        const { protection } = result.saved as WrittenValue<T>
        const saved = { value: result.saved.value, version: result.saved.version }
        cache().set(saved)
        commit({
          protection: result.wrote ? (protection ?? null) : null,
          autoMerge: result.autoMerge ? { ...result.autoMerge, saved } : null,
        })
        act({ type: 'save-success', saved })
        options.announce?.(saved.version)
        tell(options.onSaved, saved)
        return { status: 'success', data: saved, problem: null }
      }
      if (result.type === 'conflict') {
        act({ type: 'conflict', conflict: result.conflict })
        tell(options.onConflict, result.conflict)
        return { status: 'conflict', data: undefined, problem: result.conflict.problem }
      }
      act({ type: 'save-failure', problem: result.problem })
      tell(options.onError, result.problem)
      return { status: 'error', data: undefined, problem: result.problem }
    } finally {
      commit({ isBusy: false })
    }
  }

  async function refetch() {
    try {
      cache().set(await load(signal(), true))
    } catch {
      // a failed refetch leaves the cached truth in place; the next save will find out
    }
  }

  /** Removes an offer's stored copy: this tab's own, or the one set aside. Another tab's stays. */
  function forget(offer: DraftOffer<T>) {
    const draft = storage()
    if (!draft) return
    const aside = draft.aside()
    if (offer.key === draftAddressKey(aside.address)) aside.clear()
    else draft.decline(offer)
  }

  // A draft kept aside in this tab is offered next, once the one shown is settled.
  function offerAside() {
    const found = state.offer ? null : storage()?.aside().offer<T>()
    if (found && !jsonEqual(found.draft, found.base)) {
      commit({ offer: { ...found, from: 'set-aside' } })
    }
  }

  function settleOffer(take: boolean) {
    takeOffer(take)
    offerAside()
  }

  function takeOffer(take: boolean) {
    const pending = state.offer
    if (!pending) return
    commit({ offer: null })
    const draft = storage()
    if (!take) return forget(pending)
    // Secret fields were never stored: take them from the server rather than delete them.
    const current = cache().get()?.value
    const omitted = pending.omitted ?? []
    const restored = {
      draft: fillOmitted(pending.draft, omitted, current),
      base: fillOmitted(pending.base, omitted, current),
      baseVersion: pending.baseVersion,
    }
    // Taken over: another tab's or the set-aside copy moves into this tab's slot.
    draft?.adopt(pending)
    const now = state.session
    if (now.phase === 'viewing' || jsonEqual(now.draft, now.base)) {
      act({ type: 'restore', ...restored })
      return
    }
    // Newer typing on screen and an older draft restored: both are kept. From the same base
    // they merge when they do not overlap; otherwise the older one comes back and the newer
    // typing is set aside as the next offer, so restoring never loses what was just typed.
    if (now.baseVersion === restored.baseVersion && jsonEqual(now.base, restored.base)) {
      const { serverFields: _owned, ...mergeOptions } = options.merge ?? {}
      const isText = typeof now.base === 'string'
      const merged = mergeValues(
        now.base,
        now.draft,
        restored.draft,
        isText ? { ...mergeOptions, text: () => true } : mergeOptions,
      )
      if (merged.clean) {
        act({ type: 'edit', next: merged.merged, server: { value: now.base, version: null } })
        return
      }
    }
    const setAside = { draft: now.draft, base: now.base, baseVersion: now.baseVersion }
    act({ type: 'restore', ...restored })
    const aside = storage()?.aside()
    aside?.save(setAside)
    const offer = aside?.offer<T>()
    commit({
      offer: offer
        ? { ...offer, from: 'set-aside' }
        : { ...setAside, savedAt: Date.now(), from: 'set-aside', key: '' },
    })
  }

  return {
    getState: () => state,
    subscribe(listener) {
      listeners.add(listener)
      return () => listeners.delete(listener)
    },
    setOptions(next) {
      // The cache and draft slot given earlier stay unless replaced: they hold the values.
      options = {
        ...next,
        cache: next.cache ?? options.cache,
        draft: next.draft === undefined ? options.draft : next.draft,
      }
    },
    fetch: load,
    refetch,
    setDraft(next) {
      const server = cache().get()
      if (server === undefined && state.session.phase === 'viewing') return
      act({ type: 'edit', next, server: server ?? { value: undefined as T, version: null } })
    },
    async save() {
      if (state.isBusy) return skipped('in-flight')
      const s = state.session
      if (s.phase === 'viewing') return skipped('not-dirty')
      // The open conflict is the way on: say so (the UI reopens its resolver), never "not dirty".
      if (s.phase === 'conflict') {
        return { status: 'conflict', data: undefined, problem: s.conflict.problem }
      }
      act({ type: 'save-start' })
      return run(s.draft, s.base, s.baseVersion)
    },
    async resolve(value) {
      if (state.isBusy) return skipped('in-flight')
      const s = state.session
      if (s.phase !== 'conflict') return skipped('not-dirty')
      const onto = { value: s.conflict.theirs, version: s.conflict.theirsVersion }
      act({ type: 'rebase', value, onto })
      return run(value, onto.value, onto.version)
    },
    async online() {
      const s = state.session
      if (s.phase !== 'failed' || s.problem.code !== 'network') return skipped('not-dirty')
      act({ type: 'save-start' })
      return run(s.draft, s.base, s.baseVersion)
    },
    discard() {
      act({ type: 'discard' })
      cache().invalidate?.()
    },
    undoDiscard: () => act({ type: 'undo-discard' }),
    async undoAutoMerge() {
      if (state.isBusy) return skipped('in-flight')
      const held = resourceControllerView(state, cache().get(), null).autoMerged
      if (!held || state.session.phase !== 'viewing') return skipped('not-dirty')
      const { conflict, saved } = held
      commit({ isBusy: true })
      try {
        // Conditional on what this save stored: a later save by anyone else is never overwritten.
        const written = await write({
          value: conflict.theirs,
          version: saved.version,
          base: saved.value,
        })
        const undone = { value: written.value, version: written.version }
        cache().set(undone)
        commit({ protection: written.protection ?? null })
        commit({ autoMerge: null })
        options.announce?.(undone.version)
        const again = createConflict(
          conflict.base,
          conflict.mine,
          undone,
          conflict.problem,
          options.merge,
        )
        act({
          type: 'hold',
          draft: conflict.mine,
          base: conflict.base,
          baseVersion: held.baseVersion,
          conflict: again,
        })
        return { status: 'success', data: undone, problem: null }
      } catch (error) {
        const problem = problemFromError(error)
        if (problem.kind === 'stale') {
          commit({ autoMerge: null })
          void refetch()
        }
        tell(options.onError, problem)
        return { status: 'error', data: undefined, problem }
      } finally {
        commit({ isBusy: false })
      }
    },
    keepResolution(work) {
      const s = state.session
      if (s.phase !== 'conflict') return
      if (!holdsSecrets(s.conflict)) {
        storage()?.work().save({ draft: work, base: null, baseVersion: s.conflict.theirsVersion })
      }
      commit({ resolutionWork: work })
    },
    dismissAutoMerged: () => commit({ autoMerge: null }),
    restoreDraft: () => settleOffer(true),
    dismissRestoredDraft: () => settleOffer(false),
    connect() {
      let cancelled = false
      const scope = slot()?.address.scope ?? null
      const stopHearing = onDraftsCleared((cleared) => {
        if (cleared !== scope || stopped) return
        stopped = true
        commit({ draftsCleared: true, offer: null })
      })
      if (!state.offer) {
        void liveDraftSessions().then((isLive) => {
          const draft = storage()
          // Too late once the person started editing: the draft stays stored for a later visit.
          if (cancelled || !draft || state.offer || state.session.phase !== 'viewing') return
          const found = draft.offer<T>(isLive)
          if (!found || jsonEqual(found.draft, found.base)) return
          commit({ offer: found })
        })
      }
      return () => {
        cancelled = true
        stopHearing()
      }
    },
    view: (cached = cache().get(), loadProblem = null) =>
      resourceControllerView(state, cached, loadProblem),
    dispose() {
      disposed = true
      own.abort()
    },
  }
}
