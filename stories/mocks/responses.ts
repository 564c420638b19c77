/** A JSON answer with the given status and extra headers. */
export function jsonResponse(body: unknown, status = 200, headers: HeadersInit = {}): Response {
  const all = new Headers(headers)
  if (!all.has('content-type')) all.set('content-type', 'application/json')
  return new Response(JSON.stringify(body), { status, headers: all })
}

/** An RFC 9457 problem details answer (`application/problem+json`). */
export function problemResponse(
  body: { title: string; status: number } & Record<string, unknown>,
  headers: HeadersInit = {},
): Response {
  const all = new Headers(headers)
  all.set('content-type', 'application/problem+json')
  return jsonResponse(body, body.status, all)
}

/** Reads a JSON object body; null for anything else (the caller answers 400). */
export async function readJsonObject(request: Request): Promise<Record<string, unknown> | null> {
  try {
    const body: unknown = await request.json()
    return body && typeof body === 'object' && !Array.isArray(body)
      ? (body as Record<string, unknown>)
      : null
  } catch {
    return null
  }
}

/** The 400 every store gives a body that is not a JSON object. */
export const notJsonObject = () =>
  problemResponse({ title: 'The body must be a JSON object', status: 400 })
