// A Server Component page (no "use client"): the drop-in components rendered directly, the
// core called on the server, and a client form that uses a hook.
import { DiffView, StaleBanner, StateConflictNotice } from 'react-conflict-kit'
import { mergeText } from 'react-conflict-kit/core'
import { Providers } from './Providers'
import { SignupForm } from './SignupForm'

const base = 'one\ntwo\nthree\nfour\nfive\n'
const mine = 'one\n2\nthree\nfour\nfive\n'
const theirs = 'one\ntwo\nthree\n4\nfive\n'

export default function Page() {
  const merged = mergeText(base, mine, theirs)
  return (
    <main>
      <p id="merged" data-clean={String(merged.clean)}>
        {merged.text}
      </p>
      <StaleBanner isStale />
      <StateConflictNotice
        problem={{ status: 409, kind: 'state', title: 'Order already shipped', raw: null }}
        currentState="shipped"
        allowedActions={['track']}
      />
      <DiffView original={base} modified={merged.text} />
      <Providers>
        <SignupForm />
      </Providers>
    </main>
  )
}
