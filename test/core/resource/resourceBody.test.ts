// Success bodies are read with a byte bound after decompression, over real HTTP: a small gzip
// body that inflates past the bound is cancelled, never held in memory whole.
import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { gzipSync } from 'node:zlib'
import { isProblemError } from '../../../src/core/http/problemError'
import { loadResource } from '../../../src/core/resource/resourceClient'
import { isResourceAnswer } from '../../../src/core/resource/resourceBody'

let server: Server
let origin: string
// 64 MiB of spaces around a JSON value: about 64 KiB on the wire.
const bomb = gzipSync(
  Buffer.concat([Buffer.from('{"a":'), Buffer.alloc(64 << 20, 32), Buffer.from('1}')]),
)

beforeAll(async () => {
  server = createServer((_req, res) => {
    res.writeHead(200, { 'content-type': 'application/json', 'content-encoding': 'gzip' })
    res.end(bomb)
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
})
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())))

describe('success bodies are bounded', () => {
  test('a gzip body that inflates to 64 MiB stops at the default 16 MiB bound', async () => {
    expect(bomb.byteLength).toBeLessThan(1 << 20)
    const error = await loadResource({ url: `${origin}/doc` }).catch((e: unknown) => e)
    expect(isProblemError(error) && error.problem).toMatchObject({
      kind: 'other',
      code: 'body_too_large',
    })
  })

  test('a larger maxBodyBytes reads the same body whole', async () => {
    const loaded = await loadResource<{ a: number }>({
      url: `${origin}/doc`,
      maxBodyBytes: 65 << 20,
    })
    expect(loaded.value).toEqual({ a: 1 })
  })
})

describe('isResourceAnswer: the resource, or a note about the write', () => {
  test.each([
    [
      'an object with every key sent and more',
      { id: 1, title: 'b', at: 'now' },
      { title: 'b' },
      true,
    ],
    ['an object missing a sent key', { title: 'b' }, { title: 'b', notes: 'x' }, false],
    ["CouchDB's acknowledgement", { ok: true, id: 'd', rev: '2-b' }, { title: 'b' }, false],
    ['a text OK for a JSON document', 'OK', { title: 'b' }, false],
    ['a text OK for a text document', 'OK', 'two\n', false],
    ['the text with its trailing newline trimmed', 'two', 'two\n', true],
    ['the text in CRLF', 'a\r\nb\r\n', 'a\nb\n', true],
    ['an array for an array', [1], [1, 2], true],
  ])('%s', (_name, answer, sent, expected) => {
    expect(isResourceAnswer(answer, sent)).toBe(expected)
  })
})
