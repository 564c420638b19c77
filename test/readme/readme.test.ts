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

  it('links only to pages or to files the package ships', () => {
    // npm shows this README on the package page, where a link into the repository is dead.
    const pkg = JSON.parse(readFileSync(resolve(root, 'package.json'), 'utf8')) as {
      files: string[]
    }
    const shipped = (path: string) =>
      ['README.md', 'LICENSE', 'package.json'].includes(path) ||
      pkg.files.some((f) => path === f || path.startsWith(`${f}/`))
    const links = [...readme.matchAll(/\]\(([^)\s]+)\)/g)].map((m) => m[1]!)
    const local = links.filter((href) => !/^(https?:|mailto:|#)/.test(href))
    expect(local.filter((href) => !shipped(href.replace(/^\.\//, '').replace(/#.*$/, '')))).toEqual(
      [],
    )
  })

  it('has no fenced TypeScript that is not a checked file', () => {
    const blocks = [...readme.matchAll(/(<!-- file: \S+ -->\n+)?```(tsx?)\n/g)]
    expect(blocks.filter((m) => !m[1]).map((m) => m.index)).toEqual([])
  })
})
