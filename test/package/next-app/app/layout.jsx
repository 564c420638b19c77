// The root layout: a Server Component, with the kit's optional theme.
import 'react-conflict-kit/styles.css'

// An icon of its own, so that the browser asks for no /favicon.ico (a 404 in the console).
export const metadata = { title: 'react-conflict-kit in the App Router', icons: { icon: 'data:,' } }

export default function RootLayout({ children }) {
  return (
    <html lang="en">
      <body>{children}</body>
    </html>
  )
}
