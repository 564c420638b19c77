import { isRecord } from './isRecord'
import { jsonEqual } from './jsonEqual'
import type { MergeChange, MergeConflict, MergePath } from './types'

/** How to read an array item's id: a key name, or a function (`undefined` for no id). */
export type ItemId = string | ((item: unknown) => string | number | undefined)

/** Merges one place of a JSON value (`undefined` = absent); supplied by `mergeValues`. */
export type MergeNode = (b: unknown, m: unknown, t: unknown, path: MergePath) => unknown

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
export function mergeArrayById(items: IdArrays, path: MergePath, ctx: Ctx): unknown[] {
  const { base, mine, theirs } = items
  const mineMoved = !sameOrder(shared(mine, base), shared(base, mine))
  const theirsMoved = !sameOrder(shared(theirs, base), shared(base, theirs))
  if (
    mineMoved &&
    theirsMoved &&
    !sameOrder(shared(mine, base, theirs), shared(theirs, base, mine))
  ) {
    ctx.conflicts.push({ path, base: base.array, mine: mine.array, theirs: theirs.array })
    return theirs.array.slice()
  }
  if (mineMoved || theirsMoved) {
    ctx.changes.push({
      path,
      from: mineMoved && theirsMoved ? 'both' : mineMoved ? 'mine' : 'theirs',
    })
  }
  const [primary, secondary] = mineMoved && !theirsMoved ? [mine, theirs] : [theirs, mine]

  const all = new Set<Id>([...base.ids, ...mine.ids, ...theirs.ids])
  const present = new Set<Id>()
  for (const id of all) {
    if (kept(base.byId.get(id), mine.byId.get(id), theirs.byId.get(id))) present.add(id)
  }
  const order = primary.ids.filter((id) => present.has(id))
  const placed = new Set(order)
  secondary.ids.forEach((id, i) => {
    if (!present.has(id) || placed.has(id)) return
    order.splice(after(secondary.ids, i, order), 0, id)
    placed.add(id)
  })

  // Every id gets a path index: its place in merged, or where it would be inserted.
  const entries: { id: Id; at: number; here: boolean }[] = order.map((id, at) => ({
    id,
    at,
    here: true,
  }))
  for (const id of all) {
    if (present.has(id)) continue
    const ref = mine.byId.has(id) ? mine : theirs.byId.has(id) ? theirs : base
    entries.push({ id, at: after(ref.ids, ref.ids.indexOf(id), order), here: false })
  }
  entries.sort((x, y) => x.at - y.at || Number(x.here) - Number(y.here))

  const out: unknown[] = []
  for (const { id, at, here } of entries) {
    const value = ctx.merge(base.byId.get(id), mine.byId.get(id), theirs.byId.get(id), [
      ...path,
      at,
    ])
    if (here) out.push(value)
  }
  return out
}

/** The position right after the nearest item before `ids[i]` that is already in `order`. */
function after(ids: readonly Id[], i: number, order: readonly Id[]): number {
  for (let k = i - 1; k >= 0; k--) {
    const at = order.indexOf(ids[k] as Id)
    if (at >= 0) return at + 1
  }
  return 0
}
