import type { SegmentGranularity } from './tokenize'

/** Options for `diffRows`, and for the diff a `DiffView` makes of its texts. */
export interface DiffRowsOptions {
  /**
   * Unchanged lines kept visible around each change; longer unchanged runs become `fold`
   * rows. `Infinity` or `false` folds nothing. Defaults to `3`.
   */
  context?: number | false
  /** Granularity of the intra-line segments of `change` rows. Defaults to `'word'`. */
  granularity?: SegmentGranularity
  /**
   * Time budget of the whole diff in milliseconds: the line diff and the word segments of its
   * changed lines together. Only time spent computing counts (`performance.now()`), not the
   * pauses between the slices a `DiffView` runs in, nor the time before a lazily shown row is
   * first asked for. Once spent, the line diff settles for a coarser (still exact) diff and
   * changed lines not yet compared get whole-line segments. Defaults to `1000`.
   */
  timeoutMs?: number
  /** Lines longer than this (either side) get whole-line segments. Defaults to `10000`. */
  maxLineLength?: number
  /** Replaced blocks with more line pairs than this get whole-line segments. Defaults to `2000`. */
  maxBlockLines?: number
}

/** `DiffRowsOptions` with every default filled in. */
export type ResolvedDiffRowsOptions = Required<DiffRowsOptions>

/** The defaults of `DiffRowsOptions`, declared once for `diffRows` and `DiffView`. */
export const DIFF_ROWS_DEFAULTS: Readonly<ResolvedDiffRowsOptions> = {
  context: 3,
  granularity: 'word',
  timeoutMs: 1000,
  maxLineLength: 10_000,
  maxBlockLines: 2000,
}

/** `opts` with the defaults filled in where a field is missing or `undefined`. */
export function resolveDiffRowsOptions(opts: DiffRowsOptions = {}): ResolvedDiffRowsOptions {
  const d = DIFF_ROWS_DEFAULTS
  return {
    context: opts.context ?? d.context,
    granularity: opts.granularity ?? d.granularity,
    timeoutMs: opts.timeoutMs ?? d.timeoutMs,
    maxLineLength: opts.maxLineLength ?? d.maxLineLength,
    maxBlockLines: opts.maxBlockLines ?? d.maxBlockLines,
  }
}
