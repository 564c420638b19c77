import { spawn } from 'node:child_process'
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { createApp } from '../../demo/server/createApp'
import type { Db } from '../../demo/server/Db'
import {
  serverOptionsFromEnv,
  startServer,
  type NodeMiddleware,
  type RunningServer,
} from '../../demo/server/startServer'
import { expectProblem, json, testServerOptions } from './helpers'

// This file's server keeps its database in a folder, so the last test can restart it.
const dataDir = mkdtempSync(join(tmpdir(), 'ck-demo-data-'))
const staticDir = mkdtempSync(join(tmpdir(), 'ck-demo-static-'))
let server: RunningServer
const url = (path: string) => `${server.url}${path}`

beforeAll(async () => {
  mkdirSync(join(staticDir, 'assets'))
  writeFileSync(
    join(staticDir, 'index.html'),
    '<!doctype html><title>demo</title><div id="root"></div>',
  )
  writeFileSync(join(staticDir, 'assets', 'app.js'), 'console.log("app")')
  server = await startServer({ ...testServerOptions, dataDir })
})
afterAll(async () => {
  await server?.close()
  rmSync(dataDir, { recursive: true, force: true })
  rmSync(staticDir, { recursive: true, force: true })
})

describe('errors are problem details', () => {
  test('an unknown route under /api is a 404 problem', async () => {
    const problem = await expectProblem(await fetch(url('/api/nothing/here')), 404)
    expect(problem.instance).toBe('/api/nothing/here')
    await expectProblem(await fetch(url('/api')), 404)
  })

  test('a known path with another method is 405 with Allow', async () => {
    const res = await fetch(url('/api/docs/release-checklist'), { method: 'DELETE' })
    await expectProblem(res, 405)
    expect(res.headers.get('allow')).toBe('GET, HEAD, PUT')
  })

  test('a body over 2 MB is 413, declared or streamed', async () => {
    const big = JSON.stringify({
      title: 'x',
      tags: [],
      body: 'x'.repeat(2 * 1024 * 1024),
      version: 1,
    })
    const declared = await fetch(url('/api/docs/release-checklist'), json('PUT', big))
    await expectProblem(declared, 413)
    const bytes = new TextEncoder().encode(big)
    const stream = new ReadableStream<Uint8Array>({
      start(controller) {
        for (let i = 0; i < bytes.length; i += 64 * 1024)
          controller.enqueue(bytes.slice(i, i + 64 * 1024))
        controller.close()
      },
    })
    const streamed = await fetch(url('/api/docs/release-checklist'), {
      method: 'PUT',
      headers: { 'content-type': 'application/json' },
      body: stream,
      duplex: 'half',
    } as RequestInit)
    await expectProblem(streamed, 413)
  })

  test('a body that is not JSON by its media type is 415, text/plain and none included', async () => {
    const form = await fetch(url('/api/login'), {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: 'email=a&password=b',
    })
    await expectProblem(form, 415)
    // fetch() labels a string body text/plain unless told otherwise: a cross-site form can too.
    const plain = await fetch(url('/api/login'), {
      method: 'POST',
      body: JSON.stringify({ email: 'ada@example.com', password: 'correct-horse-battery' }),
    })
    await expectProblem(plain, 415)
    const none = await fetch(url('/api/orders/ord-1001/simulate'), { method: 'POST' })
    await expectProblem(none, 415)
    const json = await fetch(url('/api/login'), {
      method: 'POST',
      headers: { 'content-type': 'application/json; charset=utf-8' },
      body: JSON.stringify({ email: 'ada@example.com', password: 'correct-horse-battery' }),
    })
    expect(json.status).toBe(200)
  })

  test('a server failure is a 500 problem without message, SQL or stack', async () => {
    const broken: Db = {
      query: () => Promise.reject(new Error('relation "documents" SECRET-DETAIL does not exist')),
      transaction: () => Promise.reject(new Error('no')),
      close: async () => {},
    }
    const logged = vi.spyOn(console, 'error').mockImplementation(() => {})
    try {
      const res = await createApp(broken).request('/api/docs')
      const problem = await expectProblem(res, 500)
      expect(JSON.stringify(problem)).not.toMatch(/SECRET|relation|Error|\.(ts|js):\d+/)
      expect(logged).toHaveBeenCalled()
    } finally {
      logged.mockRestore()
    }
  })

  test('POST /api/reset is not there without a reset token', async () => {
    const app = createApp(server.db, { scryptCost: testServerOptions.scryptCost })
    const res = await app.request('/api/reset', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
    })
    await expectProblem(res, 404)
  })
})

describe('one origin for the API and the front end', () => {
  test('staticDir serves files, index.html for client-side routes, and leaves /api alone', async () => {
    const site = await startServer({ ...testServerOptions, db: server.db, staticDir })
    try {
      const home = await fetch(`${site.url}/`)
      expect(home.headers.get('content-type')).toMatch(/text\/html/)
      expect(await home.text()).toContain('<div id="root">')
      const route = await fetch(`${site.url}/orders/ord-1001`)
      expect(route.status).toBe(200)
      expect(await route.text()).toContain('<div id="root">')
      const script = await fetch(`${site.url}/assets/app.js`)
      expect(script.headers.get('content-type')).toMatch(/javascript/)
      await expectProblem(await fetch(`${site.url}/assets/missing.js`), 404)
      expect((await fetch(`${site.url}/api/docs`)).headers.get('content-type')).toBe(
        'application/json',
      )
      await expectProblem(await fetch(`${site.url}/api/unknown`), 404)
    } finally {
      await site.close()
    }
  })

  test('a frontend middleware (e.g. Vite) sees every request outside /api and can pass it on', async () => {
    const seen: string[] = []
    const frontend: NodeMiddleware = (req, res, next) => {
      seen.push(req.url ?? '')
      if (req.url === '/hello') return void res.end('from the front end')
      if (req.url === '/boom') return next(new Error('transform failed'))
      next()
    }
    const site = await startServer({ ...testServerOptions, db: server.db, frontend })
    const logged = vi.spyOn(console, 'error').mockImplementation(() => {})
    try {
      expect(await (await fetch(`${site.url}/hello`)).text()).toBe('from the front end')
      expect((await fetch(`${site.url}/api/docs`)).status).toBe(200)
      await expectProblem(await fetch(`${site.url}/nowhere`), 404)
      const boom = await fetch(`${site.url}/boom`)
      expect(boom.status).toBe(500)
      expect(await boom.text()).not.toContain('transform failed')
      expect(seen).toEqual(['/hello', '/nowhere', '/boom'])
    } finally {
      logged.mockRestore()
      await site.close()
    }
  })
})

describe('start-up and shutdown', () => {
  test('serverOptionsFromEnv reads the documented variables', () => {
    expect(
      serverOptionsFromEnv({
        PORT: '4000',
        DEMO_DATA_DIR: '/tmp/d',
        DATABASE_URL: 'postgres://u@h/db',
        DEMO_ENUMERATION_SAFE: '1',
        DEMO_STATIC_DIR: 'dist-demo',
      }),
    ).toEqual({
      port: 4000,
      dataDir: '/tmp/d',
      databaseUrl: 'postgres://u@h/db',
      enumerationSafe: true,
      staticDir: 'dist-demo',
    })
    expect(serverOptionsFromEnv({})).toEqual({})
  })

  test('the CLI prints its URL, serves, and exits cleanly on SIGTERM', async () => {
    const child = spawn(
      process.execPath,
      ['--import', 'tsx', 'demo/server/main.ts', '--port', '0'],
      {
        stdio: ['ignore', 'pipe', 'pipe'],
      },
    )
    let output = ''
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()))
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()))
    const exited = new Promise<number | null>((resolve) =>
      child.on('exit', (code) => resolve(code)),
    )
    try {
      const base = await new Promise<string>((resolve, reject) => {
        child.stdout.on('data', () => {
          const match = /listening on (http:\/\/127\.0\.0\.1:\d+)/.exec(output)
          if (match) resolve(match[1]!)
        })
        void exited.then(() => reject(new Error(`CLI exited early:\n${output}`)))
      })
      expect((await fetch(`${base}/api/orders`)).status).toBe(200)
      child.kill('SIGTERM')
      expect(await exited).toBe(0)
      expect(output).toContain('SIGTERM: shutting down')
    } finally {
      if (child.exitCode === null) child.kill('SIGKILL')
    }
  })

  test('with a data folder, edits survive a restart and seeding does not overwrite them', async () => {
    const before = (await (await fetch(url('/api/docs/onboarding-guide'))).json()) as {
      version: number
    }
    const edit = await fetch(
      url('/api/docs/onboarding-guide/simulate-edit'),
      json('POST', { field: 'title', text: 'Kept' }),
    )
    expect(edit.status).toBe(200)
    const oldUrl = server.url
    await server.close()
    await server.close() // closing twice is harmless
    await expect(fetch(`${oldUrl}/api/docs`)).rejects.toThrow('fetch failed')

    server = await startServer({ ...testServerOptions, dataDir })
    const after = await (await fetch(url('/api/docs/onboarding-guide'))).json()
    expect(after).toMatchObject({ title: 'Kept', version: before.version + 1 })
    expect(((await (await fetch(url('/api/docs'))).json()) as unknown[]).length).toBe(3)
  })
})
