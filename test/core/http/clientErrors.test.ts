// problemFromError against the real clients, each failing on a real answer from a local server
// (127.0.0.1, started and stopped here): the error objects are the ones the libraries build.
import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { ApolloClient, HttpLink, InMemoryCache, gql } from '@apollo/client'
import { createTRPCClient, httpLink } from '@trpc/client'
import { TRPCError, initTRPC } from '@trpc/server'
import { createHTTPHandler } from '@trpc/server/adapters/standalone'
import { cacheExchange, createClient, fetchExchange } from '@urql/core'
import axios from 'axios'
import { GraphQLClient } from 'graphql-request'
import ky from 'ky'
import { ofetch } from 'ofetch'
import { problemFromError } from '../../../src/core/http/problemError'
import { loadLanguages } from '../../../src/core/http/lexicon'

const t = initTRPC.create()
const router = t.router({
  cancel: t.procedure.mutation(() => {
    throw new TRPCError({
      code: 'CONFLICT',
      message: 'The order has shipped, it can no longer be cancelled',
    })
  }),
})
const trpcHandler = createHTTPHandler({ router, basePath: '/trpc/' })

const duplicate = {
  code: 'user_exists',
  message: 'A user with this email already exists',
  field: 'email',
}
const graphqlDuplicate = {
  data: { createUser: null },
  errors: [
    {
      message: 'Email address in use',
      path: ['createUser'],
      extensions: { code: 'DUPLICATE_EMAIL' },
    },
  ],
}

let server: Server
let base = ''
beforeAll(async () => {
  await loadLanguages()
  server = createServer((req, res) => {
    if (req.url?.startsWith('/trpc/')) return void trpcHandler(req, res)
    req.resume()
    req.on('end', () => {
      const send = (status: number, body: unknown) => {
        res.writeHead(status, { 'content-type': 'application/json' })
        res.end(JSON.stringify(body))
      }
      if (req.url === '/rest/signup') send(409, duplicate)
      else if (req.url === '/graphql') send(200, graphqlDuplicate)
      else if (req.url === '/graphql-409')
        send(409, {
          errors: [{ message: 'Version mismatch: the document was modified by someone else' }],
        })
      else send(404, { message: 'not found' })
    })
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
})
afterAll(async () => {
  await new Promise((resolve) => server.close(resolve))
})

async function thrown(run: () => Promise<unknown>): Promise<unknown> {
  try {
    await run()
  } catch (error) {
    return error
  }
  throw new Error('the client did not throw')
}

const MUTATION = 'mutation { createUser(email: "a@b.c") { id } }'

test('axios: AxiosError with the response it parsed', async () => {
  const error = await thrown(() => axios.post(`${base}/rest/signup`, { email: 'a@b.c' }))
  expect(problemFromError(error)).toMatchObject({
    status: 409,
    kind: 'duplicate',
    field: 'email',
    code: 'user_exists',
  })
})

test('ofetch: FetchError with its parsed data', async () => {
  const error = await thrown(() => ofetch(`${base}/rest/signup`, { method: 'POST', body: {} }))
  expect(problemFromError(error)).toMatchObject({ status: 409, kind: 'duplicate', field: 'email' })
})

test('ky: HTTPError carries the Response; its status and headers are read', async () => {
  const error = await thrown(() => ky.post(`${base}/rest/signup`, { json: {}, retry: 0 }))
  const problem = problemFromError(error)
  // The body of a fetch Response cannot be read synchronously: classifyResponse(error.response)
  // reads it (asynchronously) to the full answer.
  expect(problem.status).toBe(409)
  expect(problem.evidence?.by).toBe('status')
})

test('graphql-request: ClientError of a 200 answer with errors', async () => {
  const error = await thrown(() => new GraphQLClient(`${base}/graphql`).request(MUTATION))
  expect(problemFromError(error)).toMatchObject({
    status: 200,
    kind: 'duplicate',
    field: 'email',
    evidence: { envelope: 'graphql' },
  })
})

test('Apollo Client 4: CombinedGraphQLErrors and ServerError', async () => {
  const client = (uri: string) =>
    new ApolloClient({ link: new HttpLink({ uri }), cache: new InMemoryCache() })
  const graphqlError = await thrown(() =>
    client(`${base}/graphql`).mutate({ mutation: gql(MUTATION) }),
  )
  expect((graphqlError as Error).name).toBe('CombinedGraphQLErrors')
  expect(problemFromError(graphqlError)).toMatchObject({ kind: 'duplicate', field: 'email' })
  const serverError = await thrown(() =>
    client(`${base}/graphql-409`).mutate({ mutation: gql(MUTATION) }),
  )
  expect((serverError as Error).name).toBe('ServerError')
  expect(problemFromError(serverError)).toMatchObject({ status: 409, kind: 'stale' })
})

test('urql: CombinedError with graphQLErrors', async () => {
  const client = createClient({ url: `${base}/graphql`, exchanges: [cacheExchange, fetchExchange] })
  const result = await client.mutation(MUTATION, {}).toPromise()
  expect(result.error?.name).toBe('CombinedError')
  expect(problemFromError(result.error)).toMatchObject({ kind: 'duplicate', field: 'email' })
})

test('tRPC: TRPCClientError with data.code CONFLICT and httpStatus', async () => {
  const client = createTRPCClient<typeof router>({ links: [httpLink({ url: `${base}/trpc` })] })
  const error = await thrown(() => client.cancel.mutate())
  expect((error as Error).name).toBe('TRPCClientError')
  expect(problemFromError(error)).toMatchObject({ status: 409, kind: 'state' })
})

test('rules reach problemFromError', async () => {
  const error = await thrown(() => axios.post(`${base}/rest/signup`, {}))
  const problem = problemFromError(error, { rules: [{ code: 'user_exists', kind: 'state' }] })
  expect(problem).toMatchObject({ kind: 'state', evidence: { by: 'rule', value: '0' } })
})
