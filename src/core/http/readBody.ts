/** What a response body turned out to be. */
export type BodyKind = 'json' | 'problem+json' | 'xml' | 'html' | 'text' | 'empty' | 'binary'

/** A bounded, decoded view of a response body. */
export interface BodyInfo {
  /** Media type from `Content-Type`, lower-cased, without parameters; `''` when missing. */
  contentType: string
  /**
   * What the body is, judged from the bytes as much as from the header: JSON sent as
   * `text/plain` is `json`, invalid JSON sent as `application/json` is `text`.
   */
  kind: BodyKind
  /** The decoded text of the bytes read (`''` for `binary` and `empty`). */
  text: string
  /** The parsed value, for `json` and `problem+json`. */
  json?: unknown
  /** True when the body was longer than the bound or failed mid-way: `text` is a prefix. */
  truncated: boolean
  /** How many bytes were taken from the stream. */
  bytesRead: number
  /**
   * Why the body could not be read (fully): already used, locked by another reader, stream
   * error, or it did not arrive within the time bound.
   */
  readError?: 'used' | 'locked' | 'error' | 'timeout'
}

/** Options for {@link readBody}. */
export interface ReadBodyOptions {
  /** Most bytes to read; the rest of the stream is cancelled. Defaults to `65536` (64 KiB). */
  maxBytes?: number
  /**
   * Most milliseconds to wait for the whole body; a body that stalls (never sends a byte, or
   * trickles) is cancelled and reported with `readError: 'timeout'`. Defaults to `10000`.
   */
  timeoutMs?: number
}

/** The default bound on how long reading an error body may take. */
export const DEFAULT_READ_TIMEOUT_MS = 10_000

/** The default bound on how much of an error body is read. */
export const DEFAULT_MAX_BODY_BYTES = 64 * 1024

const BINARY_TYPES =
  /^(?:image|audio|video|font)\/|^application\/(?:octet-stream|pdf|zip|gzip|x-gzip|x-tar|x-protobuf|protobuf|grpc|wasm|msgpack|x-msgpack|cbor|vnd\.ms-excel)\b/
const JSON_TYPES = /^application\/(?:[\w.+-]*\+)?json$|^text\/json$|^application\/x-json$/
const HTML_TYPES = /^(?:text\/html|application\/xhtml\+xml)$/
const HTML_SNIFF =
  /^\s*(?:<!doctype\s+html|<html|<head|<body|<title|<h[1-6]\b|<p\b|<div\b|<pre\b|<center\b|<br\b)/i
const XML_SNIFF = /^\s*(?:<\?xml|<[A-Za-z_][\w.:-]*[\s>/])/

interface RawBody {
  bytes: Uint8Array
  truncated: boolean
  readError?: BodyInfo['readError']
}

// One read, or 'timeout' once the deadline passes. The timer is always cleared, so a finished
// read leaves nothing scheduled.
async function readBefore(
  reader: ReadableStreamDefaultReader<Uint8Array>,
  deadline: number,
): Promise<ReadableStreamReadResult<Uint8Array> | 'timeout'> {
  const left = deadline - Date.now()
  if (left <= 0) return 'timeout'
  let timer: ReturnType<typeof setTimeout> | undefined
  const expired = new Promise<'timeout'>((resolve) => {
    timer = setTimeout(() => resolve('timeout'), left)
  })
  try {
    return await Promise.race([reader.read(), expired])
  } finally {
    clearTimeout(timer)
  }
}

function concat(parts: Uint8Array[], total: number): Uint8Array {
  if (parts.length === 1 && parts[0] !== undefined) return parts[0]
  const out = new Uint8Array(total)
  let at = 0
  for (const part of parts) {
    out.set(part, at)
    at += part.byteLength
  }
  return out
}

async function readBounded(res: Response, maxBytes: number, timeoutMs: number): Promise<RawBody> {
  const none = new Uint8Array(0)
  let stream: ReadableStream<Uint8Array> | null
  try {
    if (res.bodyUsed) return { bytes: none, truncated: false, readError: 'used' }
    stream = res.body
  } catch {
    return { bytes: none, truncated: false, readError: 'error' }
  }
  if (!stream) return { bytes: none, truncated: false }
  let reader: ReadableStreamDefaultReader<Uint8Array>
  try {
    reader = stream.getReader()
  } catch {
    return { bytes: none, truncated: false, readError: 'locked' }
  }
  const parts: Uint8Array[] = []
  let total = 0
  let truncated = false
  let readError: RawBody['readError']
  const deadline = Date.now() + timeoutMs
  try {
    for (;;) {
      const next = await readBefore(reader, deadline)
      if (next === 'timeout') {
        truncated = true
        readError = 'timeout'
        break
      }
      const { done, value: chunk } = next
      if (done) break
      // Byte views from another realm (an iframe, a test DOM) fail `instanceof Uint8Array`.
      if (!ArrayBuffer.isView(chunk)) throw new TypeError('non-byte chunk')
      const value = new Uint8Array(chunk.buffer, chunk.byteOffset, chunk.byteLength)
      const room = maxBytes - total
      if (value.byteLength > room) {
        // Also reached when the body is exactly `maxBytes` long and one more chunk exists.
        if (room > 0) parts.push(value.subarray(0, room))
        total += Math.max(room, 0)
        truncated = true
        break
      }
      parts.push(value)
      total += value.byteLength
    }
  } catch {
    truncated = true
    readError = 'error'
  }
  if (truncated) {
    // Not awaited: a source whose cancel never settles must not hold the caller.
    reader.cancel().catch(() => undefined)
  }
  try {
    reader.releaseLock()
  } catch {
    // releasing can throw with a read pending; the stream is cancelled or done anyway
  }
  return { bytes: concat(parts, total), truncated, ...(readError ? { readError } : {}) }
}

function charsetOf(contentType: string): string {
  const m = /;\s*charset\s*=\s*"?([\w.:-]+)"?/i.exec(contentType)
  return m?.[1]?.toLowerCase() ?? 'utf-8'
}

function decode(bytes: Uint8Array, charset: string, truncated: boolean): string {
  let decoder: TextDecoder
  try {
    decoder = new TextDecoder(charset)
  } catch {
    decoder = new TextDecoder('utf-8')
  }
  // `stream: true` on a cut body drops a split trailing character instead of showing U+FFFD.
  return decoder.decode(bytes, { stream: truncated })
}

function looksBinary(bytes: Uint8Array, charset: string): boolean {
  if (charset.startsWith('utf-16')) return false
  const end = Math.min(bytes.byteLength, 1024)
  for (let i = 0; i < end; i++) {
    const b = bytes[i] ?? 0
    // WHATWG MIME sniffing's "binary data byte"; ESC (0x1B) is allowed, as there.
    if (b <= 0x08 || b === 0x0b || (b >= 0x0e && b <= 0x1a) || (b >= 0x1c && b <= 0x1f)) {
      return true
    }
  }
  return false
}

function tryJson(text: string): { ok: true; value: unknown } | { ok: false } {
  try {
    return { ok: true, value: JSON.parse(text) as unknown }
  } catch {
    return { ok: false }
  }
}

/** Sorts decoded text into a body kind, parsing JSON wherever it parses. */
export function classifyBodyText(
  text: string,
  contentType: string,
): Pick<BodyInfo, 'kind' | 'json'> {
  const trimmed = text.trim()
  if (trimmed === '') return { kind: 'empty' }
  const first = trimmed[0]
  if (JSON_TYPES.test(contentType) || first === '{' || first === '[') {
    const parsed = tryJson(trimmed)
    if (parsed.ok) {
      return {
        kind: contentType.endsWith('problem+json') ? 'problem+json' : 'json',
        json: parsed.value,
      }
    }
  }
  if (HTML_TYPES.test(contentType) || HTML_SNIFF.test(trimmed)) return { kind: 'html' }
  if (/xml/.test(contentType) || XML_SNIFF.test(trimmed)) return { kind: 'xml' }
  return { kind: 'text' }
}

/**
 * Reads at most `maxBytes` of a response body through its stream reader, cancels the rest,
 * decodes it (charset from `Content-Type`, UTF-8 otherwise, invalid bytes as U+FFFD) and sorts
 * it into a {@link BodyKind}. Consumes the body. Never throws: a used, locked or failing body
 * comes back with `readError` set and whatever was read before the failure.
 */
export async function readBody(res: Response, options: ReadBodyOptions = {}): Promise<BodyInfo> {
  const maxBytes = Math.max(0, Math.floor(options.maxBytes ?? DEFAULT_MAX_BODY_BYTES))
  let rawType = ''
  try {
    rawType = res.headers.get('content-type') ?? ''
  } catch {
    rawType = ''
  }
  const contentType = rawType.split(';')[0]?.trim().toLowerCase() ?? ''
  const timeoutMs = Math.max(0, options.timeoutMs ?? DEFAULT_READ_TIMEOUT_MS)
  const raw = await readBounded(res, maxBytes, timeoutMs)
  const base = {
    contentType,
    truncated: raw.truncated,
    bytesRead: raw.bytes.byteLength,
    ...(raw.readError ? { readError: raw.readError } : {}),
  }
  if (raw.bytes.byteLength === 0) return { ...base, kind: 'empty', text: '' }
  const charset = charsetOf(rawType)
  if (BINARY_TYPES.test(contentType) || looksBinary(raw.bytes, charset)) {
    return { ...base, kind: 'binary', text: '' }
  }
  const text = decode(raw.bytes, charset, raw.truncated)
  return { ...base, text, ...classifyBodyText(text, contentType) }
}
