import { useId, type ReactNode } from 'react'

/** Props of `SomeoneElse`. */
export interface SomeoneElseProps {
  /** Who acts, e.g. "A colleague" or "The warehouse". */
  who: string
  /** What to do next, in a sentence. */
  hint?: ReactNode
  /** The buttons that change the mock server's state behind the page's back. */
  children: ReactNode
}

/** The part of a live story that plays the other person: it writes to the mock server directly. */
export function SomeoneElse({ who, hint, children }: SomeoneElseProps) {
  const id = useId()
  return (
    <section
      aria-labelledby={id}
      style={{
        border: '1px dashed var(--ck-color-border)',
        borderRadius: 8,
        padding: '0.75rem 1rem',
      }}
    >
      <h3 id={id} style={{ margin: '0 0 0.5rem', fontSize: '1rem' }}>
        {who} (simulated)
      </h3>
      {hint && <p style={{ margin: '0 0 0.5rem' }}>{hint}</p>}
      <div style={{ display: 'flex', flexWrap: 'wrap', gap: '0.5rem' }}>{children}</div>
    </section>
  )
}
