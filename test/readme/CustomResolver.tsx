import { Resolver, useConflictResolution, type ResourceConflict } from 'react-conflict-kit'

type Doc = { title: string; body: string }

export function CustomResolver(props: {
  conflict: ResourceConflict<Doc>
  onResolve: (value: Doc) => void
}) {
  // The resolution carries its conflict: the parts read both from it, so they cannot disagree.
  const resolution = useConflictResolution(props.conflict)
  return (
    <Resolver.Root resolution={resolution} onResolve={props.onResolve} layout="three-column">
      <Resolver.Title level={3}>Pick what to keep</Resolver.Title>
      <Resolver.Status />
      <Resolver.Navigate direction={1} />
      <Resolver.AcceptAll side="theirs" />
      <Resolver.Slots />
      <Resolver.Save>Save ({resolution.undecidedCount} left)</Resolver.Save>
    </Resolver.Root>
  )
}
