import { Resolver, useConflictResolution, type ResourceConflict } from '../src/index'

/**
 * A custom layout from the resolver's parts: the hook holds the decisions, the app places the
 * counter, the navigation and the slots where it likes, and saves `resolution.result` itself.
 */
export function ResolverParts<T>({
  conflict,
  onResolve,
}: {
  conflict: ResourceConflict<T>
  onResolve: (value: T) => void
}) {
  const resolution = useConflictResolution(conflict)
  return (
    <Resolver.Root conflict={conflict} resolution={resolution} layout="three-column">
      <h2 className="ck-ConflictResolver-title">Pick what to keep</h2>
      <Resolver.Status />
      <div className="ck-ConflictResolver-nav">
        <Resolver.Navigate direction={-1} />
        <Resolver.Navigate direction={1} />
        <Resolver.AcceptAll side="mine" />
      </div>
      <Resolver.Slots />
      <div className="ck-ConflictResolver-actions">
        <button
          type="button"
          className="ck-ConflictResolver-save"
          aria-disabled={resolution.result === null || undefined}
          onClick={() => {
            if (resolution.result !== null) onResolve(resolution.result)
          }}
        >
          Save
        </button>
      </div>
    </Resolver.Root>
  )
}
