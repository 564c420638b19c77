import { QueryClient, QueryClientProvider } from '@tanstack/react-query'
import { Editor } from './Editor'

// One client for the whole app, above every component that uses the kit's hooks. Without it
// they throw "No QueryClient set, use QueryClientProvider to set one".
const queryClient = new QueryClient()

export function App() {
  return (
    <QueryClientProvider client={queryClient}>
      <Editor id="1" userId="ada" />
    </QueryClientProvider>
  )
}
