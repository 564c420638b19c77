import {
  handOffIdentifier,
  takeHandedOffIdentifier,
} from '../../../src/core/links/identifierHandoff'

function fakeSessionStorage() {
  const map = new Map<string, string>()
  return {
    getItem: (k: string) => map.get(k) ?? null,
    setItem: (k: string, v: string) => void map.set(k, v),
    removeItem: (k: string) => void map.delete(k),
  }
}

describe('identifier handoff', () => {
  beforeEach(() => {
    vi.stubGlobal('sessionStorage', fakeSessionStorage())
  })
  afterEach(() => {
    vi.unstubAllGlobals()
    vi.useRealTimers()
  })

  it('hands an identifier over once', () => {
    handOffIdentifier('ada@example.com', 'email')
    expect(takeHandedOffIdentifier()).toEqual({ value: 'ada@example.com', field: 'email' })
    expect(takeHandedOffIdentifier()).toBeNull()
  })

  it('expires after ten minutes', () => {
    vi.useFakeTimers()
    handOffIdentifier('ada@example.com')
    vi.advanceTimersByTime(10 * 60 * 1000 + 1)
    expect(takeHandedOffIdentifier()).toBeNull()
  })

  it('reads nothing from garbage', () => {
    sessionStorage.setItem('ck:identifier', '<html>')
    expect(takeHandedOffIdentifier()).toBeNull()
  })
})
