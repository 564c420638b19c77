/**
 * Every type a public signature names can be imported: an app that calls `save()` can name its
 * outcome, a custom resolver can name the props of the parts it renders. The declarations the
 * package ships are emitted here (the native compiler takes about a second), and every type the
 * kit declares that is reachable from an entry point's exports is checked to be exported by it.
 */
import { execFileSync } from 'node:child_process'
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join, relative, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..')

function walk(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name)
    return statSync(path).isDirectory() ? walk(path) : path.endsWith('.d.ts') ? [path] : []
  })
}

/** Top-level statements of a declaration file, split where brace depth returns to zero. */
function statements(text: string): string[] {
  const out: string[] = []
  let depth = 0
  let start = 0
  for (let i = 0; i < text.length; i++) {
    const c = text[i]
    if (c === '{' || c === '(' || c === '[') depth++
    else if (c === '}' || c === ')' || c === ']') depth--
    else if (depth === 0 && (c === ';' || c === '\n')) {
      const next = text.slice(i + 1).match(/^\s*(\S+)/)?.[1] ?? ''
      // A statement goes on over lines while the next line continues it (`|`, `&`, `=>`...).
      if (c === '\n' && /^(\||&|=>|extends|\?|:)/.test(next)) continue
      out.push(text.slice(start, i + 1))
      start = i + 1
    }
  }
  out.push(text.slice(start))
  return out.map((s) => s.trim()).filter(Boolean)
}

const DECLARED =
  /^(?:export\s+)?(?:declare\s+)?(?:interface|type|class|function|const|namespace)\s+([A-Za-z_$][\w$]*)/

/** One declaration file: what it declares, what it imports, what it re-exports. */
interface DeclFile {
  declared: Map<string, string[]>
  /** Local name -> [file, name there]. */
  imported: Map<string, [string, string]>
  /** Exported name -> [file, name there] for `export { a as b } from`. */
  reexported: Map<string, [string, string]>
  /** `export * from` targets. */
  star: string[]
}

/** A symbol: the file that declares it and its name there. */
type Sym = `${string}#${string}`

const target = (from: string, spec: string) =>
  resolve(dirname(from), spec)
    .replace(/(\.js)?$/, '.d.ts')
    .replace(/\.d\.d\.ts$/, '.d.ts')

function names(list: string): [string, string][] {
  return list
    .split(',')
    .map((raw) => raw.replace(/^\s*type\s+/, '').trim())
    .filter(Boolean)
    .map((item) => {
      const [original, local = original] = item.split(/\s+as\s+/).map((x) => x.trim())
      return [original!, local] as [string, string]
    })
}

function readFile(file: string): DeclFile {
  const text = readFileSync(file, 'utf8')
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/\/\/.*$/gm, '')
  const declared = new Map<string, string[]>()
  for (const statement of statements(text)) {
    const name = DECLARED.exec(statement)?.[1]
    if (name) declared.set(name, [...(declared.get(name) ?? []), statement])
  }
  const imported = new Map<string, [string, string]>()
  for (const m of text.matchAll(/import\s+(?:type\s+)?\{([^}]*)\}\s+from\s+['"](\.[^'"]+)['"]/g)) {
    for (const [original, local] of names(m[1]!))
      imported.set(local, [target(file, m[2]!), original])
  }
  const reexported = new Map<string, [string, string]>()
  for (const m of text.matchAll(/export\s+(?:type\s+)?\{([^}]*)\}\s+from\s+['"](\.[^'"]+)['"]/g)) {
    for (const [original, local] of names(m[1]!))
      reexported.set(local, [target(file, m[2]!), original])
  }
  const star = [...text.matchAll(/export\s*\*\s*from\s*['"](\.[^'"]+)['"]/g)].map((m) =>
    target(file, m[1]!),
  )
  return { declared, imported, reexported, star }
}

function program(dir: string) {
  const files = new Map(walk(dir).map((file) => [file, readFile(file)]))
  /** Where `name` as seen from `file` is declared, following imports and re-exports. */
  function find(file: string, name: string, seen = new Set<string>()): Sym | null {
    const key = `${file}#${name}`
    if (seen.has(key)) return null
    seen.add(key)
    const f = files.get(file)
    if (!f) return null
    if (f.declared.has(name)) return `${file}#${name}`
    const via = f.imported.get(name) ?? f.reexported.get(name)
    if (via) return find(via[0], via[1], seen)
    for (const next of f.star) {
      const found = find(next, name, seen)
      if (found) return found
    }
    return null
  }
  /** Every symbol an entry file exports. */
  function exportsOf(file: string): Map<Sym, string> {
    const out = new Map<Sym, string>()
    const f = files.get(file)
    if (!f) return out
    for (const [name] of f.reexported) {
      const found = find(file, name)
      if (found) out.set(found, name)
    }
    for (const name of f.declared.keys()) out.set(`${file}#${name}`, name)
    for (const next of f.star) for (const [symbol, name] of exportsOf(next)) out.set(symbol, name)
    return out
  }
  /** Kit-declared symbols reachable from `start` through the declarations' text. */
  function reachable(start: Iterable<Sym>) {
    const via = new Map<Sym, Sym>()
    const queue = [...start]
    const seen = new Set<Sym>(queue)
    while (queue.length > 0) {
      const symbol = queue.shift()!
      const [file, name] = symbol.split('#') as [string, string]
      for (const text of files.get(file)?.declared.get(name) ?? []) {
        // Identifiers after a dot are members (`React.ReactNode`), not kit types.
        for (const m of text.matchAll(/(?<![.\w$])([A-Z][\w$]*)\b/g)) {
          const found = find(file, m[1]!)
          if (!found || seen.has(found)) continue
          seen.add(found)
          via.set(found, symbol)
          queue.push(found)
        }
      }
    }
    return via
  }
  /** Whether a symbol is a type (interface, type alias, class), not only a value. */
  function isType(symbol: Sym): boolean {
    const [file, name] = symbol.split('#') as [string, string]
    const texts = files.get(file)?.declared.get(name) ?? []
    return texts.some((text) =>
      /^(?:export\s+)?(?:declare\s+)?(?:interface|type|class)\s/.test(text),
    )
  }
  return { exportsOf, reachable, isType }
}

const nameOf = (symbol: Sym) => symbol.split('#')[1]!

let out = ''
beforeAll(() => {
  out = mkdtempSync(join(tmpdir(), 'ck-dts-'))
  execFileSync(
    process.execPath,
    [
      resolve(root, 'node_modules/typescript/bin/tsc'),
      '-p',
      'tsconfig.build.json',
      '--outDir',
      out,
    ],
    { cwd: root, stdio: 'pipe' },
  )
}, 60_000)
afterAll(() => rmSync(out, { recursive: true, force: true }))

describe.each([
  ['react-conflict-kit/core', 'core/index.d.ts'],
  ['react-conflict-kit', 'index.d.ts'],
])('%s', (_entry, file) => {
  it('exports every type its exported signatures name', () => {
    const kit = program(out)
    const exported = kit.exportsOf(join(out, file))
    expect(exported.size).toBeGreaterThan(20)
    const missing = [...kit.reachable(exported.keys())]
      // a value (a function a component wraps) is walked through, but only types are nouns
      .filter(([symbol]) => !exported.has(symbol) && kit.isType(symbol))
      .map(([symbol, namedBy]) => `${nameOf(symbol)} (named by ${nameOf(namedBy)})`)
      .toSorted()
    expect(missing).toEqual([])
  })
})

it('finds an unexported noun when there is one, and tells same-named types apart', () => {
  // The check itself, on made-up declaration files: it must not pass vacuously.
  const dir = mkdtempSync(join(tmpdir(), 'ck-nouns-'))
  try {
    writeFileSync(join(dir, 'index.d.ts'), "export { useThing } from './thing.js';\n")
    writeFileSync(
      join(dir, 'thing.d.ts'),
      "import type { Part } from './part.js';\nexport interface ThingResult { part: Part }\nexport declare function useThing(): ThingResult;\n",
    )
    writeFileSync(join(dir, 'part.d.ts'), 'export interface Part { x: number }\n')
    // another module's Part, never named by the exports: not reported
    writeFileSync(
      join(dir, 'other.d.ts'),
      'export interface Part { y: Secret }\ninterface Secret {}\n',
    )
    const kit = program(dir)
    const exported = kit.exportsOf(join(dir, 'index.d.ts'))
    const reached = [...kit.reachable(exported.keys()).keys()].map((s) => relative(dir, s))
    expect(reached.toSorted()).toEqual(['part.d.ts#Part', 'thing.d.ts#ThingResult'])
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
})
