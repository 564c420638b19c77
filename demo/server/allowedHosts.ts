import { problemResponse, problemTypes } from './problem'

/** The names a server on the loopback interface is reached by. */
export const loopbackNames = ['127.0.0.1', 'localhost', '[::1]'] as const

/** What decides the `Host` values a listening server answers to. */
export interface AllowedHostsInput {
  /** The port the server listens on. */
  port: number
  /** The interface it listens on (a name or address); added when it is not a wildcard. */
  listenHost?: string
  /** Origins the app accepts writes from (behind a proxy, its public origin): their hosts. */
  allowedOrigins?: readonly string[]
  /** Further `Host` values, as `name` or `name:port`. */
  allowedHosts?: readonly string[]
}

/**
 * The `Host` header values a server answers to, lowercased: the loopback names (and the
 * interface it listens on) with its port, the hosts of `allowedOrigins`, and `allowedHosts`.
 * A page on any other name, even one that resolves to this machine (DNS rebinding), is refused.
 */
export function allowedHostsFor(input: AllowedHostsInput): Set<string> {
  const names: string[] = [...loopbackNames]
  const listen = input.listenHost?.toLowerCase()
  if (listen && listen !== '0.0.0.0' && listen !== '::' && listen !== '[::]') {
    names.push(listen.includes(':') && !listen.startsWith('[') ? `[${listen}]` : listen)
  }
  const hosts = new Set<string>()
  for (const name of names) {
    hosts.add(`${name}:${input.port}`)
    // A browser leaves out the port when it is the scheme's default.
    if (input.port === 80) hosts.add(name)
  }
  for (const origin of input.allowedOrigins ?? []) {
    try {
      hosts.add(new URL(origin).host.toLowerCase())
    } catch {
      // not a URL: it cannot match any Origin either
    }
  }
  for (const host of input.allowedHosts ?? []) hosts.add(host.toLowerCase())
  return hosts
}

/** Whether a request's `Host` header is one of `allowed`. A missing `Host` is not. */
export function isAllowedHost(host: string | undefined, allowed: ReadonlySet<string>): boolean {
  return host !== undefined && allowed.has(host.toLowerCase())
}

/** The 421 answer to a request for a host this server is not (DNS rebinding, a stray proxy). */
export function unknownHost(instance: string): Response {
  return problemResponse({
    type: problemTypes.unknownHost,
    title: 'Unknown host',
    status: 421,
    detail: 'This server does not answer to that host name. Nothing was read or changed.',
    instance,
    code: 'unknown_host',
  })
}
