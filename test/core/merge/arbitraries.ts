import * as fc from 'fast-check'

/** Lines of a text: few distinct values so that sides collide, CRLF now and then. */
const line = fc.tuple(
  fc.constantFrom('a', 'b', 'c', 'd', ''),
  fc.constantFrom('\n', '\n', '\n', '\r\n'),
)

/** A text as lines that keep their terminators; the last one may lack it. */
export const textLines = fc
  .tuple(fc.array(line, { maxLength: 12 }), fc.boolean())
  .map(([lines, cutLast]) => {
    const out = lines.map(([t, e]) => t + e)
    if (cutLast && out.length > 0)
      out[out.length - 1] = (out[out.length - 1] as string).replace(/\r?\n$/, '')
    return out
  })

const join = (lines: string[]) =>
  lines.map((l, i) => (i < lines.length - 1 && !l.endsWith('\n') ? `${l}\n` : l)).join('')

type Op = 'keep' | 'delete' | 'replace' | 'insert'
const ops = fc.array(
  fc.tuple(fc.constantFrom<Op>('keep', 'keep', 'keep', 'delete', 'replace', 'insert'), line),
  {
    maxLength: 14,
  },
)

/** An edited copy of `lines`: deletions, replacements and insertions. */
function edit(lines: string[], script: [Op, [string, string]][], tail: boolean): string[] {
  const out: string[] = []
  lines.forEach((l, i) => {
    const [op, [t, e]] = script[i] ?? ['keep', ['', '']]
    if (op === 'keep') out.push(l)
    else if (op === 'replace') out.push(t + e)
    else if (op === 'insert') out.push(t + e, l)
  })
  if (tail) out.push('x\n')
  return out
}

/** A base text and two edited versions of it. */
export const threeWay = fc
  .tuple(textLines, ops, ops, fc.boolean(), fc.boolean(), fc.boolean())
  .map(([base, m, t, mt, tt, same]) => {
    const mine = edit(base, m, mt)
    return { base: join(base), mine: join(mine), theirs: join(same ? mine : edit(base, t, tt)) }
  })
