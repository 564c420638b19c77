import { isRecord } from '../json'
import { jsonEqual } from './jsonEqual'
import { changeAt, pathOf } from './mergePlace'
import type { MergePlace } from './mergePlace'
import type { MergeChange, MergeConflict, MergePath } from './types'

/** How to read an array item's id: a key name, or a function (`undefined` for no id). */
export type ItemId = string | ((item: unknown) => string | number | undefined)

/**
 * Merges the place `key` below `up` of a JSON value (`undefined` = absent); supplied by
 * `mergeValues`.
 */
export type MergeNode = (
  b: unknown,
  m: unknown,
  t: unknown,
  up: MergePlace,
  key: string | number,
  /** The item's index in mine (-1: mine lacks it), for the change's `minePath`. */
  mineIndex: number,
) => unknown

type Id = string | number

/**
 * One side's array, with every id replaced by a slot: a small number shared by the three
 * sides, so that everything after indexing is array lookups rather than Map lookups.
 */
interface Side {
  array: readonly unknown[]
  /** The slot of each item, in the array's order. */
  slots: Int32Array
  /** For each slot, the item's index in `array`, or -1 when this side lacks it. */
  index: Int32Array
}

/** The three arrays, their items matched by id through shared slots. */
export interface IdArrays {
  base: Side
  mine: Side
  theirs: Side
  /** How many distinct ids the three sides hold; slots are `0 .. count - 1`. */
  count: number
}

function readId(item: unknown, itemId: ItemId): Id | undefined {
  const id = typeof itemId === 'function' ? itemId(item) : isRecord(item) ? item[itemId] : undefined
  return typeof id === 'string' || typeof id === 'number' ? id : undefined
}

/** One side's ids in order, or null when some item has none. */
function idsOf(array: readonly unknown[], itemId: ItemId): Id[] | null {
  const ids: Id[] = Array.from({ length: array.length })
  for (let i = 0; i < array.length; i++) {
    const id = readId(array[i], itemId)
    if (id === undefined) return null
    ids[i] = id
  }
  return ids
}

/**
 * Where slots are looked up by id. Ids that are all small non-negative integers (most
 * database keys) index a table, several times faster than a Map; anything else uses a Map.
 */
interface SlotIndex {
  table: Int32Array | null
  map: Map<Id, number>
}

function slotIndexFor(sides: readonly Id[][]): SlotIndex {
  let max = -1
  let total = 0
  for (const ids of sides) {
    total += ids.length
    for (const id of ids) {
      if (typeof id !== 'number' || !Number.isInteger(id) || id < 0) {
        return { table: null, map: new Map() }
      }
      if (id > max) max = id
    }
  }
  // A sparse range (ids far above the item count) would waste memory: Map instead.
  if (max >= 4 * total + 1024) return { table: null, map: new Map() }
  return { table: new Int32Array(max + 1).fill(-1), map: new Map() }
}

/**
 * The slots of one side's items, giving new ids the next free slot. `seenBy` holds, per
 * slot, the last side that had it, which finds an id repeated within a side.
 */
function slotsOf(
  ids: readonly Id[],
  index: SlotIndex,
  seenBy: number[],
  sideNo: number,
): Int32Array | null {
  const { table, map } = index
  const slots = new Int32Array(ids.length)
  for (let i = 0; i < ids.length; i++) {
    const id = ids[i] as Id
    let slot = table ? (table[id as number] as number) : (map.get(id) ?? -1)
    if (slot < 0) {
      slot = seenBy.length
      if (table) table[id as number] = slot
      else map.set(id, slot)
      seenBy.push(sideNo)
    } else if (seenBy[slot] === sideNo) {
      return null
    } else {
      seenBy[slot] = sideNo
    }
    slots[i] = slot
  }
  return slots
}

function sideOf(array: readonly unknown[], slots: Int32Array, count: number): Side {
  const index = new Int32Array(count).fill(-1)
  for (let i = 0; i < slots.length; i++) index[slots[i] as number] = i
  return { array, slots, index }
}

/**
 * Matches three arrays by item id, or returns null when they cannot be matched that way:
 * some item without an id, a duplicate id on one side, or no items at all. Slots are
 * numbered in first-seen order: base's ids, then ids only mine has, then ids only theirs has.
 */
export function idArrays(
  b: readonly unknown[],
  m: readonly unknown[],
  t: readonly unknown[],
  itemId: ItemId,
): IdArrays | null {
  if (b.length + m.length + t.length === 0) return null
  const bi = idsOf(b, itemId)
  const mi = bi && idsOf(m, itemId)
  const ti = mi && idsOf(t, itemId)
  if (!bi || !mi || !ti) return null
  const index = slotIndexFor([bi, mi, ti])
  const seenBy: number[] = []
  const bs = slotsOf(bi, index, seenBy, 0)
  const ms = bs && slotsOf(mi, index, seenBy, 1)
  const ts = ms && slotsOf(ti, index, seenBy, 2)
  if (!bs || !ms || !ts) return null
  const count = seenBy.length
  return {
    base: sideOf(b, bs, count),
    mine: sideOf(m, ms, count),
    theirs: sideOf(t, ts, count),
    count,
  }
}

const item = (s: Side, slot: number): unknown => {
  const i = s.index[slot] as number
  return i < 0 ? undefined : s.array[i]
}

/**
 * Whether `x` and `y` order the items they share with each other and with `z` the same way
 * (pass `z = x` for the items `x` and `y` share). Walks both in step; nothing is copied.
 */
function sameOrder(x: Side, y: Side, z: Side): boolean {
  const xs = x.slots
  const ys = y.slots
  let i = 0
  let j = 0
  for (;;) {
    while (
      i < xs.length &&
      ((y.index[xs[i] as number] as number) < 0 || (z.index[xs[i] as number] as number) < 0)
    )
      i++
    while (
      j < ys.length &&
      ((x.index[ys[j] as number] as number) < 0 || (z.index[ys[j] as number] as number) < 0)
    )
      j++
    if (i === xs.length || j === ys.length) return i === xs.length && j === ys.length
    if (xs[i] !== ys[j]) return false
    i++
    j++
  }
}

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
 * whole array. Linear in the items of the three sides, after one id lookup per item.
 */
export function mergeArrayById(items: IdArrays, at: MergePlace, ctx: Ctx): unknown[] {
  const path = (): MergePath => pathOf(at)
  const { base, mine, theirs, count } = items
  const mineMoved = !sameOrder(mine, base, mine)
  const theirsMoved = !sameOrder(theirs, base, theirs)
  if (mineMoved && theirsMoved && !sameOrder(mine, theirs, base)) {
    ctx.conflicts.push({ path: path(), base: base.array, mine: mine.array, theirs: theirs.array })
    return theirs.array as unknown[]
  }
  if (mineMoved || theirsMoved) {
    const from = mineMoved && theirsMoved ? 'both' : mineMoved ? 'mine' : 'theirs'
    ctx.changes.push(changeAt(at, from, false))
  }
  const [primary, secondary] = mineMoved && !theirsMoved ? [mine, theirs] : [theirs, mine]

  const present = new Uint8Array(count)
  for (let slot = 0; slot < count; slot++) {
    if (kept(item(base, slot), item(mine, slot), item(theirs, slot))) present[slot] = 1
  }
  const order = placeAfterPredecessors(primary.slots, secondary.slots, present)
  const position = new Int32Array(count).fill(-1)
  for (let p = 0; p < order.length; p++) position[order[p] as number] = p

  // Every item gets a path index: its place in merged, or where it would be inserted.
  // Items merged lacks go before the item at their index, in slot order (a bucket sort).
  const insertAt = new Int32Array(count).fill(-1)
  const byRef = new Map<Side, Int32Array>()
  const before = new Int32Array(order.length + 2)
  for (let slot = 0; slot < count; slot++) {
    if (present[slot]) continue
    const ref =
      (mine.index[slot] as number) >= 0 ? mine : (theirs.index[slot] as number) >= 0 ? theirs : base
    let after = byRef.get(ref)
    if (!after) byRef.set(ref, (after = afterPredecessor(ref.slots, position, count)))
    const p = after[slot] as number
    insertAt[slot] = p
    before[p + 1] = (before[p + 1] as number) + 1
  }
  for (let p = 1; p < before.length; p++)
    before[p] = (before[p] as number) + (before[p - 1] as number)
  const absent = new Int32Array(count - order.length)
  const fill = before.slice()
  for (let slot = 0; slot < count; slot++) {
    const p = insertAt[slot] as number
    if (p >= 0) absent[(fill[p] as number)++] = slot
  }

  const out: unknown[] = []
  const visit = (slot: number, index: number) =>
    ctx.merge(item(base, slot), item(mine, slot), item(theirs, slot), at, index, mine.index[slot]!)
  for (let p = 0; p <= order.length; p++) {
    for (let k = before[p] as number; k < (before[p + 1] as number); k++)
      visit(absent[k] as number, p)
    if (p < order.length) out.push(visit(order[p] as number, p))
  }
  return sameItems(out, theirs.array) ? (theirs.array as unknown[]) : out
}

/** Whether two arrays hold the very same items in the same order. */
function sameItems(x: readonly unknown[], y: readonly unknown[]): boolean {
  if (x.length !== y.length) return false
  for (let i = 0; i < x.length; i++) if (x[i] !== y[i]) return false
  return true
}

/**
 * `primary`'s present slots in order, with `secondary`'s present slots that `primary`
 * lacks each placed right after its nearest present predecessor in `secondary` (at the
 * start when it has none). In one pass: a slot's predecessor takes at most one such
 * follower, since a later one would have the first as its nearest predecessor, so
 * followers form chains hanging off the slots of `primary`.
 */
function placeAfterPredecessors(
  primary: Int32Array,
  secondary: Int32Array,
  present: Uint8Array,
): Int32Array {
  const inPrimary = new Uint8Array(present.length)
  let size = 0
  for (const slot of primary) {
    if (present[slot]) {
      inPrimary[slot] = 1
      size++
    }
  }
  // follower[slot + 1] is the slot placed right after `slot`; follower[0] the first one.
  const follower = new Int32Array(present.length + 1).fill(-1)
  let previous = -1
  for (const slot of secondary) {
    if (!present[slot]) continue
    if (!inPrimary[slot]) {
      follower[previous + 1] = slot
      size++
    }
    previous = slot
  }
  const order = new Int32Array(size)
  let n = 0
  const chain = (from: number) => {
    for (let next = follower[from + 1] as number; next >= 0; next = follower[next + 1] as number) {
      order[n++] = next
    }
  }
  chain(-1)
  for (const slot of primary) {
    if (!inPrimary[slot]) continue
    order[n++] = slot
    chain(slot)
  }
  return order
}

/**
 * For every slot of `slots`: the position right after the nearest slot before it that has
 * a `position`, else 0 (where an item missing from the merge would be inserted).
 */
function afterPredecessor(slots: Int32Array, position: Int32Array, count: number): Int32Array {
  const at = new Int32Array(count)
  let next = 0
  for (const slot of slots) {
    at[slot] = next
    const found = position[slot] as number
    if (found >= 0) next = found + 1
  }
  return at
}
