// In development, one console hint for each answer the reading could only place by its status:
// it names the rule that would settle it, so the app can declare what its server means.
import type { HttpProblem } from './types'

const seen = new Set<string>()
const MAX_HINTS = 50

function isDevelopment(): boolean {
  const env = (globalThis as { process?: { env?: Record<string, string | undefined> } }).process
    ?.env
  return env?.NODE_ENV === 'development'
}

/** Logs one hint per status and code (or sentence) when `problem` was decided by the status alone. */
export function hintIfGuessed(problem: HttpProblem): void {
  if (problem.evidence?.by !== 'status' || problem.status < 400 || !isDevelopment()) return
  const said = problem.code ?? (problem.title.length <= 80 ? problem.title : undefined)
  const key = `${problem.status} ${said ?? ''}`
  if (seen.has(key) || seen.size >= MAX_HINTS) return
  seen.add(key)
  const condition =
    problem.code !== undefined
      ? `code: '${problem.code}'`
      : said !== undefined
        ? `message: ${JSON.stringify(said)}`
        : `path: '…', equals: …`
  console.warn(
    `react-conflict-kit: a ${problem.status} was read as '${problem.kind}' from its status alone. ` +
      `If your server means something specific here, declare it: ` +
      `rules: [{ status: ${problem.status}, ${condition}, kind: 'duplicate' | 'stale' | 'state' | 'busy' }]`,
  )
}
