/**
 * Deterministic document pairs for the DiffView benchmark: the same seed gives the same
 * texts in Node and in the browser page, so every library renders exactly the same input.
 */

/** Pseudo-random numbers from a seed (an LCG: fast, and identical on every engine). */
export function seededRandom(seed: number): () => number {
  let s = seed >>> 0
  return () => {
    s = (Math.imul(s, 1103515245) + 12345) & 0x7fffffff
    return s / 0x7fffffff
  }
}

const words =
  'the of and to in is that for it as with was on be by this are from or an at we release plan check'.split(
    ' ',
  )

function sentence(rnd: () => number, n: number): string {
  return Array.from({ length: n }, () => words[Math.floor(rnd() * words.length)]).join(' ')
}

/** An original text, a modified one and a word that only the first change contains. */
export interface BenchDocument {
  lines: number
  original: string
  modified: string
  /** Unique text on the first changed line of `modified`: present once the diff is on screen. */
  marker: string
  /** Lines changed, inserted and deleted to get from `original` to `modified`. */
  edits: { changed: number; inserted: number; deleted: number }
}

/**
 * A prose document of `lines` lines and a copy with about 2% of lines reworded, 0.5%
 * inserted and 0.3% deleted, spread evenly, the first change at line 6.
 */
export function benchDocument(lines: number, seed = 7): BenchDocument {
  const rnd = seededRandom(seed + lines)
  const original: string[] = []
  const modified: string[] = []
  const edits = { changed: 0, inserted: 0, deleted: 0 }
  const marker = 'first-change-marker'
  for (let i = 0; i < lines; i++) {
    const line = i % 19 === 0 ? '' : `${i + 1}. ${sentence(rnd, 5 + Math.floor(rnd() * 9))}`
    original.push(line)
    const roll = rnd()
    if (i === 5) {
      modified.push(`${line} ${marker}`)
      edits.changed++
    } else if (roll < 0.02 && line !== '') {
      const parts = line.split(' ')
      parts[1 + Math.floor(rnd() * (parts.length - 1))] = 'edited'
      modified.push(parts.join(' '))
      edits.changed++
    } else if (roll < 0.025) {
      modified.push(line, `inserted after ${i + 1}: ${sentence(rnd, 6)}`)
      edits.inserted++
    } else if (roll < 0.028) {
      edits.deleted++
    } else {
      modified.push(line)
    }
  }
  return {
    lines,
    original: original.join('\n') + '\n',
    modified: modified.join('\n') + '\n',
    marker,
    edits,
  }
}
