// A route handler on the server that uses the core (no React).
import { classifyResponse, mergeValues } from 'react-conflict-kit/core'

export async function GET() {
  const merge = mergeValues({ a: 1, b: 1 }, { a: 2, b: 1 }, { a: 1, b: 3 })
  const problem = await classifyResponse(
    new Response(JSON.stringify({ title: 'Already exists', code: 'user_exists' }), {
      status: 409,
      headers: { 'content-type': 'application/problem+json' },
    }),
    { method: 'POST' },
  )
  return Response.json({ merged: merge.merged, clean: merge.clean, kind: problem?.kind })
}
