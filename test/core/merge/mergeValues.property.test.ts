import * as fc from 'fast-check'
import { getAtPath, jsonEqual, mergeValues, resolveValues } from '../../../src/core/merge/index'

const texts = ['a\nb\nc\n', 'A\nb\nc\n', 'a\nb\nC\n', 'a\nX\nc\n', 'a\nY\nc\n']
const leaf = fc.oneof(
  { weight: 2, arbitrary: fc.constantFrom<unknown>(...texts) },
  { weight: 3, arbitrary: fc.constantFrom<unknown>(0, 1, 'x', null, true) },
)
const json = fc.letrec<{ value: unknown }>((tie) => ({
  value: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    leaf,
    fc.dictionary(fc.constantFrom('a', 'b', 'c'), tie('value'), { maxKeys: 3 }),
    fc
      .uniqueArray(fc.integer({ min: 1, max: 5 }), { maxLength: 4 })
      .chain((ids) => fc.tuple(...ids.map((id) => tie('value').map((v) => ({ id, v }))))),
    fc.array(leaf, { maxLength: 3 }),
  ),
})).value

/** A copy of `value` with random edits at random depths (mostly kept as is). */
function tweak(value: unknown, depth = 0): fc.Arbitrary<unknown> {
  const fresh = depth > 2 ? leaf : json
  if (
    Array.isArray(value) &&
    value.every((x) => typeof x === 'object' && x !== null && 'id' in x)
  ) {
    const items = value as { id: number; v: unknown }[]
    return fc.oneof(
      { weight: 3, arbitrary: fc.constant(value) },
      { weight: 1, arbitrary: fresh },
      {
        weight: 5,
        arbitrary: fc
          .tuple(
            fc.tuple(...items.map((it) => fc.tuple(fc.boolean(), tweak(it.v, depth + 1)))),
            fc.array(fc.tuple(fc.integer({ min: 6, max: 8 }), leaf), { maxLength: 2 }),
            fc.boolean(),
          )
          .map(([kept, added, reverse]) => {
            const out: unknown[] = []
            items.forEach((it, i) => {
              const [keep, v] = kept[i] as [boolean, unknown]
              if (keep || i % 2) out.push({ id: it.id, v })
            })
            for (const [id, v] of added)
              if (!out.some((o) => (o as { id: number }).id === id)) out.push({ id, v })
            return reverse && out.length > 2 ? out.toReversed() : out
          }),
      },
    )
  }
  if (typeof value === 'object' && value !== null && !Array.isArray(value)) {
    const obj = value as Record<string, unknown>
    const keys = ['a', 'b', 'c']
    return fc.oneof(
      { weight: 3, arbitrary: fc.constant(value) },
      { weight: 1, arbitrary: fresh },
      {
        weight: 5,
        arbitrary: fc
          .tuple(
            ...keys.map((k) =>
              k in obj
                ? fc.option(tweak(obj[k], depth + 1), { freq: 5 })
                : fc.option(leaf, { freq: 1, nil: undefined }),
            ),
          )
          .map((vals) => {
            const out: Record<string, unknown> = {}
            keys.forEach((k, i) => {
              const v = vals[i]
              if (v !== undefined && v !== null) out[k] = v
              else if (v === null && k in obj && obj[k] === null) out[k] = null
            })
            return out
          }),
      },
    )
  }
  return fc.oneof(
    { weight: 2, arbitrary: fc.constant(value) },
    { weight: 3, arbitrary: leaf },
    { weight: 1, arbitrary: fresh },
  )
}

const threeValues = json.chain((base) => fc.tuple(fc.constant(base), tweak(base), tweak(base)))
const deepFreeze = <T>(v: T): T => {
  if (typeof v === 'object' && v !== null) {
    Object.values(v).forEach(deepFreeze)
    Object.freeze(v)
  }
  return v
}
const opts = { text: () => true }
/** A string id made of a numeric one, which sends every id through a Map. */
const asText = (item: unknown) => {
  const id = (item as { id?: unknown } | null)?.id
  return typeof id === 'number' ? `#${id}` : undefined
}
const runs = { numRuns: 1500 }

describe('mergeValues properties', () => {
  test('the generator reaches conflicts, id-array moves and restored deletions', () => {
    const seen = { conflict: 0, deletedItem: 0, idPath: 0, text: 0 }
    for (const [base, mine, theirs] of fc.sample(threeValues, { numRuns: 2000, seed: 7 })) {
      const r = mergeValues(base, mine, theirs, opts)
      if (!r.clean) seen.conflict++
      if (r.conflicts.some((c) => c.theirs === undefined && typeof c.path.at(-1) === 'number'))
        seen.deletedItem++
      if (r.changes.some((c) => typeof c.path.at(-1) === 'number')) seen.idPath++
      if (r.conflicts.some((c) => c.text)) seen.text++
    }
    expect(seen.conflict).toBeGreaterThan(200)
    expect(seen.deletedItem).toBeGreaterThan(5)
    expect(seen.idPath).toBeGreaterThan(50)
    expect(seen.text).toBeGreaterThan(8)
  })

  test('an untouched side gives the other side; the same change gives that change', () => {
    fc.assert(
      fc.property(threeValues, ([base, x]) => {
        for (const [m, t] of [
          [base, x],
          [x, base],
          [x, x],
        ]) {
          const r = mergeValues(base, m, t, opts)
          expect(r.clean).toBe(true)
          expect(jsonEqual(r.merged, x)).toBe(true)
        }
      }),
      runs,
    )
  })

  test('swapping sides keeps the verdict; inputs stay untouched (frozen)', () => {
    fc.assert(
      fc.property(threeValues, ([base, mine, theirs]) => {
        deepFreeze([base, mine, theirs])
        const a = mergeValues(base, mine, theirs, opts)
        const b = mergeValues(base, theirs, mine, opts)
        expect(b.clean).toBe(a.clean)
        expect(b.conflicts.length).toBe(a.conflicts.length)
      }),
      runs,
    )
  })

  test('conflict paths point at theirs in merged, and resolving rebuilds each side', () => {
    fc.assert(
      fc.property(threeValues, ([base, mine, theirs]) => {
        const r = mergeValues(base, mine, theirs, opts)
        for (const c of r.conflicts.filter((x) => x.theirs !== undefined)) {
          expect(getAtPath(r.merged, c.path)).toEqual(c.theirs)
        }
        expect(
          jsonEqual(
            resolveValues(
              r,
              r.conflicts.map(() => 'theirs'),
            ),
            r.merged,
          ),
        ).toBe(true)
        // Against an untouched theirs side, every choice of mine gives mine back.
        const same = mergeValues(base, mine, base, opts)
        expect(
          jsonEqual(
            resolveValues(
              same,
              same.conflicts.map(() => 'mine'),
            ),
            mine,
          ),
        ).toBe(true)
      }),
      runs,
    )
  })

  test('choosing mine everywhere keeps every change mine made', () => {
    fc.assert(
      fc.property(threeValues, ([base, mine, theirs]) => {
        const r = mergeValues(base, mine, theirs, opts)
        const resolved = resolveValues(
          r,
          r.conflicts.map(() => 'mine'),
        )
        // Merging the result again with mine as the base finds nothing of mine missing.
        const again = mergeValues(mine, mine, resolved, opts)
        expect(again.clean).toBe(true)
        expect(jsonEqual(mergeValues(theirs, resolved, theirs, opts).merged, resolved)).toBe(true)
      }),
      runs,
    )
  })

  test('integer ids (looked up in a table) merge as the same ids as strings (in a Map)', () => {
    // The same items, identified by `id` or by a string made of it: every decision, path and
    // change must be the same whichever lookup the ids take.
    fc.assert(
      fc.property(threeValues, ([base, mine, theirs]) => {
        const byNumber = mergeValues(base, mine, theirs, opts)
        const byText = mergeValues(base, mine, theirs, { ...opts, itemId: asText })
        expect(byText.merged).toEqual(byNumber.merged)
        expect(byText.conflicts).toEqual(byNumber.conflicts)
        expect(byText.changes).toEqual(byNumber.changes)
      }),
      runs,
    )
  })

  test('what merges to theirs is theirs: untouched objects and arrays are shared, not copied', () => {
    const seen = { equal: 0, copied: 0 }
    fc.assert(
      fc.property(threeValues, ([base, mine, theirs]) => {
        const r = mergeValues(base, mine, theirs, opts)
        if (typeof r.merged === 'object' && r.merged !== null && jsonEqual(r.merged, theirs)) {
          seen.equal++
          if (r.merged !== theirs) seen.copied++
        }
      }),
      runs,
    )
    expect(seen.equal).toBeGreaterThan(100)
    expect(seen.copied).toBe(0)
  })

  test("objects keep theirs' key order, then keys only mine has, whatever order each side has", () => {
    // Flat objects over a pool of keys, each side with its own subset in its own order: in
    // step, out of step, keys added in runs, moved keys. Each key is merged on its own.
    const pool = ['a', 'b', 'c', 'd', 'e', 'f', 'g', '__proto__', 'constructor']
    const side = fc
      .shuffledSubarray(pool)
      .chain((keys) => fc.tuple(...keys.map((k) => fc.tuple(fc.constant(k), fc.nat(2)))))
      .map(
        (entries) =>
          JSON.parse(JSON.stringify(Object.fromEntries(entries))) as Record<string, unknown>,
      )
    fc.assert(
      fc.property(side, side, side, (base, mine, theirs) => {
        const r = mergeValues<Record<string, unknown>>(base, mine, theirs)
        const has = (o: object, k: string) => Object.hasOwn(o, k)
        const order = [...Object.keys(theirs), ...Object.keys(mine).filter((k) => !has(theirs, k))]
        expect(Object.keys(r.merged)).toEqual(order.filter((k) => has(r.merged, k)))
        for (const key of pool) {
          const one = (o: object) => (has(o, key) ? { [key]: (o as never)[key] } : {})
          const alone = mergeValues<Record<string, unknown>>(one(base), one(mine), one(theirs))
          expect(has(r.merged, key)).toBe(has(alone.merged, key))
          expect(r.merged[key]).toEqual(alone.merged[key])
        }
      }),
      runs,
    )
  })
})
