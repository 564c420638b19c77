import type { CSSProperties } from 'react'
import type { DiffLayout, DiffViewMode } from '../../core/diff/layoutRows'

// Beyond this many characters a column stops growing; the rest is clipped (still in the DOM).
const MAX_COLUMN_CH = 240

/**
 * The inline grid every row (and the header) shares, so both sides line up row for row.
 * Columns are sized in `ch` from the longest line, since rows are measured by nobody: the
 * layout must hold without styles.css and without reading the DOM. With `wrap`, the text
 * columns share the width there is (no minimum) and rows grow to the lines they hold.
 */
export function diffGridStyle(
  layout: DiffLayout,
  mode: DiffViewMode,
  rowHeight: number,
  wrap = false,
): CSSProperties {
  // Two spare characters leave room for the cell padding styles.css adds.
  const digits = String(layout.maxLineNumber).length + 2
  const number = `${digits}ch`
  const oldWidth = Math.min(Math.max(layout.maxOldLength, 8), MAX_COLUMN_CH)
  const newWidth = Math.min(Math.max(layout.maxNewLength, 8), MAX_COLUMN_CH)
  const text = Math.max(oldWidth, newWidth)
  // Wrapped, a text column has no minimum (the sides share the width) and rows grow.
  const column = (ch: number) => `minmax(${wrap ? 0 : `${ch}ch`}, 1fr)`
  const base = {
    display: 'grid',
    lineHeight: `${rowHeight}px`,
    ...(wrap ? { minHeight: rowHeight } : { height: rowHeight }),
  }
  return mode === 'split'
    ? {
        ...base,
        gridTemplateColumns: `${number} 2ch ${column(oldWidth)} ${number} 2ch ${column(newWidth)}`,
        ...(wrap ? {} : { minWidth: `${2 * digits + 4 + oldWidth + newWidth}ch` }),
      }
    : {
        ...base,
        gridTemplateColumns: `${number} ${number} 2ch ${column(text)}`,
        ...(wrap ? {} : { minWidth: `${2 * digits + 2 + text}ch` }),
      }
}
