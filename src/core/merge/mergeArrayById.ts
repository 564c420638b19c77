import { isRecord } from './isRecord'
import { jsonEqual } from './jsonEqual'
import { below, pathOf } from './mergePlace'
import type { MergePlace } from './mergePlace'
import type { MergeChange, MergeConflict, MergePath } from './types'

/** How to read an array item's id: a key name, or a function (`undefined` for no id). */
export type ItemId = string | ((item: unknown) => string | number | undefined)

/** Merges one place of a JSON value (`undefined` = absent); supplied by `mergeValues`. */
export type MergeNode = (b: unknown, m: unknown, t: unknown, at: MergePlace) => unknown

type Id = string | number

interface Side {
  array: readonly unknown[]
  ids: Id[]
  byId: Map<Id, unknown>
}

/** The three arrays, indexed by item id. */
export interface IdArrays {
  base: Side
  mine: Side
  theirs: Side
}

function readId(item: unknown, itemId: ItemId): Id | undefined {
  const id = typeof itemId === 'function' ? itemId(item) : isRecord(item) ? item[itemId] : undefined
  return typeof id === 'string' || typeof id === 'number' ? id : undefined
}

function index(array: readonly unknown[], itemId: ItemId): Side | null {
  const byId = new Map<Id, unknown>()
  const ids: Id[] = []
  for (const item of array) {
    const id = readId(item, itemId)
    if (id === undefined || byId.has(id)) return null
    byId.set(id, item)
    ids.push(id)
  }
  return { array, ids, byId }
}

/**
 * Indexes three arrays by item id, or returns null when they cannot be matched that way:
 * some item without an id, a duplicate id on one side, or no items at all.
 */
export function idArrays(
  b: readonly unknown[],
  m: readonly unknown[],
  t: readonly unknown[],
  itemId: ItemId,
): IdArrays | null {
  if (b.length + m.length + t.length === 0) return null
  const base = index(b, itemId)
  const mine = base && index(m, itemId)
  const theirs = mine && index(t, itemId)
  return base && mine && theirs ? { base, mine, theirs } : null
}

/** The ids of `side` that `other` also has, in `side`'s order. */
const shared = (side: Side, ...others: Side[]) =>
  side.ids.filter((id) => others.every((o) => o.byId.has(id)))
const sameOrder = (x: Id[], y: Id[]) => x.length === y.length && x.every((id, i) => id === y[i])

/** Whether an item ends up in `merged` (the same decisions `mergeValues` makes). */
function kept(b: unknown, m: unknown, t: unknown): boolean {
  if (m === undefined && t === undefined) return false
  if (b === undefined) return true
  if (m === undefined) return !jsonEqual(t, b) // mine deleted: kept only as a conflict (theirs edited)
  return t !== undefined // theirs deleted: gone, whether unchanged or in conflict (merged holds theirs)
}

interface Ctx {
  merge: MergeNode
  conflicts: MergeConflict[]
  changes: MergeChange[]
}

/**
 * Merges arrays of identified items item by item. Order: theirs', with items only mine
 * added placed after their predecessor in mine; if only mine reordered, mine's order with
 * theirs' additions placed likewise. Both reordering differently is a conflict on the
 * whole array.
 */
export function mergeArrayById(items: IdArrays, at: MergePlace, ctx: Ctx): unknown[] {
  const path = (): MergePath => pathOf(at)
  const { base, mine, theirs } = items
  const mineMoved = !sameOrder(shared(mine, base), shared(base, mine))
  const theirsMoved = !sameOrder(shared(theirs, base), shared(base, theirs))
  if (
    mineMoved &&
    theirsMoved &&
    !sameOrder(shared(mine, base, theirs), shared(theirs, base, mine))
  ) {
    ctx.conflicts.push({ path: path(), base: base.array, mine: mine.array, theirs: theirs.array })
    return theirs.array.slice()
  }
  if (mineMoved || theirsMoved) {
    ctx.changes.push({
      path: path(),
      from: mineMoved && theirsMoved ? 'both' : mineMoved ? 'mine' : 'theirs',
    })
  }
  const [primary, secondary] = mineMoved && !theirsMoved ? [mine, theirs] : [theirs, mine]

  const all = new Set<Id>([...base.ids, ...mine.ids, ...theirs.ids])
  const present = new Set<Id>()
  for (const id of all) {
    if (kept(base.byId.get(id), mine.byId.get(id), theirs.byId.get(id))) present.add(id)
  }
  const order = placeAfterPredecessors(primary.ids, secondary.ids, present)

  // Every id gets a path index: its place in merged, or where it would be inserted.
  const entries: { id: Id; at: number; here: boolean }[] = order.map((id, at) => ({
    id,
    at,
    here: true,
  }))
  const position = new Map(order.map((id, at) => [id, at]))
  const insertAt = new Map<Side, Map<Id, number>>()
  for (const id of all) {
    if (present.has(id)) continue
    const ref = mine.byId.has(id) ? mine : theirs.byId.has(id) ? theirs : base
    let at = insertAt.get(ref)
    if (!at) insertAt.set(ref, (at = afterPredecessor(ref.ids, position)))
    entries.push({ id, at: at.get(id) as number, here: false })
  }
  entries.sort((x, y) => x.at - y.at || Number(x.here) - Number(y.here))

  const out: unknown[] = []
  for (const entry of entries) {
    const { id, here } = entry
    const place = below(at, entry.at)
    const value = ctx.merge(base.byId.get(id), mine.byId.get(id), theirs.byId.get(id), place)
    if (here) out.push(value)
  }
  return out
}

/**
 * `primary`'s present ids in order, with `secondary`'s present ids that `primary` lacks
 * each placed right after its nearest present predecessor in `secondary` (at the start
 * when it has none). In one pass: an id's predecessor takes at most one such follower,
 * since a later one would have the first as its nearest predecessor, so followers form
 * chains hanging off the ids of `primary`.
 */
function placeAfterPredecessors(
  primary: readonly Id[],
  secondary: readonly Id[],
  present: ReadonlySet<Id>,
): Id[] {
  const inPrimary = new Set<Id>()
  for (const id of primary) if (present.has(id)) inPrimary.add(id)
  const follower = new Map<Id | null, Id>()
  let previous: Id | null = null
  for (const id of secondary) {
    if (!present.has(id)) continue
    if (!inPrimary.has(id)) follower.set(previous, id)
    previous = id
  }
  const order: Id[] = []
  const chain = (from: Id | null) => {
    for (let next = follower.get(from); next !== undefined; next = follower.get(next)) {
      order.push(next)
    }
  }
  chain(null)
  for (const id of inPrimary) {
    order.push(id)
    chain(id)
  }
  return order
}

/**
 * For every id of `ids`: the position right after the nearest id before it that has a
 * `position`, else 0 (where an item missing from the merge would be inserted).
 */
function afterPredecessor(ids: readonly Id[], position: ReadonlyMap<Id, number>): Map<Id, number> {
  const at = new Map<Id, number>()
  let next = 0
  for (const id of ids) {
    at.set(id, next)
    const found = position.get(id)
    if (found !== undefined) next = found + 1
  }
  return at
}
