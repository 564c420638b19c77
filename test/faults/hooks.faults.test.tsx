// @vitest-environment jsdom
/**
 * Fault suite for `useOptimisticResource` (jsdom). The hook talks over real sockets to a
 * fault proxy on 127.0.0.1, which forwards to an msw-served model resource; HTTP-level faults
 * come from msw, connection-level ones (refused, reset mid-body, no answer) from the proxy.
 * Every fault: the draft survives (in the hook and in the draft store), the error reads as
 * text, no promise rejection escapes, and a following normal save goes through.
 */
import { QueryClient, QueryClientProvider } from '@tanstack/react-query'
import { act, renderHook, waitFor } from '@testing-library/react'
import { HttpResponse } from 'msw'
import { setupServer } from 'msw/node'
import type { ReactNode } from 'react'
import { currentDraftSession, draftAddressKey } from '../../src/core/draft/draftSlot'
import { createDraftStore, createMemoryStorage, draftKey } from '../../src/core/draft/draftStore'
import type { SaveOutcome } from '../../src/hooks/types'
import { useOptimisticResource } from '../../src/hooks/useOptimisticResource'
import { faultTally } from './faultTally'
import { htmlPage, startFaultProxy, type FaultProxy } from './faultProxy'
import { modelResource, type FaultDoc } from './modelResource'
import { collectUnhandledRejections, titleFault } from './rejections'

const ORIGIN = 'http://localhost:3000'
const PATH = '/api/docs/1'
const initial: FaultDoc = { title: 'Plan', tags: ['a'], body: 'one\ntwo\nthree\n' }

const msw = setupServer()
let proxy: FaultProxy
const rejections = collectUnhandledRejections()
const tally = faultTally('hooks, jsdom + msw')

beforeAll(async () => {
  // Requests to the proxy go out over the network; the proxy's own fetch to ORIGIN meets msw.
  msw.listen({
    onUnhandledRequest: (req, print) => {
      if (new URL(req.url).hostname !== '127.0.0.1') print.error()
    },
  })
  proxy = await startFaultProxy(ORIGIN)
})
afterEach(() => {
  msw.resetHandlers()
  proxy.heal()
})
afterAll(async () => {
  await proxy.close()
  msw.close()
})

type Resource = ReturnType<typeof modelResource>
type Expected = SaveOutcome['status']

interface FaultCase {
  name: string
  /** Makes the next save misbehave. */
  arm: (r: Resource) => void | Promise<void>
  /** What the faulty save comes to. */
  expected: Expected
  /** The problem's HTTP status (0: no answer), when the save failed or conflicted. */
  status?: number
  /** Puts things right before the follow-up save. Defaults to `proxy.heal()`. */
  heal?: () => void | Promise<void>
  /** A timeout of the app's own: the write goes through `save` with `AbortSignal.timeout`. */
  timeoutMs?: number
  /** The server stored the write although the client never heard so. */
  storedAnyway?: boolean
  /** How the server writes ETags when the hook loads. Defaults to `'strong'`. */
  etagAtLoad?: 'weak'
}

const emptyConflict = () => new HttpResponse(null, { status: 409 })
const html = (status: number, title: string) => () => {
  const page = htmlPage(status, title)
  if (page.type !== 'respond') throw new Error('htmlPage answers')
  return new HttpResponse(page.body as string, { status, headers: page.headers })
}

const cases: FaultCase[] = [
  {
    name: 'connection refused (server down), until it is back',
    arm: () => proxy.stop(),
    heal: () => proxy.start(),
    expected: 'error',
    status: 0,
  },
  {
    name: 'reset mid-body before the write reached the server (the retry goes through)',
    arm: () => proxy.arm('PUT', { type: 'reset-mid-body', forward: false }),
    expected: 'success',
  },
  {
    name: 'reset mid-body after the server stored the write',
    arm: () => proxy.arm('PUT', { type: 'reset-mid-body', forward: true }),
    storedAnyway: true,
    // the retry finds the server already holds the draft: saved, nothing to decide
    expected: 'success',
  },
  {
    name: 'timeout: the server never answers (AbortSignal.timeout in save)',
    arm: () => proxy.arm('PUT', { type: 'hang' }, true),
    expected: 'error',
    status: 0,
    timeoutMs: 300,
  },
  {
    name: '500 with an HTML page',
    arm: (r) => r.queue('PUT', html(500, 'Internal Server Error')),
    expected: 'error',
    status: 500,
  },
  {
    name: '502 with an HTML page',
    arm: (r) => r.queue('PUT', html(502, 'Bad Gateway')),
    expected: 'error',
    status: 502,
  },
  {
    name: '503 with an HTML page',
    arm: (r) => r.queue('PUT', html(503, 'Service Unavailable')),
    expected: 'error',
    status: 503,
  },
  {
    name: '409 with an empty body',
    arm: (r) => r.queue('PUT', emptyConflict),
    // The server holds the base: one retry with the version just read goes through.
    expected: 'success',
  },
  {
    name: '409 with an invalid JSON body',
    arm: (r) =>
      r.queue(
        'PUT',
        () =>
          new HttpResponse('{"title": "Conflict", "current": {', {
            status: 409,
            headers: { 'content-type': 'application/problem+json' },
          }),
      ),
    // The server holds the base: one retry with the version just read goes through.
    expected: 'success',
  },
  {
    name: '409 with a 20 MB body',
    arm: (r) =>
      r.queue(
        'PUT',
        () =>
          new HttpResponse(`{"title":"Conflict","detail":"${'x'.repeat(20 * 1024 * 1024)}"}`, {
            status: 409,
            headers: { 'content-type': 'application/problem+json' },
          }),
      ),
    // The server holds the base: one retry with the version just read goes through.
    expected: 'success',
  },
  {
    name: '412 without an ETag or body',
    arm: (r) => r.queue('PUT', () => new HttpResponse(null, { status: 412 })),
    // The server holds the base: one retry with the version just read goes through.
    expected: 'success',
  },
  {
    name: 'ETag format changes: weak at load, strong afterwards',
    etagAtLoad: 'weak',
    arm: (r) => void (r.state.etagFormat = 'strong'),
    expected: 'success',
  },
  {
    name: 'ETag format changes: quoted at load, unquoted afterwards',
    arm: (r) => void (r.state.etagFormat = 'unquoted'),
    // only the version's spelling moved: re-sent against it without a review
    expected: 'success',
  },
  {
    name: 'server restarts between load and save',
    arm: async () => {
      await proxy.stop()
      await proxy.start()
    },
    expected: 'success',
  },
]

function newClient() {
  return new QueryClient({ defaultOptions: { queries: { retry: false, gcTime: Infinity } } })
}

/**
 * One fault, start to finish: load, edit, the faulty save, then the checks every fault owes
 * (draft kept in the hook and the store, readable problem, no stray rejection), healing, and
 * saves that must go through again. Module-level so that its per-outcome checks read as one
 * flow (the test body itself holds no conditional expectations).
 */
async function runFault(c: FaultCase): Promise<void> {
  const survived = tally.tried(c.name).survived
  const resource = modelResource(`${ORIGIN}${PATH}`, initial)
  if (c.etagAtLoad) resource.state.etagFormat = c.etagAtLoad
  msw.use(...resource.handlers)
  const url = `${proxy.url}${PATH}`
  const store = createDraftStore({ storage: createMemoryStorage() })
  const queryKey = ['doc', c.name]
  const client = newClient()
  const wrapper = ({ children }: { children: ReactNode }) => (
    <QueryClientProvider client={client}>{children}</QueryClientProvider>
  )
  const { result, unmount } = renderHook(
    () =>
      useOptimisticResource<FaultDoc>({
        queryKey,
        url,
        persistDraft: store,
        merge: { text: ['body'] },
        save: c.timeoutMs
          ? ({ value, version, signal }) =>
              fetch(url, {
                method: 'PUT',
                headers: {
                  'content-type': 'application/json',
                  ...(version ? { 'if-match': version } : {}),
                },
                body: JSON.stringify(value),
                signal: AbortSignal.any([signal, AbortSignal.timeout(c.timeoutMs ?? 0)]),
              })
          : undefined,
      }),
    { wrapper },
  )
  await waitFor(() => expect(result.current.status).toBe('success'))
  // This tab's slot of the resource: where the hook persists the draft.
  const slotKey = draftAddressKey({
    scope: null,
    resource: draftKey(queryKey),
    session: currentDraftSession(),
  })
  const mine = `Mine: ${c.name}`
  act(() => result.current.setDraft((d) => ({ ...d, title: mine })))
  const edited = result.current.draft

  await c.arm(resource)
  let outcome: SaveOutcome | undefined
  await act(async () => {
    outcome = await result.current.save()
  })
  const saved = c.expected === 'success'
  const shown = result.current.conflict?.problem ?? result.current.problem
  expect({
    outcome: outcome?.status,
    draft: result.current.draft,
    persisted: store.load<FaultDoc>(slotKey)?.draft ?? null,
    onServer: resource.state.value.title,
    status: shown?.status,
    titleFault: saved ? null : titleFault(shown),
  }).toEqual({
    outcome: c.expected,
    draft: edited,
    // A stored save clears the persisted draft; any other outcome must keep it.
    persisted: saved ? null : edited,
    onServer: saved || c.storedAnyway ? mine : initial.title,
    status: c.status,
    titleFault: null,
  })
  expect(await rejections.take()).toEqual([])

  await (c.heal ?? proxy.heal)()
  let next: SaveOutcome = {
    status: 'success',
    data: { value: initial, version: null },
    problem: null,
  }
  await act(async () => {
    const now = result.current
    if (now.phase === 'conflict') next = await now.resolve(now.conflict.merged)
    else if (now.phase === 'failed') next = await now.save()
  })
  expect(next.status).toBe('success')
  expect(result.current).toMatchObject({ status: 'success', phase: 'viewing' })
  expect(resource.state.value.title).toBe(mine)
  expect(store.load(slotKey)).toBeNull()
  // And the app keeps working: one more ordinary edit and save.
  act(() => result.current.setDraft((d) => ({ ...d, tags: [...d.tags, 'after'] })))
  let last: SaveOutcome | undefined
  await act(async () => {
    last = await result.current.save()
  })
  expect(last?.status).toBe('success')
  expect(resource.state.value).toMatchObject({ title: mine, tags: ['a', 'after'] })
  expect(await rejections.take()).toEqual([])
  unmount()
  survived()
}

describe('useOptimisticResource under faults', () => {
  it.each(cases)('$name', (c) => runFault(c))
})
