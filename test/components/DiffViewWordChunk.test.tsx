import { render, screen } from '@testing-library/react'
import { DiffView } from '../../src/components/DiffView/DiffView'
import { wholeLine } from '../../src/core/diff/segmentPair'

// The word diff's chunk is held back until the test lets it load. If DiffView imported it
// statically, this file could not load until the gate opened: it opens on its own after 10 s,
// so that mistake fails the first test instead of hanging the run.
const chunk = vi.hoisted(() => {
  const held = { release: (): void => undefined, gate: Promise.resolve() }
  held.gate = new Promise<void>((resolve) => {
    held.release = resolve
    setTimeout(resolve, 10_000)
  })
  return held
})
vi.mock('../../src/core/diff/diffSegments', async (importOriginal) => {
  await chunk.gate
  return importOriginal()
})

const original = 'keep\nthe quick fox\nend\n'
const modified = 'keep\nthe slow fox\nend\n'

describe('DiffView word marks from their own chunk', () => {
  it('shows the changed row unmarked while the chunk loads, then marks the words', async () => {
    const { container } = render(<DiffView original={original} modified={modified} />)
    const changed = () =>
      container.querySelector<HTMLElement>('.ck-DiffView-row[data-change="change"]')!
    expect(changed()).toHaveTextContent('the quick fox')
    expect(changed()).toHaveTextContent('the slow fox')
    expect(changed().querySelector('ins, del')).toBeNull()

    chunk.release()
    expect(await screen.findByText('slow', { selector: 'ins' })).toBeInTheDocument()
    expect(changed().querySelector('del')).toHaveTextContent('quick')
  })

  it('falls back to whole-line marks when the chunk cannot be loaded', async () => {
    vi.resetModules()
    vi.doMock('../../src/core/diff/diffSegments', () => {
      throw new Error('Failed to fetch dynamically imported module')
    })
    const { loadWordSegmenter } = await import('../../src/components/DiffView/wordSegments')
    const segmenter = await loadWordSegmenter()
    expect(segmenter('the quick fox', 'the slow fox')).toEqual(
      wholeLine('the quick fox', 'the slow fox'),
    )
    vi.doUnmock('../../src/core/diff/diffSegments')
  })
})
