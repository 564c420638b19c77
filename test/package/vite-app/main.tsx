// The entry of a fresh Vite + React app that uses the packed package; the README snippets are
// copied beside it into src/readme/.
import { QueryClient, QueryClientProvider } from '@tanstack/react-query'
import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import { CancelOrder } from './readme/CancelOrder'
import { Editor } from './readme/Editor'
import { SignupForm } from './readme/SignupForm'

const client = new QueryClient()

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <QueryClientProvider client={client}>
      <Editor id="1" userId="ada" />
      <SignupForm />
      <CancelOrder id="7" onAction={(name) => console.info(name)} />
    </QueryClientProvider>
  </StrictMode>,
)
