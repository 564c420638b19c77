// Which validator a write carries when the save sends it again: the one the server gave, its
// bare form once when the server refused it with a content-coding suffix, and never none.
import type { HttpProblem } from '../../../src/core/http/types'
import { bareValidator, saveStep, startSave } from '../../../src/core/resource/saveStep'

type Doc = { title: string; body: string }
const base: Doc = { title: 'T', body: 'b' }
const stale: HttpProblem = { status: 412, kind: 'stale', title: 'Stale', raw: null }
const mine: Doc = { ...base, title: 'mine' }

/** The write that follows a 412 to the first write, once theirs is read. */
function resendAfterStale(
  baseVersion: string | null,
  theirs: { value: Doc; version: string | null },
) {
  const policy = { merge: { serverFields: ['body'] } }
  const start = startSave(mine, base, baseVersion).state
  const waiting = saveStep(start, { type: 'refused', problem: stale }, policy).state
  return saveStep(waiting, { type: 'loaded', theirs, mine }, policy).command
}

describe('bareValidator', () => {
  it.each([
    ['"abc-gzip"', '"abc"'],
    ['W/"abc-br"', 'W/"abc"'],
    ['"abc-zstd"', '"abc"'],
    ['"abc-deflate"', '"abc"'],
    // a server that sends its ETag unquoted keeps it unquoted
    ['abc-gzip', 'abc'],
  ])('strips the content-coding suffix of %s', (version, bare) => {
    expect(bareValidator(version)).toBe(bare)
  })

  it.each([['"abc"'], ['"v-gzipped"'], ['"abc-gzip"x'], ['"abc-png"']])(
    'leaves %s alone: no suffix at its end, so no bare form',
    (version) => expect(bareValidator(version)).toBeNull(),
  )

  it('has no bare form for a missing validator', () => {
    expect(bareValidator(null)).toBeNull()
  })
})

describe('the validator of a re-sent write', () => {
  it('is the one the server just gave, suffix and all, when it was never refused', () => {
    const command = resendAfterStale('"v1"', {
      value: { ...base, body: 'stamp' },
      version: '"v2-gzip"',
    })
    expect(command).toMatchObject({ type: 'write', baseVersion: '"v2-gzip"' })
  })

  it('stays the refused one when it has no bare form: the write is never sent unconditionally', () => {
    // the server holds the base and hands back the very validator it refused
    const command = resendAfterStale('"v1"', { value: base, version: '"v1"' })
    expect(command).toMatchObject({ type: 'write', baseVersion: '"v1"', value: mine })
  })

  it('stays absent on a server without validators (nothing to strip, nothing thrown)', () => {
    const command = resendAfterStale(null, { value: { ...base, body: 'stamp' }, version: null })
    expect(command).toMatchObject({
      type: 'write',
      baseVersion: null,
      value: { title: 'mine', body: 'stamp' },
    })
  })
})
