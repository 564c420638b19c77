import { readFileSync } from 'node:fs'
import { later } from './corpus/later'
import { corpus } from './corpus/responses'
import { isHeldOut } from './corpus/split'
import { unseen } from './corpus/unseen'

const KINDS = [
  'duplicate',
  'stale',
  'state',
  'busy',
  'unknown',
  'precondition-required',
  'validation',
  'other',
]
const listed = readFileSync(new URL('./corpus/held-out-services.txt', import.meta.url), 'utf8')
  .split('\n')
  .filter(Boolean)

test.each([...corpus, ...later].map((e, i) => [`${i} ${e.service}`, e] as const))(
  '%s names its source and a meaning',
  (_name, e) => {
    expect(e.service.trim()).not.toBe('')
    expect(e.source).toMatch(/^https?:\/\/\S+|\S+\/\S+/)
    expect(KINDS).toContain(e.expect.kind)
    expect(e.status).toBeGreaterThanOrEqual(400)
  },
)

test('the held-out services recorded before any rule was written are still held out', () => {
  expect(listed.length).toBeGreaterThan(20)
  expect(listed.filter((s) => !isHeldOut(s))).toEqual([])
})

test('no train service of the corpus is in the recorded held-out list', () => {
  const train = [...new Set(corpus.map((e) => e.service))].filter((s) => !isHeldOut(s))
  expect(train.filter((s) => listed.includes(s))).toEqual([])
})

test('no response is counted twice (same status and body, in either set)', () => {
  const keys = [...corpus, ...later].map((e) => `${e.status} ${JSON.stringify(e.body)}`)
  expect(keys.filter((k, i) => keys.indexOf(k) !== i)).toEqual([])
})

test.each(unseen.map((e, i) => [`${i} ${e.service}`, e] as const))(
  'second held-out set: %s names its source and a meaning',
  (_name, e) => {
    expect(e.service.trim()).not.toBe('')
    expect(e.source).toMatch(/^https?:\/\/\S+|\S+\/\S+/)
    // A null meaning (no problem) belongs to a 2xx only; every other meaning is a kind.
    expect(e.expect.kind === null ? e.status < 300 : KINDS.includes(e.expect.kind)).toBe(true)
  },
)

test('the second held-out set shares no service with the corpus and is large enough', () => {
  const known = new Set([...corpus, ...later].map((e) => e.service.toLowerCase()))
  const services = [...new Set(unseen.map((e) => e.service))]
  expect(services.filter((s) => known.has(s.toLowerCase()))).toEqual([])
  expect(unseen.length).toBeGreaterThanOrEqual(80)
  expect(services.length).toBeGreaterThanOrEqual(60)
})
