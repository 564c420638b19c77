import { ConfirmPage } from './pages/ConfirmPage'
import { DocumentList } from './pages/DocumentList'
import { DocumentPage } from './pages/DocumentPage'
import { LoginPage } from './pages/LoginPage'
import { MailboxPage } from './pages/MailboxPage'
import { OrdersPage } from './pages/OrdersPage'
import { SignupPage } from './pages/SignupPage'
import { Link } from './Link'
import { usePath } from './router'

function Page({ path }: { path: string }) {
  const doc = /^\/docs\/([\w-]+)$/.exec(path)
  if (doc?.[1]) return <DocumentPage id={doc[1]} />
  if (path === '/signup') return <SignupPage />
  if (path === '/login') return <LoginPage />
  if (path === '/confirm') return <ConfirmPage />
  if (path === '/mailbox') return <MailboxPage />
  if (path === '/orders') return <OrdersPage />
  return <DocumentList />
}

/** The demo shell: a product-like navigation around three conflict scenarios. */
export function App() {
  const path = usePath()
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
          <Link href="/login" aria-current={current('/login')}>
            Log in
          </Link>
        </nav>
      </header>
      <main className="demo-main">
        <Page path={path} />
      </main>
    </div>
  )
}
