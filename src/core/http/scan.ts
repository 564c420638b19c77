// Every text the classifier matches patterns against passes through scan(), which bounds how much
// of it a pattern sees: a sentence at most MAX_SCAN characters, a whole page at most the read
// bound. With every pattern linear in its input (no nested unbounded repetition before a suffix
// that can fail), the work per call is bounded, and the number of calls is bounded by the walk's
// node and item limits, so a hostile body costs work linear in its size.
//
// The meter counts what was handed over, so tests can check that doubling an input does not
// quadruple the work without timing anything.

/** The most characters of one sentence any pattern looks at. */
export const MAX_SCAN = 2000

/** The most characters of a whole body (page, XML document, broken JSON) any pattern looks at. */
export const MAX_PAGE_SCAN = 64 * 1024

/** Work done by pattern matching since the last reset: characters handed over, and calls. */
export const scanMeter = { chars: 0, calls: 0 }

/** Resets {@link scanMeter}. */
export function resetScanMeter(): void {
  scanMeter.chars = 0
  scanMeter.calls = 0
}

/** `text` cut to `max` characters, counted on {@link scanMeter}. */
export function scan(text: string, max: number = MAX_SCAN): string {
  const t = text.length > max ? text.slice(0, max) : text
  scanMeter.chars += t.length
  scanMeter.calls++
  return t
}
