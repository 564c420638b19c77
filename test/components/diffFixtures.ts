import type { DiffFoldRow, DiffLineRow, DiffRow, DiffSegment } from '../../src/core/diff/types'

/** Hand-made rows so DiffView is tested against the type, independent of the diff engine. */
export const row = {
  equal(oldNumber: number, newNumber: number, text: string): DiffLineRow {
    return {
      kind: 'line',
      change: 'equal',
      old: { number: oldNumber, text, newline: '\n' },
      new: { number: newNumber, text, newline: '\n' },
    }
  },
  insert(newNumber: number, text: string): DiffLineRow {
    return {
      kind: 'line',
      change: 'insert',
      old: null,
      new: { number: newNumber, text, newline: '\n' },
    }
  },
  delete(oldNumber: number, text: string): DiffLineRow {
    return {
      kind: 'line',
      change: 'delete',
      old: { number: oldNumber, text, newline: '\n' },
      new: null,
    }
  },
  change(
    oldNumber: number,
    newNumber: number,
    oldSegments: DiffSegment[],
    newSegments: DiffSegment[],
  ): DiffLineRow {
    return {
      kind: 'line',
      change: 'change',
      old: {
        number: oldNumber,
        text: oldSegments.map((s) => s.text).join(''),
        newline: '\n',
        segments: oldSegments,
      },
      new: {
        number: newNumber,
        text: newSegments.map((s) => s.text).join(''),
        newline: '\n',
        segments: newSegments,
      },
    }
  },
  fold(rows: DiffLineRow[]): DiffFoldRow {
    return { kind: 'fold', count: rows.length, rows }
  },
}

/** `count` lines where every `every`-th line is changed (one word), unchanged runs folded or not. */
export function bigDiff(count: number, every = 100): DiffRow[] {
  const rows: DiffRow[] = []
  for (let i = 1; i <= count; i++) {
    if (i % every === 0) {
      rows.push(
        row.change(
          i,
          i,
          [
            { change: 'equal', text: `line ${i} ` },
            { change: 'delete', text: 'old' },
          ],
          [
            { change: 'equal', text: `line ${i} ` },
            { change: 'insert', text: 'new' },
          ],
        ),
      )
    } else {
      rows.push(row.equal(i, i, `line ${i} unchanged`))
    }
  }
  return rows
}
