/** One email the server sent. `link` is a same-origin path (e.g. the confirmation page). */
export interface Mail {
  to: string
  subject: string
  text: string
  link?: string
  sentAt: string
}

/** Where the server sends email. Replace with a real mail service when copying the server. */
export interface Mailer {
  send(mail: Omit<Mail, 'sentAt'>): Promise<void>
}

const perAddress = 20
const addresses = 10_000

/**
 * The demo's stand-in for email: messages kept in memory per address (the newest 20, for at
 * most 10,000 addresses). The demo mailbox page reads it; a real server sends mail instead.
 */
export class MemoryMailbox implements Mailer {
  readonly #boxes = new Map<string, Mail[]>()

  async send(mail: Omit<Mail, 'sentAt'>): Promise<void> {
    const key = mail.to.trim().toLowerCase()
    if (!this.#boxes.has(key) && this.#boxes.size >= addresses) {
      // Forget the address that has gone longest without mail.
      const oldest = this.#boxes.keys().next().value
      if (oldest !== undefined) this.#boxes.delete(oldest)
    }
    const box = this.#boxes.get(key) ?? []
    this.#boxes.delete(key)
    box.unshift({ ...mail, sentAt: new Date().toISOString() })
    this.#boxes.set(key, box.slice(0, perAddress))
  }

  /** The messages sent to `address`, newest first. */
  list(address: string): Mail[] {
    return [...(this.#boxes.get(address.trim().toLowerCase()) ?? [])]
  }

  /** Forgets every message (the demo's reset). */
  clear(): void {
    this.#boxes.clear()
  }
}
