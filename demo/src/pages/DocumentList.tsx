import { useQuery } from '@tanstack/react-query'
import { getJson, type Doc } from '../api'
import { Link } from '../Link'

/** The documents everyone in the team edits. */
export function DocumentList() {
  const docs = useQuery({ queryKey: ['docs'], queryFn: () => getJson<Doc[]>('/api/docs') })
  return (
    <section className="demo-card">
      <h1>Team documents</h1>
      <p className="demo-lead">
        Open a document in two tabs (or use “Simulate a colleague”), edit both, and save. Edits that
        do not overlap merge by themselves; the ones that do are shown side by side.
      </p>
      {docs.isPending && <p>Loading…</p>}
      {docs.isError && <p role="alert">The documents could not be loaded.</p>}
      <ul className="demo-doclist">
        {docs.data?.map((doc) => (
          <li key={doc.id}>
            {/* Titles and tags are server text: isolated from the rest of the row. */}
            <Link href={`/docs/${doc.id}`} dir="auto">
              {doc.title}
            </Link>
            <span className="demo-tags">
              {doc.tags.map((tag) => (
                <span key={tag} className="demo-tag" dir="auto">
                  {tag}
                </span>
              ))}
            </span>
            <span className="demo-muted">version {doc.version}</span>
          </li>
        ))}
      </ul>
    </section>
  )
}
