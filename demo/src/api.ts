/** Shapes of the demo server's resources. */
export interface Doc {
  id: string
  title: string
  tags: string[]
  body: string
  version: number
  updatedAt: string
  /** Who wrote last (null: nobody since the seed). */
  updatedBy: string | null
}

export interface Order {
  id: string
  customer: string
  items: { sku: string; name: string; quantity: number; priceCents: number }[]
  totalCents: number
  state: 'placed' | 'shipped' | 'delivered' | 'cancelled'
  allowedActions: string[]
}

/** The server's configuration the front end follows (`GET /api/settings`). */
export interface Settings {
  enumerationSafe: boolean
  demoMailbox: boolean
}

/** POSTs JSON and hands the Response back untouched: the kit reads it. */
export function postJson(url: string, body: unknown): Promise<Response> {
  return fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/json' },
    body: JSON.stringify(body),
  })
}

/** GETs JSON or throws the Response (TanStack Query shows it as an error). */
export async function getJson<T>(url: string): Promise<T> {
  const res = await fetch(url, { headers: { accept: 'application/json' } })
  if (!res.ok) throw res
  return (await res.json()) as T
}
