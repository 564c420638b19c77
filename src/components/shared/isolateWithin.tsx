import type { ReactNode } from 'react'

/**
 * Renders `text` with its first occurrence of `inner` (text from a server or a person) in a
 * `<bdi>`, so right-to-left letters or bidi controls in it (`\u202E`) cannot reorder the
 * words around it. Labels build plain strings for translation, so the value is found in the
 * string they return; when it is not there, the text is returned as it is.
 */
export function isolateWithin(text: string, inner: string | null, className?: string): ReactNode {
  const at = inner ? text.indexOf(inner) : -1
  if (!inner || at < 0) return text
  return (
    <>
      {text.slice(0, at)}
      <bdi className={className}>{inner}</bdi>
      {text.slice(at + inner.length)}
    </>
  )
}
