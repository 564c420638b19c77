import { request } from 'node:http'

/** An answer read whole: status, headers and body text. */
export interface RawAnswer {
  status: number
  headers: Record<string, string | string[] | undefined>
  body: string
}

/** Options of `clientRequest`. */
export interface ClientRequestOptions {
  method?: string
  headers?: Record<string, string>
  body?: string
  /**
   * The address the request comes from: another loopback address (`127.0.0.2`) is another
   * client to the server, as another machine would be. Defaults to `127.0.0.1`.
   */
  from?: string
}

/**
 * Sends one HTTP request with `node:http`, which (unlike `fetch`) sends any `Host` header it is
 * given and can choose the local address: a page on a rebound name, or a second client.
 */
export function clientRequest(
  url: string,
  { method = 'GET', headers = {}, body, from = '127.0.0.1' }: ClientRequestOptions = {},
): Promise<RawAnswer> {
  const target = new URL(url)
  return new Promise((resolve, reject) => {
    const req = request(
      {
        host: target.hostname,
        port: target.port,
        path: target.pathname + target.search,
        method,
        headers: { connection: 'close', ...headers },
        localAddress: from,
      },
      (res) => {
        let text = ''
        res.setEncoding('utf8')
        res.on('data', (chunk: string) => (text += chunk))
        res.on('end', () =>
          resolve({ status: res.statusCode ?? 0, headers: res.headers, body: text }),
        )
        res.on('error', reject)
      },
    )
    req.on('error', reject)
    req.end(body)
  })
}

/** A JSON POST as `clientRequest` options. */
export const postJson = (body: unknown, extra: Omit<ClientRequestOptions, 'body'> = {}) => ({
  ...extra,
  method: 'POST',
  headers: { 'content-type': 'application/json', ...extra.headers },
  body: JSON.stringify(body),
})
