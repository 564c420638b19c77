import { useCallback, useId } from 'react'

/** Props of `EditField`. */
export interface EditFieldProps {
  label: string
  value: string
  onChange: (text: string) => void
  /** Multi-line text and JSON get a textarea; a one-line string an input. */
  multiline: boolean
  /** Message shown (and linked) when the edit cannot be used. */
  error?: string | null
}

/** The person's own version of a conflict; takes focus when it appears after choosing Edit. */
export function EditField({ label, value, onChange, multiline, error }: EditFieldProps) {
  const id = useId()
  const errorId = `${id}-error`
  // Focus lands at the end of the prefilled text, so typing adds to it rather than before it.
  const focusRef = useCallback((el: (HTMLInputElement & HTMLTextAreaElement) | null) => {
    if (!el) return
    el.focus()
    el.setSelectionRange(el.value.length, el.value.length)
  }, [])
  const common = {
    id,
    ref: focusRef,
    className: 'ck-ConflictResolver-editor',
    // Right-to-left text edits in its own direction.
    dir: 'auto',
    value,
    'aria-invalid': error ? true : undefined,
    'aria-describedby': error ? errorId : undefined,
  }
  return (
    <div className="ck-ConflictResolver-edit">
      <label htmlFor={id}>{label}</label>
      {multiline ? (
        <textarea
          {...common}
          rows={Math.min(12, Math.max(3, value.split('\n').length + 1))}
          onChange={(e) => onChange(e.target.value)}
        />
      ) : (
        <input {...common} type="text" onChange={(e) => onChange(e.target.value)} />
      )}
      {error && (
        <p id={errorId} className="ck-ConflictResolver-error">
          {error}
        </p>
      )}
    </div>
  )
}
