import { HttpResponse, http } from 'msw'
import { mswServer } from '../hooks/harness'
import { saveTitle } from './saveTitle'

const server = mswServer()
const url = new URL('/api/docs/1', location.href).href

describe('README: the core without React', () => {
  it('tells a stale write apart and hands back their version', async () => {
    server.use(
      http.patch(url, ({ request }) =>
        request.headers.get('if-match') === '"v2"'
          ? HttpResponse.json({ title: 'Mine' }, { headers: { etag: '"v3"' } })
          : HttpResponse.json(
              { title: 'Precondition failed', current: { title: 'Theirs' } },
              { status: 412, headers: { 'content-type': 'application/problem+json' } },
            ),
      ),
    )
    expect(await saveTitle(url, '"v1"', 'Mine')).toEqual({
      saved: false,
      theirs: { title: 'Theirs' },
    })
    expect(await saveTitle(url, '"v2"', 'Mine')).toEqual({ saved: true, etag: '"v3"' })
  })
})
