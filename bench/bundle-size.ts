/**
 * Bundle size: what the kit's published files weigh gzipped (core entry, full entry, with and
 * without diff-match-patch), next to react-diff-viewer-continued's published files, and what
 * each costs once an app bundles it (Vite, minified, production, peers external).
 * Reads dist/: run `npm run build` first (`npm run bench` does not build).
 */
import { existsSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { build, type Rollup } from 'vite'
import { fileSize, gzipSize, kB, moduleClosure, type ClosureSize } from '../scripts/distSizes'

const root = fileURLToPath(new URL('..', import.meta.url))
const at = (path: string) => `${root}${path}`
const PEERS = ['react', 'react-dom', '@tanstack/react-query']
const RDVC = 'node_modules/react-diff-viewer-continued'
const RDVC_DEPS = ['@emotion/css', 'classnames', 'diff', 'js-yaml', 'memoize-one', 'refractor']

const isUnder = (id: string, packages: readonly string[]) =>
  packages.some((p) => id === p || id.startsWith(`${p}/`))

interface Bundled {
  /** Gzip of the chunks loaded at once (entry and its static imports). */
  initial: number
  /** Gzip of chunks loaded later through `import()`. */
  lazy: number
  minified: number
}

/** Bundles `entry` the way an app build would and measures the output chunks. */
async function bundle(entry: string, external: readonly string[]): Promise<Bundled> {
  const result = await build({
    configFile: false,
    logLevel: 'silent',
    root,
    define: { 'process.env.NODE_ENV': '"production"' },
    build: {
      write: false,
      minify: true,
      target: 'es2022',
      lib: { entry, formats: ['es'], fileName: 'entry' },
      rollupOptions: { external: (id) => isUnder(id, external) },
    },
  })
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
  let sizes = { initial: 0, lazy: 0, minified: 0 }
  for (const c of chunks) {
    const gz = gzipSize(c.code)
    sizes = initial.has(c.fileName)
      ? { ...sizes, initial: sizes.initial + gz, minified: sizes.minified + c.code.length }
      : { ...sizes, lazy: sizes.lazy + gz }
  }
  return sizes
}

const row = (name: string, size: ClosureSize, files: string, ratioTo?: number) =>
  `| ${name} | ${kB(size.initialBytes)} | **${kB(size.initialGzip)}** | ${size.gzip > size.initialGzip ? `+ ${kB(size.gzip - size.initialGzip)}` : '-'} | ${ratioTo ? `${(size.initialGzip / ratioTo).toFixed(2)}x` : ''} | ${files} |`

const plus = (a: ClosureSize, b: ClosureSize): ClosureSize => ({
  files: [...a.files, ...b.files],
  bytes: a.bytes + b.bytes,
  gzip: a.gzip + b.gzip,
  initialBytes: a.initialBytes + b.initialBytes,
  initialGzip: a.initialGzip + b.initialGzip,
})

const names = (size: ClosureSize) =>
  size.files.map((f) => `\`${f.file}\`${f.lazy ? ' (lazy)' : ''}`).join(', ')

const bundled = (name: string, b: Bundled, base?: number) =>
  `| ${name} | ${kB(b.minified)} | **${kB(b.initial)}** | ${b.lazy > 0 ? kB(b.lazy) : '-'} | ${base ? `${(b.initial / base).toFixed(2)}x` : ''} |`

/** Measures the sizes and returns the report as markdown. */
export async function runBundleSizeBench(): Promise<string> {
  if (!existsSync(at('dist/core.js'))) return 'dist/ is missing: run `npm run build` first.'
  const core = moduleClosure(at('dist/core.js'))
  const full = moduleClosure(at('dist/index.js'))
  const css = fileSize(at('dist/styles.css'))
  const dmp = fileSize(at('node_modules/diff-match-patch/index.js'))
  const rdvc = moduleClosure(at(`${RDVC}/lib/esm/src/index.js`))

  const coreBundle = await bundle(at('dist/core.js'), PEERS)
  const coreNoDmp = await bundle(at('dist/core.js'), [...PEERS, 'diff-match-patch'])
  const fullBundle = await bundle(at('dist/index.js'), PEERS)
  const fullNoDmp = await bundle(at('dist/index.js'), [...PEERS, 'diff-match-patch'])
  const rdvcBundle = await bundle(at(`${RDVC}/lib/esm/src/index.js`), PEERS)
  const rdvcNoDeps = await bundle(at(`${RDVC}/lib/esm/src/index.js`), [...PEERS, ...RDVC_DEPS])

  const out = [
    'Gzip level 9, each file gzipped on its own (as a server sends them); 1 kB = 1000 bytes. Peers (react, react-dom, @tanstack/react-query) are never counted. Sizes are deterministic: one run.',
    '',
    "**Published files** (what `npm install` puts in node_modules, unminified as published). The kit's only dependency, diff-match-patch, is shown separately and added; react-diff-viewer-continued is counted **without** its dependencies (emotion, diff, refractor, js-yaml, classnames, memoize-one) here and with them in the next table. Lazy: loaded through `import()` on first use. Ratio: theirs / ours.",
    '',
    '| entry | raw | gzip (loaded at once) | lazy chunks gzip | vs ours (full + dmp) | files |',
    '|---|---|---|---|---|---|',
    row('react-conflict-kit/core', core, names(core)),
    row(
      'react-conflict-kit/core + diff-match-patch',
      plus(core, dmp),
      `+ \`diff-match-patch/index.js\``,
    ),
    row('react-conflict-kit (full)', full, names(full)),
    row(
      'react-conflict-kit (full) + diff-match-patch',
      plus(full, dmp),
      `+ \`diff-match-patch/index.js\``,
    ),
    row('react-conflict-kit/styles.css', css, '`styles.css`'),
    row('diff-match-patch alone', dmp, '`index.js`'),
    row(
      'react-diff-viewer-continued (own files only)',
      rdvc,
      `\`lib/esm/src/\`: ${names(rdvc)}`,
      plus(full, dmp).initialGzip,
    ),
    '',
    '**Bundled by an app** (Vite 8 / rolldown library build of the entry, minified, `NODE_ENV=production`, peers external); every dependency is included unless marked external.',
    '',
    '| entry | minified | gzip (loaded at once) | lazy chunks gzip | vs ours (full) |',
    '|---|---|---|---|---|',
  ]
  out.push(
    bundled('react-conflict-kit/core (with diff-match-patch)', coreBundle),
    bundled('react-conflict-kit/core, diff-match-patch external', coreNoDmp),
    bundled('react-conflict-kit (full, with diff-match-patch)', fullBundle),
    bundled('react-conflict-kit (full), diff-match-patch external', fullNoDmp),
    bundled('react-diff-viewer-continued (with its dependencies)', rdvcBundle, fullBundle.initial),
    bundled('react-diff-viewer-continued, dependencies external', rdvcNoDeps, fullBundle.initial),
    '',
    'styles.css is not part of the JavaScript bundles above. react-diff-viewer-continued injects its CSS from JavaScript (emotion), so its styles are inside its numbers; its lazy chunks are its Web Worker source (with its own copy of `diff`) and the refractor grammars, which load only with `highlightLanguage`.',
  )
  return out.join('\n')
}
