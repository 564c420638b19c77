import { CyclicValueError } from './CyclicValueError'
import { isRecord, setOwn } from '../json'
import { jsonEqual } from './jsonEqual'
import { idArrays, mergeArrayById } from './mergeArrayById'
import type { ItemId, MergeNode } from './mergeArrayById'
import { below, changeAt, depthOf, pathOf } from './mergePlace'
import type { MergePlace } from './mergePlace'
import { mergeText } from './mergeText'
import type { MergeTextOptions } from './mergeText'
import type { MergeChange, MergeConflict, MergePath, MergeResult } from './types'

/** Options for `mergeValues`. */
export interface MergeValuesOptions {
  /**
   * How to identify array items. Arrays are merged item by item only when every item on
   * all three sides has an id (string or number) and ids are unique per side; otherwise an
   * array is one value. A key name, or a function returning the id (`undefined` for none).
   * Defaults to `'id'`.
   */
  itemId?: ItemId
  /**
   * Which string fields are merged line by line with `mergeText` instead of as whole
   * values: dotted paths where `*` matches any key or index (`'body'`,
   * `'sections.*.text'`), or a predicate on the path. Defaults to none.
   */
  text?: readonly string[] | ((path: MergePath) => boolean)
  /** Options for the text merges (conflict marker labels and style). Defaults to `{}`. */
  textOptions?: MergeTextOptions
}

interface Context {
  conflicts: MergeConflict[]
  changes: MergeChange[]
  itemId: ItemId
  isText: (path: MergePath) => boolean
  textOptions: MergeTextOptions
  merge: MergeNode
  /** Theirs' objects being merged above the current place (see `enter`). */
  open: Set<object>
}

function textMatcher(text: MergeValuesOptions['text']): (path: MergePath) => boolean {
  if (text === undefined) return () => false
  if (typeof text === 'function') return text
  const patterns = text.map((p) => p.split('.'))
  return (path) =>
    patterns.some(
      (parts) =>
        parts.length === path.length &&
        parts.every((part, i) => part === '*' || part === String(path[i])),
    )
}

/**
 * Three-way merge of JSON values. Objects merge key by key and arrays of identified items
 * item by item; everything else is a value. A side's change is taken when the other side
 * left that place alone, identical changes are taken once, and anything else (two
 * different edits, an edit against a deletion, two different additions) is a conflict,
 * where `merged` holds theirs. Inputs are never changed; `merged` shares untouched parts:
 * an object or array whose merge is theirs' own values is theirs itself, not a copy.
 *
 * Paths into id-matched arrays use the item's index in `merged`. For a conflict whose
 * item `merged` lacks (theirs deleted it, mine edited it) the index is where mine's item
 * would be inserted. `resolveValues` applies choices with these rules.
 *
 * Values of any depth are safe: past 1,000 levels objects and arrays merge as whole values,
 * so a change deeper down is taken, or reported as a conflict at that depth. A value that
 * contains itself (a cycle, which JSON cannot hold) throws a `CyclicValueError` where the
 * merge meets it.
 */
export function mergeValues<T>(
  base: T,
  mine: T,
  theirs: T,
  opts: MergeValuesOptions = {},
): MergeResult<T> {
  const ctx: Context = {
    conflicts: [],
    changes: [],
    itemId: opts.itemId ?? 'id',
    isText: textMatcher(opts.text),
    textOptions: opts.textOptions ?? {},
    merge: (b, m, t, up, key, mineIndex) => mergeNode(ctx, b, m, t, up, key, mineIndex),
    open: new Set(),
  }
  const merged = mergeNode(ctx, base, mine, theirs, null, null) as T
  return {
    clean: ctx.conflicts.length === 0,
    merged,
    conflicts: ctx.conflicts,
    changes: ctx.changes,
  }
}

/**
 * Below this many levels objects and arrays merge as whole values: a change deeper down is
 * taken or reported as a conflict at this depth. It keeps the merge's recursion (a few
 * stack frames a level) far from any engine's stack limit, whatever the input's depth.
 */
const MAX_DEPTH = 1000

/**
 * Merges the place `key` below `up` (`key` null: the root); `undefined` stands for
 * "absent" (a missing key or array item). The place object is made only where it is
 * needed: to go deeper, or to record a change or conflict.
 */
function mergeNode(
  ctx: Context,
  b: unknown,
  m: unknown,
  t: unknown,
  up: MergePlace,
  key: string | number | null,
  mineIndex?: number,
): unknown {
  const deep = depthOf(up) + (key === null ? 0 : 1) >= MAX_DEPTH
  if (!deep && isRecord(b) && isRecord(m) && isRecord(t)) {
    enter(ctx, t)
    const out = mergeObject(ctx, b, m, t, placeOf(up, key, mineIndex))
    leave(ctx, t)
    return out
  }
  if (!deep && Array.isArray(b) && Array.isArray(m) && Array.isArray(t)) {
    const items = idArrays(b, m, t, ctx.itemId)
    if (items) {
      enter(ctx, t)
      const out = mergeArrayById(items, placeOf(up, key, mineIndex), ctx)
      leave(ctx, t)
      return out
    }
  }
  const mineChanged = !jsonEqual(m, b)
  const theirsChanged = !jsonEqual(t, b)
  if (!mineChanged && !theirsChanged) return t
  const at = placeOf(up, key, mineIndex)
  const path = pathOf(at)
  if (!mineChanged) {
    ctx.changes.push(changeAt(at, 'theirs', t === undefined))
    return t
  }
  if (!theirsChanged) {
    ctx.changes.push(changeAt(at, 'mine', m === undefined))
    return m
  }
  if (jsonEqual(m, t)) {
    ctx.changes.push(changeAt(at, 'both', t === undefined))
    return t
  }
  if (typeof b === 'string' && typeof m === 'string' && typeof t === 'string' && ctx.isText(path)) {
    const text = mergeText(b, m, t, ctx.textOptions)
    if (text.clean) {
      ctx.changes.push(changeAt(at, 'both', false))
      return text.text
    }
    ctx.conflicts.push({ path, base: b, mine: m, theirs: t, text })
    return t
  }
  ctx.conflicts.push({ path, base: b, mine: m, theirs: t })
  return t
}

/**
 * Opens theirs' object about to be merged: one met again below itself is a cycle, which would
 * otherwise be walked without end. The merge goes deeper only where all three sides are
 * objects, so theirs' shape bounds it; cycles in base or mine alone end there, and
 * `jsonEqual` catches what they hold. Not a wrapper around the merge, so that a level of
 * depth costs no extra stack frame.
 */
function enter(ctx: Context, t: object): void {
  if (ctx.open.has(t)) throw new CyclicValueError('mergeValues')
  ctx.open.add(t)
}

/** Closes what `enter` opened, once the objects' merge is done. */
function leave(ctx: Context, t: object): void {
  ctx.open.delete(t)
}

const placeOf = (up: MergePlace, key: string | number | null, mineIndex?: number): MergePlace =>
  key === null ? up : below(up, key, mineIndex)

/**
 * Key by key, in theirs' key order followed by keys only mine has, then keys only base has.
 * While every merged value is theirs' own, nothing is copied: an object that merges to
 * theirs is theirs, and a copy starts at the first key that differs.
 */
function mergeObject(
  ctx: Context,
  b: Record<string, unknown>,
  m: Record<string, unknown>,
  t: Record<string, unknown>,
  at: MergePlace,
): Record<string, unknown> {
  let out: Record<string, unknown> | null = null
  const keys = Object.keys(t)
  const mine = new KeyCursor(m)
  const base = new KeyCursor(b)
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i] as string
    const theirs = t[key]
    const was = base.read(key)
    const now = mine.read(key)
    // Three identical values (equal primitives, one shared object) merge to theirs.
    const value = was === now && now === theirs ? theirs : mergeNode(ctx, was, now, theirs, at, key)
    if (out === null && value !== theirs) out = copyKeys(t, keys, i)
    if (out !== null) put(out, key, value)
  }
  const mineOnly = mine.unmet().filter((key) => !Object.hasOwn(t, key))
  for (const key of mineOnly) {
    const value = mergeNode(ctx, own(b, key), m[key], undefined, at, key)
    if (value !== undefined) put((out ??= copyKeys(t, keys, keys.length)), key, value)
  }
  for (const key of base.unmet()) {
    if (!Object.hasOwn(t, key) && !Object.hasOwn(m, key)) {
      const value = mergeNode(ctx, b[key], undefined, undefined, at, key)
      if (value !== undefined) put((out ??= copyKeys(t, keys, keys.length)), key, value)
    }
  }
  return out ?? t
}

/**
 * Reads one side's keys in step with theirs'. While the sides share key order (the usual
 * case: one serialiser wrote them all), whether a key is there is one string comparison
 * instead of two hash lookups, and the keys theirs may lack are the ones not met in step.
 * Out of step (keys moved, or several added in a row) it falls back to lookups, never to a
 * wrong answer.
 */
class KeyCursor {
  private readonly keys: string[]
  private next = 0
  /** Keys stepped over, in order (each is before `next`). */
  private passed: string[] | null = null

  constructor(private readonly side: Record<string, unknown>) {
    this.keys = Object.keys(side)
  }

  /** The side's own value at `key`, `undefined` when it has none. */
  read(key: string): unknown {
    const { keys, next } = this
    // Keys from `Object.keys` are the side's own: no `hasOwn` needed for them.
    if (keys[next] === key) {
      this.next = next + 1
      return this.side[key]
    }
    if (keys[next + 1] === key) {
      ;(this.passed ??= []).push(keys[next] as string)
      this.next = next + 2
      return this.side[key]
    }
    return own(this.side, key)
  }

  /** The side's keys not met in step (a superset of those theirs lacks), in the side's order. */
  unmet(): string[] {
    const rest = this.next < this.keys.length ? this.keys.slice(this.next) : []
    return this.passed ? this.passed.concat(rest) : rest
  }
}

/** A new object holding `source`'s first `count` keys of `keys`. */
function copyKeys(
  source: Record<string, unknown>,
  keys: readonly string[],
  count: number,
): Record<string, unknown> {
  const out: Record<string, unknown> = {}
  for (let i = 0; i < count; i++) put(out, keys[i] as string, source[keys[i] as string])
  return out
}

function put(out: Record<string, unknown>, key: string, value: unknown): void {
  if (value === undefined) return
  // A plain write is several times faster; only `__proto__` needs defining.
  if (key === '__proto__') setOwn(out, key, value)
  else out[key] = value
}

function own(o: Record<string, unknown>, key: string): unknown {
  return Object.hasOwn(o, key) ? o[key] : undefined
}
