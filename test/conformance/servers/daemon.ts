// Runs a third-party server in the foreground as a child of the suite, on 127.0.0.1, and stops
// it by its own PID: nothing else on the machine is touched.
import { spawn, type ChildProcess } from 'node:child_process'
import { execFileSync } from 'node:child_process'
import { existsSync } from 'node:fs'
import { createServer } from 'node:net'

/** A running server: where it answers and how to stop it. */
export interface Daemon {
  origin: string
  stop: () => Promise<void>
}

async function isFree(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const probe = createServer()
    probe.once('error', () => resolve(false))
    probe.listen(port, '127.0.0.1', () => probe.close(() => resolve(true)))
  })
}

/** The first free port of a range on 127.0.0.1. */
export async function freePort(from: number, to: number): Promise<number> {
  for (let port = from; port <= to; port++) if (await isFree(port)) return port
  throw new Error(`no free port in ${from}-${to}`)
}

/** True when every one of `paths` exists (the Debian packages a server needs are installed). */
export const installed = (...paths: string[]) => paths.every((p) => existsSync(p))

/** The uid and gid of a system user (servers that refuse to run as root). */
export function userIds(name: string): { uid: number; gid: number } {
  const id = (flag: string) => Number(execFileSync('id', [flag, name], { encoding: 'utf8' }).trim())
  return { uid: id('-u'), gid: id('-g') }
}

/** Starts `command` in the foreground; its output is kept for the error when it will not start. */
export function spawnServer(
  command: string,
  args: string[],
  options: { cwd?: string; env?: NodeJS.ProcessEnv; uid?: number; gid?: number } = {},
): { child: ChildProcess; output: () => string } {
  const child = spawn(command, args, {
    cwd: options.cwd,
    env: { ...process.env, ...options.env },
    stdio: ['ignore', 'pipe', 'pipe'],
    ...(options.uid === undefined ? {} : { uid: options.uid, gid: options.gid }),
  })
  let log = ''
  const keep = (chunk: Buffer) => {
    log = (log + chunk.toString()).slice(-4000)
  }
  child.stdout?.on('data', keep)
  child.stderr?.on('data', keep)
  return { child, output: () => log }
}

/** Waits until `ready` resolves true, the child exits, or `ms` pass. */
export async function waitReady(
  child: ChildProcess,
  output: () => string,
  ready: () => Promise<boolean>,
  what: string,
  ms = 20_000,
): Promise<void> {
  const until = Date.now() + ms
  for (;;) {
    if (child.exitCode !== null || child.signalCode !== null) {
      throw new Error(`${what} exited (${child.exitCode ?? child.signalCode}): ${output()}`)
    }
    if (await ready().catch(() => false)) return
    if (Date.now() > until) throw new Error(`${what} did not start: ${output()}`)
    await new Promise((r) => setTimeout(r, 100))
  }
}

/** True once something answers HTTP at `url`. */
export const answers = (url: string) => async () => {
  await fetch(url, { method: 'GET', signal: AbortSignal.timeout(2000) })
  return true
}

/** Stops a child by its PID (TERM, then KILL after a few seconds) and waits for its exit. */
export async function stopChild(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null || child.pid === undefined) return
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()))
  process.kill(child.pid, 'SIGTERM')
  const timer = setTimeout(() => {
    if (child.pid !== undefined && child.exitCode === null) process.kill(child.pid, 'SIGKILL')
  }, 5000)
  await exited
  clearTimeout(timer)
}
