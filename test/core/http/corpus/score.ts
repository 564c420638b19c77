// Runs classifyResponse over the corpus and the fixture table and scores kinds and fields.
// Shared by scripts/classifyReport.ts and bench/classify.ts.
import { isDeepStrictEqual } from 'node:util'
import { classifyResponse } from '../../../../src/core/http/classifyResponse'
import type { HttpProblem } from '../../../../src/core/http/types'
import { fixtures, type ResponseFixture } from '../fixtures/responses'
import { later } from './later'
import { corpus, type CorpusEntry } from './responses'
import { isHeldOut } from './split'
import { unseen, type UnseenEntry } from './unseen'

/** Builds the Response a corpus entry or fixture describes. */
export function responseOf(
  entry: Pick<CorpusEntry, 'status' | 'headers' | 'body'> & { statusText?: string },
): Response {
  const headers = new Headers(entry.headers)
  let body: string | null = null
  if (typeof entry.body === 'string') body = entry.body
  else if (entry.body !== undefined) {
    body = JSON.stringify(entry.body)
    if (!headers.has('content-type')) headers.set('content-type', 'application/json')
  }
  return new Response(entry.status === 304 ? null : body, {
    status: entry.status,
    headers,
    ...(entry.statusText === undefined ? {} : { statusText: entry.statusText }),
  })
}

/** Field names compare without case, `_` or `-` (`phone_number` and `phoneNumber` are one field). */
export function sameField(a: string | undefined, b: string | undefined): boolean {
  return a !== undefined && b !== undefined && squashField(a) === squashField(b)
}

function squashField(field: string): string {
  return field.toLowerCase().replace(/[_-]/g, '')
}

/** One corpus entry's outcome. */
export interface EntryResult {
  entry: CorpusEntry
  heldOut: boolean
  problem: HttpProblem
  kindOk: boolean
  /** Undefined when the entry names no field. */
  fieldOk?: boolean
  valueOk?: boolean
}

/** Counts for one part of the corpus. */
export interface PartScore {
  responses: number
  services: number
  kinds: number
  fieldsExpected: number
  fields: number
  valuesExpected: number
  values: number
}

/** Classifies every corpus entry (or the given ones). */
export async function runCorpus(entries: CorpusEntry[] = corpus): Promise<EntryResult[]> {
  const results: EntryResult[] = []
  for (const entry of entries) {
    const problem = (await classifyResponse(responseOf(entry), entry.request)) as HttpProblem
    const result: EntryResult = {
      entry,
      heldOut: isHeldOut(entry.service),
      problem,
      kindOk: problem.kind === entry.expect.kind,
    }
    if (entry.expect.field !== undefined) {
      result.fieldOk = result.kindOk && sameField(problem.field, entry.expect.field)
    }
    if (entry.expect.value !== undefined) {
      result.valueOk = isDeepStrictEqual(problem.value, entry.expect.value)
    }
    results.push(result)
  }
  return results
}

/** One entry of the second held-out set, which also holds 2xx bodies that must read as `null`. */
export interface UnseenResult {
  entry: UnseenEntry
  problem: HttpProblem | null
  kindOk: boolean
  fieldOk?: boolean
}

/** Classifies the second held-out set (unseen.ts); a `null` expectation wants no problem at all. */
export async function runUnseen(entries: UnseenEntry[] = unseen): Promise<UnseenResult[]> {
  const results: UnseenResult[] = []
  for (const entry of entries) {
    const problem = await classifyResponse(responseOf(entry), entry.request)
    const kindOk =
      entry.expect.kind === null ? problem === null : problem?.kind === entry.expect.kind
    const result: UnseenResult = { entry, problem, kindOk }
    if (entry.expect.field !== undefined) {
      result.fieldOk = kindOk && sameField(problem?.field, entry.expect.field)
    }
    results.push(result)
  }
  return results
}

/** Totals for the second held-out set, in the same shape as the corpus parts. */
export function scoreUnseen(results: UnseenResult[]): PartScore {
  return {
    responses: results.length,
    services: new Set(results.map((r) => r.entry.service)).size,
    kinds: results.filter((r) => r.kindOk).length,
    fieldsExpected: results.filter((r) => r.fieldOk !== undefined).length,
    fields: results.filter((r) => r.fieldOk === true).length,
    valuesExpected: 0,
    values: 0,
  }
}

/** Classifies the responses gathered after the rules were written. */
export function runLater(): Promise<EntryResult[]> {
  return runCorpus(later)
}

/** Totals for the entries of one part. */
export function scorePart(results: EntryResult[]): PartScore {
  return {
    responses: results.length,
    services: new Set(results.map((r) => r.entry.service)).size,
    kinds: results.filter((r) => r.kindOk).length,
    fieldsExpected: results.filter((r) => r.fieldOk !== undefined).length,
    fields: results.filter((r) => r.fieldOk === true).length,
    valuesExpected: results.filter((r) => r.valueOk !== undefined).length,
    values: results.filter((r) => r.valueOk === true).length,
  }
}

/** Fixtures of the table that classifyResponse answers exactly as the fixture says. */
export async function runFixtures(): Promise<{
  total: number
  passing: number
  failing: string[]
}> {
  const failing: string[] = []
  for (const f of fixtures) {
    const problem = await classifyResponse(responseOf(f), f.request)
    if (!fixtureHolds(f, problem)) failing.push(`${f.status} ${f.source}: ${f.name}`)
  }
  return { total: fixtures.length, passing: fixtures.length - failing.length, failing }
}

function fixtureHolds(f: ResponseFixture, problem: HttpProblem | null): boolean {
  if (f.expected === null) return problem === null
  if (problem === null) return false
  for (const [key, want] of Object.entries(f.expected)) {
    if (!isDeepStrictEqual(problem[key as keyof HttpProblem], want)) return false
  }
  return (f.absent ?? []).every((key) => !(key in problem))
}
