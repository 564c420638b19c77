import { useSyncExternalStore } from 'react'
import { clearDrafts, countDrafts } from 'react-conflict-kit'

// Who edits documents in this demo: a stand-in for a real app's signed-in user. Drafts are
// scoped to it, and signing out removes that person's drafts from this browser.
const KEY = 'northwind:editor'
const listeners = new Set<() => void>()

/** The people the demo lets you edit as. */
export const editors = ['Alice', 'Bob'] as const

function read(): string | null {
  try {
    const stored = localStorage.getItem(KEY)
    // First visit: signed in as the first editor, so the demo works without a detour.
    return stored === null ? editors[0] : stored === '' ? null : stored
  } catch {
    return editors[0]
  }
}

function write(editor: string | null) {
  try {
    localStorage.setItem(KEY, editor ?? '')
  } catch {
    // storage refused: the choice lasts for this page only
  }
  for (const listener of listeners) listener()
}

/** The signed-in editor, re-rendering on sign-in and sign-out. */
export function useEditor(): string | null {
  return useSyncExternalStore((listener) => {
    listeners.add(listener)
    return () => listeners.delete(listener)
  }, read)
}

/** Signs in as `editor`. */
export function signIn(editor: string) {
  write(editor)
}

// Whether the page open in this tab holds typed text not yet saved (the document editor says).
let unsavedWork = false

/** The editor reports whether it holds unsaved work, so signing out can ask first. */
export function reportUnsavedWork(unsaved: boolean) {
  unsavedWork = unsaved
}

/**
 * Signs out: this person's drafts leave the browser with them, and editors open in other tabs
 * stop storing for them. With unsaved work on this page or stored by another tab it asks first,
 * since signing out would throw that work away; false when the person chose to stay.
 */
export function signOut(): boolean {
  const editor = read()
  // Every keystroke is stored, so this also counts work open in other tabs.
  const stored = editor === null ? 0 : countDrafts(editor)
  const leave =
    (!unsavedWork && stored === 0) ||
    window.confirm(
      stored > 1
        ? `Sign out and discard unsaved changes in ${stored} documents (in this tab or others)? They are removed from this browser.`
        : 'Sign out and discard your unsaved changes? They are removed from this browser.',
    )
  if (!leave) return false
  if (editor !== null) clearDrafts(editor)
  write(null)
  return true
}
