import { Resolver, useConflictResolution, type ResourceConflict } from 'react-conflict-kit'

type Doc = { title: string; body: string }

export function CustomResolver(props: {
  conflict: ResourceConflict<Doc>
  onResolve: (value: Doc) => void
}) {
  const resolution = useConflictResolution(props.conflict)
  return (
    <Resolver.Root conflict={props.conflict} resolution={resolution} layout="three-column">
      <Resolver.Status />
      <Resolver.Navigate direction={1} />
      <Resolver.AcceptAll side="theirs" />
      <Resolver.Slots />
      <button
        type="button"
        disabled={resolution.result === null}
        onClick={() => resolution.result && props.onResolve(resolution.result)}
      >
        Save ({resolution.undecidedCount} left)
      </button>
    </Resolver.Root>
  )
}
