import type { DiffLineRow, DiffRow } from '../../../src/core/diff/index'

/** All line rows, with fold rows opened up. */
export const flatRows = (rows: DiffRow[]): DiffLineRow[] =>
  rows.flatMap((r) => (r.kind === 'fold' ? r.rows : [r]))

/** The text one side of the rows spells out. */
export const sideText = (rows: DiffRow[], side: 'old' | 'new'): string =>
  flatRows(rows)
    .map((r) => (r[side] ? r[side].text + r[side].newline : ''))
    .join('')

/** Compact picture of rows for table tests: `=`, `+`, `-`, `~`, and `fold(n)`. */
export const shape = (rows: DiffRow[]): string =>
  rows
    .map((r) =>
      r.kind === 'fold'
        ? `fold(${r.count})`
        : { equal: '=', insert: '+', delete: '-', change: '~' }[r.change],
    )
    .join(' ')
