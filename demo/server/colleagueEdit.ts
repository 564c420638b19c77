import type { DocumentFields, DocumentJson } from './documentStore'

/** What "someone else" changes: one field, and for the body one line (1-based). */
export interface ColleagueEditRequest {
  /** Defaults to `'body'`. */
  field?: 'title' | 'body' | 'tags'
  /** Body line to replace, 1-based; past the end appends. Defaults to the first prose line. */
  line?: number
  /** The new line, title or tag (a tag is toggled). Defaults to a small realistic edit. */
  text?: string
}

/** Who the simulated edits come from, shown in the default texts. */
export const colleagueName = 'Priya'

const titleLimit = 200

/** The first line under the top heading that is prose (not blank, not a heading). */
function firstProseLine(lines: readonly string[]): number {
  const index = lines.findIndex((line, i) => i > 0 && line.trim() !== '' && !line.startsWith('#'))
  return index === -1 ? lines.length : index
}

/** The fields after a colleague's edit: exactly one field changes. */
export function colleagueEdit(doc: DocumentJson, request: ColleagueEditRequest): DocumentFields {
  const fields: DocumentFields = { title: doc.title, tags: [...doc.tags], body: doc.body }
  switch (request.field ?? 'body') {
    case 'title':
      fields.title = (request.text ?? `${doc.title} (reviewed by ${colleagueName})`).slice(
        0,
        titleLimit,
      )
      break
    case 'tags': {
      const tag = request.text ?? 'needs-review'
      fields.tags = doc.tags.includes(tag) ? doc.tags.filter((t) => t !== tag) : [...doc.tags, tag]
      break
    }
    case 'body': {
      // Work on lines without the final newline so "past the end" appends a real line.
      const trailing = doc.body.endsWith('\n')
      const lines = (trailing ? doc.body.slice(0, -1) : doc.body).split('\n')
      const index = request.line === undefined ? firstProseLine(lines) : request.line - 1
      if (index < lines.length) {
        lines[index] =
          request.text ?? `${lines[index]} ${colleagueName} confirmed this with the team.`
      } else {
        lines.push(request.text ?? `${colleagueName} added a note at the end.`)
      }
      fields.body = lines.join('\n') + (trailing ? '\n' : '')
      break
    }
  }
  return fields
}
