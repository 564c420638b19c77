import { render, screen, within } from '@testing-library/react'
import { ConflictResolver } from '../../src/components/ConflictResolver/ConflictResolver'
import { DiffView } from '../../src/components/DiffView/DiffView'
import { wholeLine } from '../../src/core/diff/segmentPair'
import { valueConflict } from './conflictFixtures'

// The word diff's chunk is held back until the test lets it load. If DiffView or the resolver
// imported it statically, this file could not load until the gate opened: it opens on its own
// after 10 s, so that mistake fails the first test instead of hanging the run.
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

describe('word marks from their own chunk', () => {
  it('DiffView and the resolver show the text unmarked while the chunk loads, then mark the words', async () => {
    const { container } = render(<DiffView original={original} modified={modified} />)
    const changed = () =>
      container.querySelector<HTMLElement>('.ck-DiffView-row[data-change="change"]')!
    expect(changed()).toHaveTextContent('the quick fox')
    expect(changed()).toHaveTextContent('the slow fox')
    expect(changed().querySelector('ins, del')).toBeNull()
    render(<ConflictResolver conflict={valueConflict()} onResolve={() => {}} />)
    const title = screen.getByRole('group', { name: 'title' })
    const side = (name: string) => title.querySelector<HTMLElement>(`[data-side="${name}"]`)!
    expect(side('mine')).toHaveTextContent('My title')
    expect(side('theirs')).toHaveTextContent('Their title')
    expect(title.querySelector('ins, del')).toBeNull()

    chunk.release()
    expect(await screen.findByText('slow', { selector: 'ins' })).toBeInTheDocument()
    expect(changed().querySelector('del')).toHaveTextContent('quick')
    // The base was "Draft": each side removed it and wrote its own title.
    expect(within(side('mine')).getByText('Draft', { selector: 'del' })).toBeInTheDocument()
    expect(within(side('mine')).getByText('My title', { selector: 'ins' })).toBeInTheDocument()
    expect(within(side('theirs')).getByText('Their title', { selector: 'ins' })).toBeInTheDocument()
  })

  it('falls back to whole-line marks when the chunk cannot be loaded', async () => {
    vi.resetModules()
    vi.doMock('../../src/core/diff/diffSegments', () => {
      throw new Error('Failed to fetch dynamically imported module')
    })
    const { loadWordSegmenter } = await import('../../src/components/shared/wordSegments')
    const segmenter = await loadWordSegmenter()
    expect(segmenter('the quick fox', 'the slow fox')).toEqual(
      wholeLine('the quick fox', 'the slow fox'),
    )
    vi.doUnmock('../../src/core/diff/diffSegments')
  })
})
