import { mergeValues } from '../src/core/merge/mergeValues'
import type { HttpProblem } from '../src/core/http/types'
import type { ResourceConflict } from '../src/hooks/types'

/** The document edited in the stories: a help-centre article. */
export interface Article {
  title: string
  summary?: string
  body: string
  tags: string[]
  status: 'draft' | 'review' | 'published'
  owner: { name: string; email: string }
}

/** What the server answered when the save lost the race. */
export const staleProblem: HttpProblem = {
  status: 412,
  kind: 'stale',
  title: 'Someone else saved this article first',
  detail: 'The article changed on the server after you opened it.',
  currentVersion: '"7"',
  raw: null,
}

const paragraphs = [
  'Conflicts happen when two people edit the same thing at once.',
  'The editor keeps your draft while it finds out what changed.',
  'Changes that do not overlap are merged for you.',
  'Where both of you changed the same lines, you choose what to keep.',
  'Nothing is saved until you say so.',
]

/** A ~60-line article body with a few paragraphs. */
export function longBody(): string {
  const lines: string[] = ['# Resolving edit conflicts', '']
  for (let section = 1; section <= 8; section++) {
    lines.push(`## Step ${section}`, '')
    for (const p of paragraphs) lines.push(`${p} (step ${section})`)
    lines.push('')
  }
  return `${lines.join('\n')}\n`
}

export const baseArticle: Article = {
  title: 'Resolving edit conflicts',
  summary: 'How the editor handles two people saving at once.',
  body: longBody(),
  tags: ['editing', 'collaboration'],
  status: 'draft',
  owner: { name: 'Ada', email: 'ada@example.com' },
}

/** The conflict as `useOptimisticResource` reports it, merged by the real `mergeValues`. */
function conflictOf(mine: Article, theirs: Article): ResourceConflict<Article> {
  const result = mergeValues(baseArticle, mine, theirs, { text: ['body'] })
  return {
    base: baseArticle,
    mine,
    theirs,
    merged: result.merged,
    conflicts: result.conflicts,
    changes: result.changes,
    problem: staleProblem,
    theirsVersion: '"7"',
  }
}

/**
 * Both sides changed different things: nothing to decide, review and save. I retitled the
 * article; they rewrote the summary, moved it to review and reworded a line of step 2.
 */
export function cleanMerge(): ResourceConflict<Article> {
  const mine = { ...baseArticle, title: 'Resolving edit conflicts, step by step' }
  const theirs = {
    ...baseArticle,
    summary: 'What happens when two people save at once.',
    status: 'review' as const,
    body: baseArticle.body.replace(
      'Nothing is saved until you say so. (step 2)',
      'Nothing is saved until you choose to save. (step 2)',
    ),
  }
  return conflictOf(mine, theirs)
}

/** Both changed the title differently; their summary change merged automatically. */
export function oneConflict(): ResourceConflict<Article> {
  const mine = { ...baseArticle, title: 'When two people edit at once' }
  const theirs = {
    ...baseArticle,
    title: 'Fixing edit conflicts',
    summary: 'What happens when two people save at once.',
  }
  return conflictOf(mine, theirs)
}

/** Five conflicting fields, one of them deleted on my side, plus an automatic change. */
export function manyConflicts(): ResourceConflict<Article> {
  const mine: Article = {
    ...baseArticle,
    title: 'When two people edit at once',
    summary: undefined,
    status: 'review',
    tags: ['editing', 'teams'],
    owner: { name: 'Ada Lovelace', email: 'ada@work.example' },
  }
  delete mine.summary
  const theirs: Article = {
    ...baseArticle,
    title: 'Fixing edit conflicts',
    summary: 'What happens when a save loses the race, and how to recover.',
    status: 'published',
    tags: ['editing', 'how-to'],
    owner: { name: 'Ada', email: 'ada.l@example.com' },
  }
  return conflictOf(mine, theirs)
}

/** The body merged as text by `mergeText`: three hunks, each its own decision. */
export function longTextConflict(): ResourceConflict<Article> {
  const base = baseArticle.body
  const mine = base
    .replace(
      'Conflicts happen when two people edit the same thing at once. (step 1)',
      'Conflicts happen whenever two people save the same article. (step 1)',
    )
    .replace(
      'Nothing is saved until you say so. (step 4)',
      'Nothing is saved until you press Save. (step 4)',
    )
    .replace('## Step 7', '## Step 7: check the result')
    .replace(
      'Changes that do not overlap are merged for you. (step 2)',
      'Changes that do not overlap are merged automatically. (step 2)',
    )
  const theirs = base
    .replace(
      'Conflicts happen when two people edit the same thing at once. (step 1)',
      'A conflict means someone saved before you did. (step 1)',
    )
    .replace(
      'Nothing is saved until you say so. (step 4)',
      'Nothing is saved without your say. (step 4)',
    )
    .replace('## Step 7', '## Step 7: review')
    .replace(
      'The editor keeps your draft while it finds out what changed. (step 6)',
      'Your draft is kept safe meanwhile. (step 6)',
    )
  return conflictOf({ ...baseArticle, body: mine }, { ...baseArticle, body: theirs })
}

/** A multi-line field decided as a whole (not merged as text): shown as a diff. */
export function multiLineConflict(): ResourceConflict<Article> {
  const mine = {
    ...baseArticle,
    summary:
      'How the editor handles two people saving at once.\nWritten for editors.\nUpdated for v2.',
  }
  const theirs = {
    ...baseArticle,
    summary:
      'How the editor handles two people saving at once.\nWritten for admins.\nUpdated for v2.\nSee also: drafts.',
  }
  return conflictOf(mine, theirs)
}

/** Field names people read, keyed by dotted path. */
export const articleFieldLabels: Record<string, string> = {
  title: 'Title',
  summary: 'Summary',
  body: 'Article text',
  tags: 'Tags',
  status: 'Status',
  'owner.name': 'Owner name',
  'owner.email': 'Owner email',
}

/** Two texts of `lines` lines with an edit every `every` lines. */
export function bigTexts(lines: number, every: number): { original: string; modified: string } {
  const a: string[] = []
  const b: string[] = []
  for (let i = 1; i <= lines; i++) {
    const line = `${String(i).padStart(5, '0')}  const value${i} = compute(${i}, options)`
    a.push(line)
    if (i % every === 0) b.push(line.replace('options', 'nextOptions'))
    else if (i % (every * 3) === 7) b.push(line, `// note added after line ${i}`)
    else b.push(line)
  }
  return { original: `${a.join('\n')}\n`, modified: `${b.join('\n')}\n` }
}

/** A short config file before and after an edit. */
export const configBefore = `{
  "name": "conflict-demo",
  "version": "1.2.0",
  "private": true,
  "scripts": {
    "dev": "vite",
    "build": "vite build",
    "test": "vitest run"
  },
  "dependencies": {
    "react": "^18.2.0",
    "react-dom": "^18.2.0"
  },
  "license": "MIT"
}
`

export const configAfter = `{
  "name": "conflict-demo",
  "version": "1.3.0",
  "private": true,
  "scripts": {
    "dev": "vite --host",
    "build": "vite build",
    "test": "vitest run",
    "lint": "oxlint"
  },
  "dependencies": {
    "react": "^19.0.0",
    "react-dom": "^19.0.0"
  },
  "license": "MIT"
}
`
