import { act, render, screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { createRef, useState, type ReactNode } from 'react'
import {
  ConflictResolver,
  Resolver,
  useConflictResolution,
  type ConflictResolution,
  type ResourceConflict,
} from '../../src/index'
import { expectNoAxeViolations } from '../axe'
import { textConflict, valueConflict, type Doc } from './conflictFixtures'

/** Holds a resolution the way an app does and renders parts over it. */
function Held(props: {
  conflict: ResourceConflict<Doc>
  onResolution?: (r: ConflictResolution<Doc>) => void
  children?: (r: ConflictResolution<Doc>) => ReactNode
  onResolve?: (value: Doc) => void
}) {
  const resolution = useConflictResolution(props.conflict)
  props.onResolution?.(resolution)
  return (
    <Resolver.Root resolution={resolution} onResolve={props.onResolve}>
      {props.children ? props.children(resolution) : <Resolver.Slots />}
    </Resolver.Root>
  )
}

const legends = () =>
  [
    ...document.querySelectorAll(
      'legend.ck-ConflictResolver-hunkName, legend.ck-ConflictResolver-field',
    ),
  ].map((l) => l.textContent)

// `npm run typecheck` fails if the marked line compiles: Root has no `conflict` to disagree.
function Disagreeing({ other }: { other: ResourceConflict<Doc> }) {
  const [conflict] = useState(textConflict)
  const resolution = useConflictResolution(conflict)
  return (
    // @ts-expect-error `conflict` is not a prop of Root: the resolution carries its own.
    <Resolver.Root conflict={other} resolution={resolution}>
      <Resolver.Slots />
    </Resolver.Root>
  )
}

function Empty() {
  const resolution = useConflictResolution<Doc>(null)
  return (
    <Resolver.Root resolution={resolution} data-testid="root">
      <Resolver.Status />
    </Resolver.Root>
  )
}

function App({ onHeld }: { onHeld: (r: ConflictResolution<Doc>) => void }) {
  const [conflict] = useState(valueConflict)
  const resolution = useConflictResolution(conflict)
  onHeld(resolution)
  return (
    <>
      <p>{resolution.undecidedCount} left</p>
      <ConflictResolver resolution={resolution} onResolve={() => {}} />
    </>
  )
}

describe('Resolver parts', () => {
  it('Root takes the resolution alone: a conflict beside it does not type-check nor count', () => {
    // Untyped callers can still pass one; the slots come from the resolution all the same.
    render(<Disagreeing other={valueConflict()} />)
    expect(legends()).toEqual(['body: change 1 of 2', 'body: change 2 of 2'])
  })

  it('renders from the resolution alone, and follows it to another conflict', () => {
    const { rerender } = render(<Held conflict={textConflict()} />)
    expect(legends()).toEqual(['body: change 1 of 2', 'body: change 2 of 2'])
    // A conflict with another shape: slots, sides and names all come from the new one.
    rerender(<Held conflict={valueConflict()} />)
    expect(legends()).toEqual(['title', 'price'])
    expect(within(screen.getByRole('group', { name: 'price' })).getByText('12')).toBeInTheDocument()
  })

  it('renders nothing while the resolution has no conflict', () => {
    render(<Empty />)
    expect(screen.queryByTestId('root')).toBeNull()
  })

  it('forwards each part’s ref to its one element', () => {
    const rootRef = createRef<HTMLElement>()
    const titleRef = createRef<HTMLHeadingElement>()
    const statusRef = createRef<HTMLOutputElement>()
    const bodyRef = createRef<HTMLDivElement>()
    const slotsRef = createRef<HTMLDivElement>()
    const slotRef = createRef<HTMLFieldSetElement>()
    const saveRef = createRef<HTMLButtonElement>()
    const discardRef = createRef<HTMLButtonElement>()
    const layoutRef = createRef<HTMLFieldSetElement>()
    function Layout() {
      const resolution = useConflictResolution(valueConflict())
      return (
        <Resolver.Root ref={rootRef} resolution={resolution} onDiscard={() => {}}>
          <Resolver.Title ref={titleRef} />
          <Resolver.Status ref={statusRef} />
          <Resolver.LayoutPicker ref={layoutRef} />
          <Resolver.Body ref={bodyRef}>
            <Resolver.Slots ref={slotsRef} />
          </Resolver.Body>
          <Resolver.Slot ref={slotRef} index={1} />
          <Resolver.Save ref={saveRef} />
          <Resolver.Discard ref={discardRef} />
        </Resolver.Root>
      )
    }
    const refs = {
      root: rootRef,
      title: titleRef,
      status: statusRef,
      body: bodyRef,
      slots: slotsRef,
      slot: slotRef,
      save: saveRef,
      discard: discardRef,
      layout: layoutRef,
    }
    render(<Layout />)
    const found = Object.fromEntries(
      Object.entries(refs).map(([name, ref]) => [
        name,
        `${ref.current?.tagName}.${ref.current?.className}`,
      ]),
    )
    expect(found).toEqual({
      root: 'DIV.ck-ConflictResolver',
      title: 'H2.ck-ConflictResolver-title',
      status: 'OUTPUT.ck-ConflictResolver-status',
      body: 'DIV.ck-ConflictResolver-body',
      slots: 'DIV.ck-ConflictResolver-slots',
      slot: 'FIELDSET.ck-ConflictResolver-conflict',
      save: 'BUTTON.ck-ConflictResolver-save',
      discard: 'BUTTON.ck-ConflictResolver-discard',
      layout: 'FIELDSET.ck-ConflictResolver-layout',
    })
    expect(refs.root.current).toHaveAttribute('data-state', 'conflict')
    expect(refs.root.current).toHaveAttribute('data-layout', 'two-column')
  })

  it('ConflictResolver forwards its ref to the root element, inline and in the dialog', () => {
    const ref = createRef<HTMLElement>()
    const { rerender } = render(
      <ConflictResolver ref={ref} conflict={valueConflict()} onResolve={() => {}} />,
    )
    expect(ref.current?.tagName).toBe('SECTION')
    rerender(
      <ConflictResolver
        ref={ref}
        variant="dialog"
        conflict={valueConflict()}
        onResolve={() => {}}
      />,
    )
    expect(ref.current).toHaveAttribute('data-variant', 'dialog')
  })

  it('runs a handler passed in first; preventDefault in it keeps the part’s own from running', async () => {
    const user = userEvent.setup()
    let resolution: ConflictResolution<Doc> | null = null
    const seen: string[] = []
    render(
      <Held conflict={valueConflict()} onResolution={(r) => (resolution = r)}>
        {() => (
          <>
            <Resolver.AcceptAll side="theirs" onClick={(e) => e.preventDefault()} />
            <Resolver.AcceptAll side="mine" onClick={() => seen.push('clicked')} />
          </>
        )}
      </Held>,
    )
    await user.click(screen.getByRole('button', { name: 'Take theirs for the rest' }))
    expect(resolution!.undecidedCount).toBe(2)
    await user.click(screen.getByRole('button', { name: 'Keep mine for the rest' }))
    expect(seen).toEqual(['clicked'])
    expect(resolution!.status).toBe('decided')
    expect(resolution!.decisionOf(0).pick).toBe('mine')
  })

  it('saves through Root’s onResolve with Save, once every slot is decided', async () => {
    const user = userEvent.setup()
    const onResolve = vi.fn<(value: Doc) => void>()
    render(
      <Held conflict={valueConflict()} onResolve={onResolve}>
        {() => (
          <>
            <Resolver.Slots />
            <Resolver.AcceptAll side="theirs" />
            <Resolver.Save />
          </>
        )}
      </Held>,
    )
    const save = screen.getByRole('button', { name: 'Save resolved version' })
    await user.click(save)
    expect(save).toHaveAttribute('aria-disabled', 'true')
    expect(onResolve).not.toHaveBeenCalled()
    await user.click(screen.getByRole('button', { name: 'Take theirs for the rest' }))
    await user.click(save)
    expect(onResolve).toHaveBeenCalledWith(
      expect.objectContaining({ title: 'Their title', price: 15 }),
    )
  })

  it('Status announces changes only: empty when it mounts, then the count', async () => {
    const user = userEvent.setup()
    // What the region held when React attached it, before any effect wrote into it.
    const atMount: (string | null)[] = []
    render(
      <Held conflict={valueConflict()}>
        {() => (
          <>
            <Resolver.Status ref={(el) => void (el && atMount.push(el.textContent))} />
            <Resolver.AcceptAll side="mine" />
          </>
        )}
      </Held>,
    )
    const status = document.querySelector('.ck-ConflictResolver-status')!
    expect(atMount).toEqual([''])
    expect(status).toHaveAttribute('aria-live', 'polite')
    expect(status).toHaveTextContent('2 conflicts need your decision')
    await user.click(screen.getByRole('button', { name: 'Keep mine for the rest' }))
    expect(status).toHaveTextContent('Every conflict has a decision. Ready to save.')
  })

  it('ConflictResolver with a resolution the app holds shows and changes that one', async () => {
    const user = userEvent.setup()
    let held: ConflictResolution<Doc> | null = null
    const hold = (r: ConflictResolution<Doc>) => {
      held = r
    }
    render(<App onHeld={hold} />)
    await user.click(
      within(screen.getByRole('group', { name: 'title' })).getByRole('button', {
        name: 'Keep mine',
      }),
    )
    expect(screen.getByText('1 left')).toBeInTheDocument()
    act(() => held!.reset())
    expect(screen.getByText('2 left')).toBeInTheDocument()
    expect(screen.getByRole('group', { name: 'title' })).toHaveAttribute('data-state', 'conflict')
  })

  it('has no axe violations in a layout of parts', async () => {
    const { container } = render(
      <Held conflict={textConflict()}>
        {() => (
          <>
            <Resolver.Header>
              <Resolver.Title />
            </Resolver.Header>
            <Resolver.Summary />
            <Resolver.Slots />
            <Resolver.Footer>
              <Resolver.Status />
              <Resolver.Navigate direction={1} />
              <Resolver.ReviewToggle />
              <Resolver.Save />
            </Resolver.Footer>
          </>
        )}
      </Held>,
    )
    await expectNoAxeViolations(container)
  })
})
