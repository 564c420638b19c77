/** Small statistics helpers for benchmark reports. */

/** The middle value (mean of the two middle ones for even counts); NaN when empty. */
export function median(values: readonly number[]): number {
  if (values.length === 0) return NaN
  const s = values.toSorted((a, b) => a - b)
  const mid = s.length >> 1
  return s.length % 2 ? (s[mid] as number) : ((s[mid - 1] as number) + (s[mid] as number)) / 2
}

/** The nearest-rank percentile `p` (0-100); NaN when empty. */
export function percentile(values: readonly number[], p: number): number {
  if (values.length === 0) return NaN
  const s = values.toSorted((a, b) => a - b)
  const rank = Math.min(s.length - 1, Math.max(0, Math.ceil((p / 100) * s.length) - 1))
  return s[rank] as number
}

/** Milliseconds with precision that suits their size. */
export function ms(value: number): string {
  if (!Number.isFinite(value)) return 'n/a'
  return value < 10 ? value.toFixed(2) : value < 100 ? value.toFixed(1) : value.toFixed(0)
}

/** `other / ours` as `1.23x` (>1 means ours is smaller or faster). */
export function ratio(other: number, ours: number): string {
  return Number.isFinite(other) && Number.isFinite(ours) && ours > 0
    ? `${(other / ours).toFixed(2)}x`
    : 'n/a'
}
