// Renders the drop-in components and the hooks on the server with the React the fresh project
// installed (`react-dom/server`), as SSR frameworks do. Fails on any console error or warning
// (React 18 warns about every useLayoutEffect on the server) and on markup without the kit's
// class names. Run by scripts/checkPackage.ts inside each fresh project.
import { QueryClient, QueryClientProvider } from '@tanstack/react-query'
import { createElement as h, version } from 'react'
import { renderToString } from 'react-dom/server'
import {
  ConflictResolver,
  DiffView,
  SignupConflictPrompt,
  StaleBanner,
  StateConflictNotice,
  useConflictAction,
  useOptimisticResource,
  useSignupConflict,
} from 'react-conflict-kit'

const said = []
for (const level of ['error', 'warn']) {
  console[level] = (...args) => said.push(`console.${level}: ${args.map(String).join(' ')}`)
}

const problem = { status: 409, kind: 'state', title: 'Order already shipped', raw: null }
const base = { title: 'Draft', price: 10 }
const conflict = {
  base,
  mine: { title: 'Mine', price: 10 },
  theirs: { title: 'Theirs', price: 12 },
  merged: { title: 'Theirs', price: 12 },
  conflicts: [{ path: ['title'], base: 'Draft', mine: 'Mine', theirs: 'Theirs' }],
  changes: [{ path: ['price'], from: 'theirs' }],
  problem: { status: 412, kind: 'stale', title: 'Precondition Failed', raw: null },
  theirsVersion: '"v2"',
}
const signup = {
  status: 'duplicate',
  identifier: 'a@b.com',
  field: 'email',
  loginHref: '/login',
  login: () => {},
  chooseAnother: () => {},
  resetPasswordHref: null,
  resetPassword: () => {},
  isEnumerationSafe: false,
  message: null,
}

function Editor() {
  const doc = useOptimisticResource({
    queryKey: ['doc', 1],
    url: 'http://127.0.0.1:9/doc/1',
    draftScope: 'ada',
  })
  const join = useSignupConflict({ submit: async () => new Response(null, { status: 201 }) })
  const cancel = useConflictAction({ action: async () => new Response(null, { status: 204 }) })
  return h(
    'div',
    { className: 'editor', 'data-status': `${doc.status} ${join.status} ${cancel.status}` },
    h(StaleBanner, { resource: doc }),
    h(ConflictResolver, { resource: doc }),
  )
}

const cases = [
  ['StaleBanner', h(StaleBanner, { isStale: true })],
  ['StateConflictNotice', h(StateConflictNotice, { problem, currentState: 'shipped' })],
  ['SignupConflictPrompt', h(SignupConflictPrompt, { signup })],
  ['DiffView', h(DiffView, { original: 'one\ntwo\n', modified: 'one\n2\n' })],
  ['ConflictResolver', h(ConflictResolver, { conflict, onResolve: () => {} })],
  [
    'editor',
    h(QueryClientProvider, { client: new QueryClient() }, h(Editor)),
    'data-status="pending idle idle"',
  ],
]

const failures = []
for (const [name, element, expected = `ck-${name}`] of cases) {
  const html = renderToString(element)
  if (!html.includes(expected)) failures.push(`${name}: no ${expected} in ${html.slice(0, 200)}`)
}
failures.push(...said)
if (failures.length > 0) {
  console.log(`SSR on React ${version} failed:\n${failures.join('\n')}`)
  process.exit(1)
}
console.log(`SSR on React ${version}: ${cases.length} renders, no warnings`)
