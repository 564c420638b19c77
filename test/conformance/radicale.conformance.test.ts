// Radicale 3 (CardDAV): vCards are text resources with strong ETags. The kit edits them as
// text and merges two people's line edits; a colleague writes with raw HTTP.
import { loadResource, saveResource } from '../../src/core/resource/resourceClient'
import type { ResourceWrite, SavedResource } from '../../src/core/resource/resourceClient'
import { saveWithMerge, type SaveFlowResult } from '../../src/core/resource/saveWithMerge'
import type { VersionedValue } from '../../src/core/resource/types'
import { isProblemError } from '../../src/core/http/problemError'
import { hasRadicale, startRadicale } from './servers/radicaleServer'
import type { Daemon } from './servers/daemon'
import { record } from './matrix'

const NAME = 'Radicale 3.1 CardDAV (vCard)'
let radicale: Daemon

beforeAll(async () => {
  if (!hasRadicale()) throw new Error('radicale is not installed (apt-get install -y radicale)')
  radicale = await startRadicale()
})
afterAll(async () => {
  await radicale?.stop()
})

const current = () => expect.getState().currentTestName?.split(' > ').at(-1) ?? '?'
const run = (fn: () => Promise<string | void>) => record(NAME, current(), fn)

let n = 0
const fresh = () => `contact${++n}`
const url = (id: string) => `${radicale.origin}/user/book/${id}.vcf`
const TYPE = 'text/vcard; charset=utf-8'

/**
 * A vCard. Radicale stores properties sorted by name, so EMAIL and TEL end up three lines
 * apart: far enough for two people's edits of them to merge.
 */
function card(id: string, fields: Record<string, string> = {}): string {
  const f = { FN: 'Ann Lee', ORG: 'Plan', TEL: '+1 555 0100', EMAIL: 'ann@example.org', ...fields }
  return [
    'BEGIN:VCARD',
    'VERSION:3.0',
    `UID:${id}`,
    `FN:${f.FN}`,
    'N:Lee;Ann;;;',
    `ORG:${f.ORG}`,
    'CATEGORIES:work',
    `TEL:${f.TEL}`,
    'URL:https://example.org/ann',
    `EMAIL:${f.EMAIL}`,
    'END:VCARD',
    '',
  ].join('\r\n')
}

/** Replaces one property's value, keeping the text's own line endings. */
const edit = (text: string, name: string, value: string) =>
  text.replace(new RegExp(`^${name}:[^\\r\\n]*`, 'm'), `${name}:${value}`)

const prop = (text: string, name: string) =>
  new RegExp(`^${name}:([^\\r\\n]*)`, 'm').exec(text)?.[1] ?? null

async function seed(id: string, text = card(id)) {
  const res = await fetch(url(id), { method: 'PUT', headers: { 'content-type': TYPE }, body: text })
  if (res.status >= 300) throw new Error(`seed: ${res.status} ${await res.text()}`)
}

async function held(id: string) {
  return (await fetch(url(id), { cache: 'no-store' })).text()
}

async function colleague(id: string, name: string, value: string) {
  const got = await fetch(url(id), { cache: 'no-store' })
  const etag = got.headers.get('etag') ?? ''
  const res = await fetch(url(id), {
    method: 'PUT',
    headers: { 'content-type': TYPE, 'if-match': etag },
    body: edit(await got.text(), name, value),
  })
  if (res.status >= 300) throw new Error(`colleague: ${res.status}`)
}

function kit(id: string) {
  const request: Omit<ResourceWrite<string>, 'value' | 'baseVersion'> = {
    url: url(id),
    contentType: TYPE,
  }
  const load = () => loadResource<string>({ ...request, fresh: true })
  return {
    load,
    save: (value: string, from: VersionedValue<string>): Promise<SaveFlowResult<string>> =>
      saveWithMerge<string>({
        value,
        base: from.value,
        baseVersion: from.version,
        write: (v, baseVersion, base) => saveResource({ ...request, value: v, baseVersion, base }),
        loadFresh: load,
        autoMerge: 'save',
      }),
  }
}

const protectionOf = (result: SaveFlowResult<string>) =>
  result.type === 'saved'
    ? ((result.saved as Partial<SavedResource<string>>).protection ?? 'none reported')
    : result.type

describe('Radicale', () => {
  test('load', () =>
    run(async () => {
      const id = fresh()
      await seed(id)
      const loaded = await kit(id).load()
      expect(prop(loaded.value, 'FN')).toBe('Ann Lee')
      expect(loaded.version).toMatch(/^"/)
    }))

  test('stale edit, disjoint: merged, the server holds both', () =>
    run(async () => {
      const id = fresh()
      await seed(id)
      const k = kit(id)
      const from = await k.load()
      await colleague(id, 'EMAIL', 'ann@work.example')
      const result = await k.save(edit(from.value, 'TEL', '+1 555 0142'), from)
      expect(result.type).toBe('saved')
      const text = await held(id)
      expect([prop(text, 'TEL'), prop(text, 'EMAIL')]).toEqual(['+1 555 0142', 'ann@work.example'])
      return protectionOf(result)
    }))

  test('overlapping edits reach a conflict, theirs kept', () =>
    run(async () => {
      const id = fresh()
      await seed(id)
      const k = kit(id)
      const from = await k.load()
      await colleague(id, 'TEL', '+1 555 0199')
      const result = await k.save(edit(from.value, 'TEL', '+1 555 0142'), from)
      expect(result.type).toBe('conflict')
      expect(prop(await held(id), 'TEL')).toBe('+1 555 0199')
    }))

  test('second and third rounds from what each save returned', () =>
    run(async () => {
      const id = fresh()
      await seed(id)
      const k = kit(id)
      let from = await k.load()
      const rounds = [
        ['EMAIL', 'ann@1.example', 'TEL', '1'],
        ['TEL', '2', 'EMAIL', 'ann@2.example'],
        ['EMAIL', 'ann@3.example', 'TEL', '3'],
      ] as const
      let note = ''
      for (const [theirField, theirValue, myField, myValue] of rounds) {
        await colleague(id, theirField, theirValue)
        const result = await k.save(edit(from.value, myField, myValue), from)
        expect(result.type).toBe('saved')
        if (result.type !== 'saved') return
        note = protectionOf(result)
        from = result.saved
      }
      const text = await held(id)
      expect([prop(text, 'TEL'), prop(text, 'EMAIL')]).toEqual(['3', 'ann@3.example'])
      return note
    }))

  test('a write with no version is a create: an existing document is a duplicate', () =>
    run(async () => {
      const id = fresh()
      await seed(id)
      const error = await saveResource<string>({
        url: url(id),
        contentType: TYPE,
        value: card(id, { FN: 'Someone else' }),
        baseVersion: null,
      }).catch((e: unknown) => e)
      expect(isProblemError(error) && error.problem.kind).toBe('duplicate')
      expect(prop(await held(id), 'FN')).toBe('Ann Lee')
    }))
})
