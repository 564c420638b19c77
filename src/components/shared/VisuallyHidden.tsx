import type { ReactNode } from 'react'

// Inline so the text stays hidden (and the markup usable) even without styles.css.
const hidden = {
  position: 'absolute',
  width: 1,
  height: 1,
  padding: 0,
  margin: -1,
  overflow: 'hidden',
  clip: 'rect(0 0 0 0)',
  clipPath: 'inset(50%)',
  whiteSpace: 'nowrap',
  border: 0,
} as const

/** Text for assistive technology only (e.g. "added" next to a `+` sign). */
export function VisuallyHidden({ children, id }: { children: ReactNode; id?: string }) {
  return (
    <span className="ck-visually-hidden" id={id} style={hidden}>
      {children}
    </span>
  )
}
