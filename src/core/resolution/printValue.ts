/**
 * Values as text for people to read, within bounds. A conflict can hold a value of any depth
 * and size (the merge stops descending at 1,000 levels but keeps the value whole), and the
 * engine's own `JSON.stringify` runs out of stack on a few thousand levels; whatever is shown
 * is printed here, so a view costs at most `maxDepth` frames and `maxChars` characters. The
 * value itself is never touched: a decision keeps the whole of it.
 */

/** How much `printValue` writes. */
export interface PrintBounds {
  /** Deepest nesting written out; objects and arrays below it print as `{…}` / `[…]`. */
  maxDepth: number
  /** Most characters written; the text is cut there and ends with `…`. */
  maxChars: number
}

/**
 * What a view shows of a value: a few dozen levels, and as much text as a page renders
 * without strain (a megabyte-long field still shows whole).
 */
export const previewBounds: PrintBounds = { maxDepth: 32, maxChars: 2_000_000 }

/** What `printValue` gives: the text, and whether it is the whole value. */
export interface PrintedValue {
  text: string
  /** False when a bound was reached: the text is a preview and cannot be parsed back. */
  isComplete: boolean
}

const MORE = '…'

/** `text` cut to at most `maxChars` characters (never inside a surrogate pair), `…` marking a cut. */
export function boundText(text: string, maxChars = previewBounds.maxChars): string {
  if (text.length <= maxChars) return text
  let end = Math.max(maxChars, 0)
  const last = text.charCodeAt(end - 1)
  if (last >= 0xd800 && last <= 0xdbff) end--
  return text.slice(0, end) + MORE
}

function readable(v: unknown): unknown {
  if (v === null || typeof v !== 'object') return v
  const toJSON = (v as { toJSON?: unknown }).toJSON
  return typeof toJSON === 'function' ? (toJSON as () => unknown).call(v) : v
}

// What JSON.stringify leaves out of an object and writes as null in an array.
const isSkipped = (v: unknown) =>
  v === undefined || typeof v === 'function' || typeof v === 'symbol'

/**
 * `value` as `JSON.stringify(value, null, 2)` writes it, as long as it fits the bounds; past
 * `maxDepth` levels nested values print as `{…}` / `[…]`, past `maxChars` the text is cut.
 * `undefined` prints as the empty string. Never throws.
 */
export function printValue(value: unknown, bounds: PrintBounds = previewBounds): PrintedValue {
  const parts: string[] = []
  let length = 0
  let isComplete = true
  const emit = (s: string) => {
    const room = bounds.maxChars - length
    if (s.length > room) {
      parts.push(s.slice(0, Math.max(room, 0)))
      length = bounds.maxChars
      isComplete = false
      return
    }
    parts.push(s)
    length += s.length
  }
  const walk = (raw: unknown, depth: number, indent: string): void => {
    if (length >= bounds.maxChars) {
      isComplete = false
      return
    }
    const v = readable(raw)
    if (v === null || isSkipped(v)) return emit('null')
    if (typeof v === 'string') return emit(JSON.stringify(boundText(v, bounds.maxChars - length)))
    if (typeof v === 'number') return emit(Number.isFinite(v) ? String(v) : 'null')
    if (typeof v !== 'object') return emit(String(v))
    const isArray = Array.isArray(v)
    const [open, close] = isArray ? ['[', ']'] : ['{', '}']
    const inner = `${indent}  `
    // Items are visited one at a time and the walk stops at the bound: a million-item array
    // costs what its first screen does.
    let count = 0
    const item = (key: string | null, child: unknown) => {
      if (count === 0 && depth >= bounds.maxDepth) {
        count++
        isComplete = false
        emit(`${open}${MORE}${close}`)
        return false
      }
      emit(count === 0 ? `${open}\n` : ',\n')
      count++
      emit(key === null ? inner : `${inner}${JSON.stringify(key)}: `)
      walk(child, depth + 1, inner)
      return length < bounds.maxChars
    }
    let isOpen = true
    if (isArray) {
      const array = v as unknown[]
      for (let i = 0; i < array.length && isOpen; i++) isOpen = item(null, array[i])
    } else {
      const record = v as Record<string, unknown>
      for (const key in record) {
        if (!Object.hasOwn(record, key) || isSkipped(readable(record[key]))) continue
        isOpen = item(key, record[key])
        if (!isOpen) break
      }
    }
    if (count === 0) return emit(open + close)
    if (depth < bounds.maxDepth) emit(`\n${indent}${close}`)
  }
  if (value === undefined) return { text: '', isComplete: true }
  walk(value, 0, '')
  if (!isComplete && length >= bounds.maxChars) parts.push(MORE)
  return { text: parts.join(''), isComplete }
}
