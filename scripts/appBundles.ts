/**
 * What parts of the kit cost once an app bundles them: small entry modules that import a
 * few names from the built package (dist/), bundled the way an app build would (Vite,
 * minified, production, tree-shaken, peers external, diff-match-patch included), gzipped.
 * Used by `npm run size` (per-entry budgets) and by the bundle benchmark.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { eachMapping, TraceMap } from '@jridgewell/trace-mapping'
import { build, type Rollup } from 'vite'
import { gzipSize } from './distSizes'

const root = fileURLToPath(new URL('..', import.meta.url))
/** Never counted: the app has them anyway. */
export const PEERS = ['react', 'react-dom', '@tanstack/react-query']

/** A way of using the kit, as the import line an app would write. */
export interface AppEntry {
  name: string
  /** Names imported from `react-conflict-kit` (the full entry). */
  names?: string[]
  /** Names imported from `react-conflict-kit/core`. */
  core?: string[]
  /** Everything the entry exports (`export *`), for the whole-entry sizes. */
  all?: 'index' | 'core'
}

/** The usage patterns that get budgets. */
export const APP_ENTRIES: AppEntry[] = [
  { name: 'full kit (everything)', all: 'index' },
  { name: 'core (everything, no React)', all: 'core' },
  { name: 'classify only (classifyResponse)', core: ['classifyResponse'] },
  {
    name: 'signup only (useSignupConflict + SignupConflictPrompt)',
    names: ['useSignupConflict', 'SignupConflictPrompt'],
  },
  {
    name: 'editor + resolver (useOptimisticResource + ConflictResolver + StaleBanner)',
    names: ['useOptimisticResource', 'ConflictResolver', 'StaleBanner'],
  },
  { name: 'DiffView only', names: ['DiffView'] },
]

/** Gzip sizes of an app bundle: what loads at once, and chunks loaded through `import()`. */
export interface Bundled {
  initial: number
  lazy: number
  minified: number
  /** Where what loads at once comes from, largest first (with `{ shares: true }`). */
  modules?: ModuleShare[]
}

/** One source module's part of a bundle. */
export interface ModuleShare {
  /** `core/http/extract.js` for the kit's files, the package name for a dependency. */
  module: string
  /** Its minified bytes in the bundle. */
  minified: number
  /** Its share of the bundle's gzip size (see `moduleShares`). */
  gzip: number
}

const isUnder = (id: string, packages: readonly string[]) =>
  packages.some((p) => id === p || id.startsWith(`${p}/`))

/**
 * Bundles `entry` (a file) as an app build would, `external` left out, and measures it. An
 * app build, not a library build: Vite keeps the whitespace of library (`lib`) ES output,
 * which an app's bundle never ships. The app is one module that uses everything `entry`
 * exports (its namespace object), so tree-shaking keeps exactly what the entry exports need.
 */
export async function bundle(
  entry: string,
  external: readonly string[] = PEERS,
  options: { shares?: boolean } = {},
): Promise<Bundled> {
  const dir = mkdtempSync(join(tmpdir(), 'ck-app-'))
  const app = join(dir, 'app.js')
  writeFileSync(app, `import * as used from ${JSON.stringify(entry)}\nglobalThis.__used = used\n`)
  let result: Awaited<ReturnType<typeof build>>
  try {
    result = await build({
      configFile: false,
      logLevel: 'silent',
      root,
      define: { 'process.env.NODE_ENV': '"production"' },
      build: {
        write: false,
        minify: true,
        // 'hidden': the map without a sourceMappingURL comment, which would count in the size.
        sourcemap: options.shares === true ? 'hidden' : false,
        target: 'es2022',
        rollupOptions: { input: app, external: (id) => isUnder(id, external) },
      },
    })
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
  const outputs = (Array.isArray(result) ? result : [result]) as Rollup.RollupOutput[]
  const chunks = outputs
    .flatMap((o) => o.output)
    .filter((c): c is Rollup.OutputChunk => c.type === 'chunk')
  const byName = new Map(chunks.map((c) => [c.fileName, c]))
  const initial = new Set<string>()
  const visit = (name: string) => {
    if (initial.has(name)) return
    initial.add(name)
    for (const next of byName.get(name)?.imports ?? []) visit(next)
  }
  for (const c of chunks) if (c.isEntry) visit(c.fileName)
  let sizes: Bundled = { initial: 0, lazy: 0, minified: 0 }
  for (const c of chunks) {
    const gz = gzipSize(c.code)
    sizes = initial.has(c.fileName)
      ? { ...sizes, initial: sizes.initial + gz, minified: sizes.minified + c.code.length }
      : { ...sizes, lazy: sizes.lazy + gz }
  }
  if (options.shares) {
    const loaded = chunks.filter((c) => initial.has(c.fileName))
    sizes.modules = moduleShares(loaded, sizes.initial)
  }
  return sizes
}

/**
 * `core/http/extract.js` for a file of dist/, the package name for one in node_modules; code
 * the bundler writes itself (its runtime, the `import()` preload helper) has no source.
 * `source` is relative to `base`, the folder of the output chunk.
 */
function moduleName(source: string | null, base: string): string {
  if (source === null) return '(bundler: runtime, import() helper)'
  const file = resolve(base, source)
  const packages = file.lastIndexOf('/node_modules/')
  if (packages >= 0) {
    const [scope = '', name = ''] = file.slice(packages + '/node_modules/'.length).split('/')
    return scope.startsWith('@') ? `${scope}/${name}` : scope
  }
  const dist = join(root, 'dist/')
  return file.startsWith(dist) ? file.slice(dist.length) : '(entry module)'
}

/**
 * Each source module's minified text in `chunks`, found through their source maps, gzipped
 * on its own and scaled so that the shares add up to `gzipTotal`. Approximate: a part
 * gzipped alone compresses a little worse than inside the whole, and the scaling spreads that
 * evenly.
 */
function moduleShares(chunks: Rollup.OutputChunk[], gzipTotal: number): ModuleShare[] {
  const texts = new Map<string, string[]>()
  for (const chunk of chunks) {
    if (!chunk.map) continue
    const lines = chunk.code.split('\n')
    const marks: { line: number; column: number; module: string }[] = []
    // Output files are written under the build's outDir, dist/ by default.
    const base = dirname(join(root, 'dist', chunk.fileName))
    eachMapping(new TraceMap(chunk.map as never), (m) => {
      marks.push({
        line: m.generatedLine,
        column: m.generatedColumn,
        module: moduleName(m.source, base),
      })
    })
    // Mappings come in generated order: each one owns the text up to the next on its line.
    marks.forEach((mark, i) => {
      const next = marks[i + 1]
      const line = lines[mark.line - 1] ?? ''
      const text = line.slice(mark.column, next?.line === mark.line ? next.column : undefined)
      const list = texts.get(mark.module) ?? []
      list.push(text)
      texts.set(mark.module, list)
    })
  }
  const parts = [...texts].map(([module, list]) => {
    const text = list.join('')
    return { module, minified: text.length, alone: gzipSize(text) }
  })
  const alone = parts.reduce((sum, p) => sum + p.alone, 0)
  return parts
    .map((p) => ({ module: p.module, minified: p.minified, gzip: (p.alone * gzipTotal) / alone }))
    .toSorted((a, b) => b.gzip - a.gzip)
}

/** The source of an entry module importing from dist/. */
function entrySource(entry: AppEntry): string {
  const index = JSON.stringify(join(root, 'dist/index.js'))
  const core = JSON.stringify(join(root, 'dist/core.js'))
  if (entry.all) return `export * from ${entry.all === 'index' ? index : core}\n`
  const lines: string[] = []
  if (entry.names) lines.push(`export { ${entry.names.join(', ')} } from ${index}`)
  if (entry.core) lines.push(`export { ${entry.core.join(', ')} } from ${core}`)
  return `${lines.join('\n')}\n`
}

/** Bundles every entry (dist/ must be built) and returns its sizes, in order. */
export async function bundleAppEntries(
  entries = APP_ENTRIES,
  options: { shares?: boolean } = {},
): Promise<Bundled[]> {
  const dir = mkdtempSync(join(tmpdir(), 'ck-size-'))
  try {
    const out: Bundled[] = []
    for (const [i, entry] of entries.entries()) {
      const file = join(dir, `entry${i}.js`)
      writeFileSync(file, entrySource(entry))
      out.push(await bundle(file, PEERS, options))
    }
    return out
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
}
