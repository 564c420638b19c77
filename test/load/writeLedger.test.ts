import { tokensOf, WriteLedger, type AckedWrite } from './writeLedger'

const set = (...tokens: string[]) => new Set(tokens)
const write = (w: Partial<AckedWrite> & Pick<AckedWrite, 'version' | 'content'>): AckedWrite => ({
  doc: 'd',
  basedOn: w.version - 1,
  editor: 'e01',
  introduced: [],
  drops: new Map(),
  ...w,
})

describe('WriteLedger', () => {
  it('finds tokens in strings anywhere in a value, also after a newline', () => {
    expect(tokensOf({ body: 'x\ne01-n02-b y\n', tags: ['e03-n04-g'], n: 1 })).toEqual(
      set('e01-n02-b', 'e03-n04-g'),
    )
  })

  it('accepts a history where every removal was decided', () => {
    const ledger = new WriteLedger()
    ledger.start('d', 1, set())
    ledger.ack(write({ version: 2, content: set('e01-n01-b'), introduced: ['e01-n01-b'] }))
    ledger.ack(
      write({
        version: 3,
        editor: 'e02',
        content: set('e02-n01-h'),
        introduced: ['e02-n01-h'],
        drops: new Map([['e01-n01-b', 'chose-mine']]),
      }),
    )
    const check = ledger.check(new Map([['d', { version: 3, content: set('e02-n01-h') }]]))
    expect(check).toMatchObject({ lost: [], unaccounted: [], droppedByDecision: 1, introduced: 2 })
  })

  it('reports a token removed without a decision, and a writer losing its own change', () => {
    const ledger = new WriteLedger()
    ledger.start('d', 1, set('seed-free'))
    ledger.ack(write({ version: 2, content: set('e01-n01-b'), introduced: ['e01-n01-b'] }))
    ledger.ack(write({ version: 3, editor: 'e02', content: set(), introduced: ['e02-n01-b'] }))
    const check = ledger.check(new Map([['d', { version: 3, content: set() }]]))
    expect(check.lost).toEqual([
      { doc: 'd', token: 'seed-free', missingFrom: 2, editor: 'e01' },
      { doc: 'd', token: 'e01-n01-b', missingFrom: 3, editor: 'e02' },
      { doc: 'd', token: 'e02-n01-b', missingFrom: 3, editor: 'e02' },
    ])
  })

  it('reports versions nobody acknowledged and a final read that lost something', () => {
    const ledger = new WriteLedger()
    ledger.start('d', 1, set())
    ledger.ack(write({ version: 3, content: set('e01-n01-b'), introduced: ['e01-n01-b'] }))
    const check = ledger.check(new Map([['d', { version: 4, content: set() }]]))
    expect(check.unaccounted).toHaveLength(2)
    expect(check.lost).toEqual([
      { doc: 'd', token: 'e01-n01-b', missingFrom: 4, editor: 'final read' },
    ])
  })
})
