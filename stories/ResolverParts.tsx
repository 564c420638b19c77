import { Resolver, useConflictResolution, type ResourceConflict } from '../src/index'

/**
 * A custom layout from the resolver's parts: the hook holds the decisions (and the conflict
 * they are about), the app places the title, the counter, the navigation, the slots and
 * Save where it likes.
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
    <Resolver.Root resolution={resolution} onResolve={onResolve} defaultLayout="three-column">
      <Resolver.Title>Pick what to keep</Resolver.Title>
      <Resolver.Status />
      <div className="ck-ConflictResolver-nav">
        <Resolver.Navigate direction={-1} />
        <Resolver.Navigate direction={1} />
        <Resolver.AcceptAll side="mine" />
      </div>
      <Resolver.Slots />
      <div className="ck-ConflictResolver-actions">
        <Resolver.Save>Save</Resolver.Save>
      </div>
    </Resolver.Root>
  )
}
