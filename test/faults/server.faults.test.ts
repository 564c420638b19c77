/**
 * Fault suite against the real demo server (node): the core client (`loadResource`,
 * `saveWithMerge`) talks to a fault proxy on 127.0.0.1 in front of the server, and the last
 * cases stop and restart the server itself on its data folder. Every fault: the draft
 * survives (in memory and in the draft store), the error reads as text, no promise rejection
 * escapes, and a following normal save stores the draft.
 */
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { startServer, type RunningServer } from '../../demo/server/startServer'
import { TEST_SCRYPT_COST } from '../server/helpers'
import type { SaveFlowResult } from '../../src/core/index'
import { openEditor, type CoreEditor, type ServerDoc } from './coreEditor'
import { faultTally } from './faultTally'
import { hugeConflict, htmlPage, startFaultProxy, type FaultProxy } from './faultProxy'
import { collectUnhandledRejections, titleFault } from './rejections'

const DOC = '/api/docs/release-checklist'
const rejections = collectUnhandledRejections()
const tally = faultTally('demo server, node')

let server: RunningServer
let proxy: FaultProxy

beforeAll(async () => {
  server = await startServer({ port: 0, scryptCost: TEST_SCRYPT_COST })
  proxy = await startFaultProxy(server.url)
})
afterEach(() => proxy.heal())
afterAll(async () => {
  await proxy?.close()
  await server?.close()
})

/** What the server holds now, read past the proxy. */
async function stored(base = server.url): Promise<ServerDoc> {
  const res = await fetch(`${base}${DOC}`)
  return (await res.json()) as ServerDoc
}

type Outcome = SaveFlowResult<ServerDoc>['type']

/** Saves; a reviewed clean merge (nobody else edited) is then saved as shown, like a person would. */
async function saveThrough(editor: CoreEditor): Promise<SaveFlowResult<ServerDoc>> {
  const first = await editor.save()
  if (first.type !== 'conflict') return first
  expect(first.conflict.conflicts).toEqual([])
  return editor.resolve()
}

/** The editable part of a document. */
const contentOf = ({ title, tags, body }: ServerDoc) => ({ title, tags, body })

/** The problem a save result shows the person, if any. */
function problemOf(result: SaveFlowResult<ServerDoc>) {
  if (result.type === 'failed') return result.problem
  return result.type === 'conflict' ? result.conflict.problem : undefined
}

interface ProxyFault {
  name: string
  /** Before the load (ETag rewriting). */
  beforeLoad?: () => void
  arm: () => void | Promise<void>
  expected: Outcome
  status?: number
  heal?: () => void | Promise<void>
  timeoutMs?: number
}

const cases: ProxyFault[] = [
  {
    name: 'connection refused (server down), until it is back',
    arm: () => proxy.stop(),
    heal: () => proxy.start(),
    expected: 'failed',
    status: 0,
  },
  {
    name: 'reset mid-body before the write reached the server',
    arm: () => proxy.arm('PUT', { type: 'reset-mid-body', forward: false }),
    expected: 'failed',
    status: 0,
  },
  {
    name: 'reset mid-body after the server stored the write',
    arm: () => proxy.arm('PUT', { type: 'reset-mid-body', forward: true }),
    expected: 'failed',
    status: 0,
  },
  {
    name: 'timeout: the server never answers (AbortSignal.timeout)',
    arm: () => proxy.arm('PUT', { type: 'hang' }, true),
    expected: 'failed',
    status: 0,
    timeoutMs: 300,
  },
  {
    name: '500 with an HTML page',
    arm: () => proxy.arm('PUT', htmlPage(500, 'Internal Server Error')),
    expected: 'failed',
    status: 500,
  },
  {
    name: '502 with an HTML page',
    arm: () => proxy.arm('PUT', htmlPage(502, 'Bad Gateway')),
    expected: 'failed',
    status: 502,
  },
  {
    name: '503 with an HTML page',
    arm: () => proxy.arm('PUT', htmlPage(503, 'Service Unavailable')),
    expected: 'failed',
    status: 503,
  },
  {
    name: '409 with an empty body',
    arm: () => proxy.arm('PUT', { type: 'respond', status: 409 }),
    // The server holds the base: one retry with the version just read goes through.
    expected: 'saved',
  },
  {
    name: '409 with an invalid JSON body',
    arm: () =>
      proxy.arm('PUT', {
        type: 'respond',
        status: 409,
        headers: { 'content-type': 'application/problem+json' },
        body: '{"title": "Conflict", "current": {',
      }),
    // The server holds the base: one retry with the version just read goes through.
    expected: 'saved',
  },
  {
    name: '409 with a 20 MB body',
    arm: () => proxy.arm('PUT', hugeConflict()),
    // The server holds the base: one retry with the version just read goes through.
    expected: 'saved',
  },
  {
    name: '412 without an ETag or body',
    arm: () => proxy.arm('PUT', { type: 'respond', status: 412 }),
    // The server holds the base: one retry with the version just read goes through.
    expected: 'saved',
  },
  {
    name: 'ETag format changes: weak at load, strong afterwards',
    beforeLoad: () => proxy.rewriteEtags((tag) => `W/${tag}`),
    arm: () => proxy.heal(),
    expected: 'saved',
  },
  {
    name: 'ETag format changes: quoted at load, unquoted afterwards',
    arm: () => proxy.rewriteEtags((tag) => tag.replaceAll('"', '')),
    expected: 'saved',
  },
]

/** One proxy fault, start to finish (module-level: its per-outcome checks are one flow). */
async function runFault(c: ProxyFault): Promise<void> {
  const survived = tally.tried(c.name).survived
  const url = `${proxy.url}${DOC}`
  c.beforeLoad?.()
  const editor = await openEditor(url, c.timeoutMs ? { timeoutMs: c.timeoutMs } : {})
  const mine = `Mine: ${c.name}`
  editor.edit((d) => ({ ...d, title: mine }))
  const edited = editor.draft

  await c.arm()
  const result = await editor.save()
  const saved = c.expected === 'saved'
  expect({
    outcome: result.type,
    draft: contentOf(editor.draft),
    persisted: editor.stored(),
    status: problemOf(result)?.status,
    titleFault: saved ? null : titleFault(problemOf(result)),
  }).toEqual({
    outcome: c.expected,
    // A stored save takes the server's answer (a new version) as the draft: compare content.
    draft: contentOf(edited),
    persisted: saved ? null : edited,
    status: c.status,
    titleFault: null,
  })
  expect(await rejections.take()).toEqual([])
  await (c.heal ?? proxy.heal)()

  // The app goes on: the same draft is stored, then one more ordinary edit.
  const again = saved ? result : await saveThrough(editor)
  expect(again.type).toBe('saved')
  expect((await stored()).title).toBe(mine)
  editor.edit((d) => ({ ...d, tags: [...d.tags, `after-${Date.now()}`] }))
  const next = editor.draft
  expect((await saveThrough(editor)).type).toBe('saved')
  expect(await stored()).toMatchObject({ title: mine, tags: next.tags })
  expect(editor.stored()).toBeNull()
  expect(await rejections.take()).toEqual([])
  survived()
}

describe('the core client against the demo server under faults', () => {
  it.each(cases)('$name', (c) => runFault(c))
})

describe('the demo server restarts (PGlite in a data folder, same port)', () => {
  let dir: string
  let running: RunningServer | null = null
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'ck-faults-data-'))
  })
  afterAll(async () => {
    await running?.close()
    rmSync(dir, { recursive: true, force: true })
  })
  const restart = async (port: number) => {
    await running?.close()
    running = await startServer({ port, dataDir: dir, scryptCost: TEST_SCRYPT_COST })
  }

  it('server restarts between load and save', async () => {
    const survived = tally.tried('server restarts between load and save').survived
    await restart(0)
    const { port, url: base } = running as unknown as RunningServer
    const editor = await openEditor(`${base}${DOC}`)
    editor.edit((d) => ({ ...d, title: 'Written across a restart' }))
    await restart(port)
    const result = await editor.save()
    expect(result.type).toBe('saved')
    expect((await stored(base)).title).toBe('Written across a restart')
    expect(editor.stored()).toBeNull()
    expect(await rejections.take()).toEqual([])
    survived()
  })

  it('save while the server is down, then it restarts', async () => {
    const survived = tally.tried('save while the server is down, then it restarts').survived
    await restart(0)
    const { port, url: base } = running as unknown as RunningServer
    const editor = await openEditor(`${base}${DOC}`)
    editor.edit((d) => ({ ...d, body: `${d.body}A line written while the server was down.\n` }))
    const edited = editor.draft
    await running?.close()
    running = null
    const down = await editor.save()
    expect(down.type).toBe('failed')
    expect(editor.draft).toEqual(edited)
    expect(editor.stored()).toEqual(edited)
    expect(problemOf(down)?.status).toBe(0)
    expect(titleFault(problemOf(down))).toBeNull()
    expect(await rejections.take()).toEqual([])
    await restart(port)
    expect((await saveThrough(editor)).type).toBe('saved')
    expect((await stored(base)).body).toBe(edited.body)
    expect(await rejections.take()).toEqual([])
    survived()
  })
})
