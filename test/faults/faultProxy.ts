/**
 * A real HTTP server on 127.0.0.1 in front of an origin (the demo server, or an msw-served
 * resource: the proxy's own fetch is intercepted like any other in the test process). It
 * passes requests through until a fault is armed: refuse connections (stopped, same port),
 * cut the response mid-body, never answer, answer with a canned response, or rewrite ETags.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http'
import type { AddressInfo, Socket } from 'node:net'

/** A one-shot or lasting misbehaviour of the next matching request. */
export type Fault =
  /** Headers and half the body, then the socket is destroyed. `forward`: the origin saw it first. */
  | { type: 'reset-mid-body'; forward: boolean }
  /** Accepts the request and never answers. */
  | { type: 'hang' }
  /** Answers this instead of the origin. */
  | {
      type: 'respond'
      status: number
      headers?: Record<string, string>
      body?: string | (() => Iterable<string>)
    }

interface Armed {
  fault: Fault
  method: string
  /** Stays armed until `heal()`. */
  lasting: boolean
}

const hopByHop = new Set([
  'connection',
  'keep-alive',
  'transfer-encoding',
  'content-length',
  'content-encoding',
])

/** Starts a proxy to `origin` (scheme://host:port) on a free port of 127.0.0.1. */
export async function startFaultProxy(origin: string) {
  const sockets = new Set<Socket>()
  const hanging = new Set<Socket>()
  let armed: Armed | null = null
  let etagRewrite: ((etag: string) => string) | null = null
  let port = 0

  async function forward(req: IncomingMessage, body: Buffer) {
    const headers = new Headers()
    for (const [k, v] of Object.entries(req.headers)) {
      if (typeof v === 'string' && !hopByHop.has(k) && k !== 'host') headers.set(k, v)
    }
    return fetch(`${origin}${req.url}`, {
      method: req.method,
      headers,
      body: ['GET', 'HEAD'].includes(req.method ?? 'GET') ? undefined : new Uint8Array(body),
    })
  }

  async function reply(res: ServerResponse, upstream: Response) {
    const headers: Record<string, string> = {}
    upstream.headers.forEach((v, k) => {
      if (!hopByHop.has(k)) headers[k] = k === 'etag' && etagRewrite ? etagRewrite(v) : v
    })
    const text = Buffer.from(await upstream.arrayBuffer())
    res.writeHead(upstream.status, { ...headers, 'content-length': String(text.length) })
    res.end(text)
  }

  async function handle(req: IncomingMessage, res: ServerResponse) {
    const chunks: Buffer[] = []
    for await (const chunk of req) chunks.push(chunk as Buffer)
    const body = Buffer.concat(chunks)
    const fault = armed && armed.method === req.method ? armed : null
    if (fault && !fault.lasting) armed = null
    if (!fault) return reply(res, await forward(req, body))
    const f = fault.fault
    if (f.type === 'hang') return void hanging.add(req.socket)
    if (f.type === 'reset-mid-body') {
      const full = f.forward
        ? Buffer.from(await (await forward(req, body)).arrayBuffer())
        : Buffer.from(JSON.stringify({ title: 'x'.repeat(2000), body: 'y'.repeat(2000) }))
      res.writeHead(200, {
        'content-type': 'application/json',
        'content-length': String(full.length),
      })
      res.write(full.subarray(0, full.length >> 1), () => req.socket.destroy())
      return
    }
    res.on('error', () => undefined)
    res.writeHead(f.status, f.headers ?? {})
    if (typeof f.body === 'function') {
      for (const piece of f.body()) {
        if (res.destroyed) return
        if (!res.write(piece))
          await new Promise((resolve) => res.once('drain', resolve).once('close', resolve))
      }
      res.end()
    } else res.end(f.body ?? '')
  }

  const server: Server = createServer((req, res) => {
    handle(req, res).catch(() => {
      if (!res.headersSent) res.writeHead(502).end()
      else res.destroy()
    })
  })
  server.on('connection', (socket) => {
    sockets.add(socket)
    socket.on('close', () => sockets.delete(socket))
  })

  const listen = () =>
    new Promise<void>((resolve, reject) => {
      server.once('error', reject)
      server.listen(port, '127.0.0.1', () => {
        server.off('error', reject)
        port = (server.address() as AddressInfo).port
        resolve()
      })
    })
  const stop = () =>
    new Promise<void>((resolve) => {
      server.close(() => resolve())
      for (const s of sockets) s.destroy()
    })
  await listen()

  return {
    url: `http://127.0.0.1:${port}`,
    /** The next `method` request misbehaves (every one, when `lasting`, until `heal()`). */
    arm(method: string, fault: Fault, lasting = false) {
      armed = { fault, method, lasting }
    },
    /** Rewrites every ETag header the origin sends, until `heal()`. */
    rewriteEtags(rewrite: (etag: string) => string) {
      etagRewrite = rewrite
    },
    /** Clears faults and drops hanging requests. */
    heal() {
      armed = null
      etagRewrite = null
      for (const s of hanging) s.destroy()
      hanging.clear()
    },
    /** Stops listening: connections to the port are refused until `start()`. */
    stop,
    /** Listens again on the same port. */
    start: listen,
    close: stop,
  }
}

export type FaultProxy = Awaited<ReturnType<typeof startFaultProxy>>

/** An HTML error page like a proxy or load balancer sends. */
export function htmlPage(status: number, title: string): Fault {
  return {
    type: 'respond',
    status,
    headers: { 'content-type': 'text/html; charset=utf-8' },
    body: `<!DOCTYPE html><html><head><title>${status} ${title}</title></head><body><center><h1>${status} ${title}</h1></center><hr><center>nginx</center></body></html>`,
  }
}

/** A 409 whose body is 20 MB of JSON-looking text, streamed. */
export function hugeConflict(): Fault {
  const chunk = 'x'.repeat(64 * 1024)
  return {
    type: 'respond',
    status: 409,
    headers: { 'content-type': 'application/problem+json' },
    body: function* () {
      yield '{"type":"about:blank","title":"Conflict","detail":"'
      for (let sent = 0; sent < 20 * 1024 * 1024; sent += chunk.length) yield chunk
      yield '"}'
    },
  }
}
