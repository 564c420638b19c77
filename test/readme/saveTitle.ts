import { classifyResponse } from 'react-conflict-kit/core'

// The core classifies any failed response, in Node or a browser, without React.
export async function saveTitle(url: string, etag: string, title: string) {
  const headers = { 'content-type': 'application/json', 'if-match': etag }
  const res = await fetch(url, { method: 'PATCH', headers, body: JSON.stringify({ title }) })
  const problem = await classifyResponse(res, { method: 'PATCH', headers })
  // null for a success; else { status: 412, kind: 'stale', title, currentVersion, current, ... }
  if (problem?.kind === 'stale') return { saved: false, theirs: problem.current } as const
  if (problem) throw new Error(problem.title)
  return { saved: true, etag: res.headers.get('etag') } as const
}
