/**
 * The README shows code that is compiled and run: each fenced block that follows a
 * `<!-- file: path -->` marker must be exactly that file (typechecked by `npm run typecheck`
 * and by the packed-package check, rendered by the tests beside it), and every snippet file
 * here must appear in the README.
 */
import { readdirSync, readFileSync } from 'node:fs'
import { dirname, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'

const here = dirname(fileURLToPath(import.meta.url))
const root = resolve(here, '../..')
const readme = readFileSync(resolve(root, 'README.md'), 'utf8')

const shown = [...readme.matchAll(/<!-- file: (\S+) -->\n+```\w*\n([\s\S]*?)```\n/g)].map((m) => ({
  path: m[1]!,
  code: m[2]!,
}))
const snippets = readdirSync(here)
  .filter((name) => /\.tsx?$/.test(name) && !name.includes('.test.'))
  .map((name) => `test/readme/${name}`)

describe('README snippets', () => {
  it('shows every snippet file exactly once', () => {
    expect(shown.map((s) => s.path).toSorted()).toEqual(snippets.toSorted())
  })

  it.each(snippets)('%s is shown exactly as it is in the file', (path) => {
    const block = shown.find((s) => s.path === path)
    expect(block?.code).toBe(readFileSync(resolve(root, path), 'utf8'))
  })

  it('has no fenced TypeScript that is not a checked file', () => {
    const blocks = [...readme.matchAll(/(<!-- file: \S+ -->\n+)?```(tsx?)\n/g)]
    expect(blocks.filter((m) => !m[1]).map((m) => m.index)).toEqual([])
  })
})
