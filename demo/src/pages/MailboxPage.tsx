import { useState } from 'react'
import { problemFromError, safeSameOriginHref } from 'react-conflict-kit'
import { getJson } from '../api'
import { Link } from '../Link'

interface Mail {
  to: string
  subject: string
  text: string
  link?: string
  sentAt: string
}

/** The demo's stand-in for an email inbox: what the server would have mailed to an address. */
export function MailboxPage() {
  const [address, setAddress] = useState('')
  const [messages, setMessages] = useState<Mail[] | null>(null)
  const [failure, setFailure] = useState<string | null>(null)
  async function open() {
    setFailure(null)
    try {
      const answer = await getJson<{ messages: Mail[] }>(
        `/api/demo/mailbox?address=${encodeURIComponent(address)}`,
      )
      setMessages(answer.messages)
    } catch (error) {
      // A failed answer (thrown Response) or no connection, said in the kit's words.
      setFailure(problemFromError(error).title)
    }
  }
  return (
    <section className="demo-card demo-narrow" aria-labelledby="mailbox-heading">
      <h1 id="mailbox-heading">Demo mailbox</h1>
      <p className="demo-lead">
        The demo server sends no real email. What it would send to an address is shown here.
      </p>
      <form
        className="demo-form"
        onSubmit={(event) => {
          event.preventDefault()
          void open()
        }}
      >
        <label>
          Address
          <input
            type="email"
            name="address"
            value={address}
            onChange={(e) => setAddress(e.target.value)}
          />
        </label>
        <button type="submit">Open mailbox</button>
      </form>
      {failure && (
        <p role="alert" className="demo-error" dir="auto">
          {failure}
        </p>
      )}
      {messages && messages.length === 0 && <p>No messages for this address.</p>}
      {messages && messages.length > 0 && (
        <ul className="demo-mailbox" aria-label="Messages">
          {messages.map((mail) => {
            // Mail content is data: a link is followed only when it stays on this site.
            const href = mail.link ? safeSameOriginHref(mail.link) : null
            return (
              <li key={`${mail.sentAt}-${mail.subject}`}>
                <strong dir="auto">{mail.subject}</strong>
                <p dir="auto">{mail.text}</p>
                {href && (
                  <Link href={href}>
                    {href.startsWith('/confirm') ? 'Confirm address' : 'Open'}
                  </Link>
                )}
              </li>
            )
          })}
        </ul>
      )}
    </section>
  )
}
