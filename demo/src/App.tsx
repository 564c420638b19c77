import { ConfirmPage } from './pages/ConfirmPage'
import { DocumentList } from './pages/DocumentList'
import { DocumentPage } from './pages/DocumentPage'
import { LoginPage } from './pages/LoginPage'
import { MailboxPage } from './pages/MailboxPage'
import { OrdersPage } from './pages/OrdersPage'
import { SignupPage } from './pages/SignupPage'
import { editors, signIn, signOut, useEditor } from './editor'
import { Link } from './Link'
import { usePath, useSearch } from './router'

function Page({ path, search, editor }: { path: string; search: string; editor: string | null }) {
  const doc = /^\/docs\/([\w-]+)$/.exec(path)
  // A new editor is a new edit session: their drafts, not the previous person's.
  if (doc?.[1]) return <DocumentPage key={`${doc[1]}:${editor}`} id={doc[1]} editor={editor} />
  if (path === '/signup') return <SignupPage />
  // Log in and reset the password are two pages on one path: each starts afresh.
  if (path === '/login') return <LoginPage key={search} reset={isReset(search)} />
  if (path === '/confirm') return <ConfirmPage />
  if (path === '/mailbox') return <MailboxPage />
  if (path === '/orders') return <OrdersPage />
  return <DocumentList />
}

const isReset = (search: string) => new URLSearchParams(search).has('reset')

/** The demo shell: a product-like navigation around three conflict scenarios. */
export function App() {
  const path = usePath()
  const search = useSearch()
  const editor = useEditor()
  const current = (prefix: string) => (path.startsWith(prefix) ? 'page' : undefined)
  return (
    <div className="demo-shell">
      <header className="demo-header">
        <Link href="/" className="demo-brand">
          Northwind <span>Docs</span>
        </Link>
        <nav aria-label="Main">
          <Link
            href="/"
            aria-current={path === '/' || path.startsWith('/docs') ? 'page' : undefined}
          >
            Documents
          </Link>
          <Link href="/orders" aria-current={current('/orders')}>
            Orders
          </Link>
          <Link href="/signup" aria-current={current('/signup')}>
            Sign up
          </Link>
          <Link
            href="/login"
            aria-current={path === '/login' && !isReset(search) ? 'page' : undefined}
          >
            Log in
          </Link>
        </nav>
        <div className="demo-editor-account">
          {editor === null ? (
            editors.map((name) => (
              <button
                key={name}
                type="button"
                className="demo-secondary"
                onClick={() => signIn(name)}
              >
                Edit as {name}
              </button>
            ))
          ) : (
            <>
              <span>
                Editing as <bdi>{editor}</bdi>
              </span>
              <button type="button" className="demo-secondary" onClick={() => void signOut()}>
                Sign out
              </button>
            </>
          )}
        </div>
      </header>
      <main className="demo-main">
        <Page path={path} search={search} editor={editor} />
      </main>
    </div>
  )
}
