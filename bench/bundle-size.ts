/**
 * Bundle size: what the kit's published files weigh gzipped (core entry, full entry, with and
 * without diff-match-patch), next to react-diff-viewer-continued's published files, and what
 * each costs once an app bundles it (Vite, minified, production, peers external).
 * Reads dist/: run `npm run build` first (`npm run bench` does not build).
 */
import { mkdtempSync, rmSync, writeFileSync, existsSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { APP_ENTRIES, bundle, bundleAppEntries, PEERS, type Bundled } from '../scripts/appBundles'
import { fileSize, kB, moduleClosure, type ClosureSize } from '../scripts/distSizes'

const root = fileURLToPath(new URL('..', import.meta.url))
const at = (path: string) => `${root}${path}`
const RDVC = 'node_modules/react-diff-viewer-continued'
const RDVC_DEPS = ['@emotion/css', 'classnames', 'diff', 'js-yaml', 'memoize-one', 'refractor']

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

/** Parts named in the "where the bytes go" table, per usage. */
const TOP_PARTS = 8

function partsRow(name: string, b: Bundled): string {
  const parts = b.modules ?? []
  const top = parts.slice(0, TOP_PARTS)
  const rest = parts.slice(TOP_PARTS)
  const restGzip = rest.reduce((sum, p) => sum + p.gzip, 0)
  const named = top.map((p) => `\`${p.module}\` ${kB(p.gzip)}`).join(', ')
  return `| ${name} | ${named} | ${rest.length > 0 ? `${rest.length} modules, ${kB(restGzip)}` : '-'} |`
}

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
  const entries = await bundleAppEntries(APP_ENTRIES, { shares: true })
  // @codemirror/merge's side-by-side view with the editor it needs (@codemirror/view, state).
  const dir = mkdtempSync(join(tmpdir(), 'ck-bench-cm-'))
  let cmBundle: Bundled
  try {
    const file = join(dir, 'cm.js')
    writeFileSync(
      file,
      `export { MergeView } from ${JSON.stringify(at('node_modules/@codemirror/merge/dist/index.js'))}\n`,
    )
    cmBundle = await bundle(file)
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }

  const out = [
    'Gzip level 9, each file gzipped on its own (as a server sends them); 1 kB = 1000 bytes. Peers (react, react-dom, @tanstack/react-query) are never counted. Sizes are deterministic: one run.',
    '',
    "**Ways of using the kit, bundled by an app** (an entry module importing just these names from the built package; an app build by Vite 8 / rolldown, minified, tree-shaken, `NODE_ENV=production`, peers external, diff-match-patch included where it is reached). Lazy: chunks loaded through `import()`, not counted in the gzip figure or the ratio (DiffView's word marks: the word diff with diff-match-patch). `npm run size` holds each to a budget. Peer views for comparison: @codemirror/merge's `MergeView` with @codemirror/view and @codemirror/state, and react-diff-viewer-continued with its dependencies.",
    '',
    '| usage | minified | gzip | vs DiffView only |',
    '|---|---|---|---|',
    ...APP_ENTRIES.map((e, i) => {
      const b = entries[i] as Bundled
      return `| ${e.name} | ${kB(b.minified)} | **${kB(b.initial)}**${b.lazy > 0 ? ` (+ ${kB(b.lazy)} lazy)` : ''} | |`
    }),
    `| @codemirror/merge (MergeView) | ${kB(cmBundle.minified)} | **${kB(cmBundle.initial)}** | ${(cmBundle.initial / (entries.at(-1) as Bundled).initial).toFixed(2)}x |`,
    `| react-diff-viewer-continued | ${kB(rdvcBundle.minified)} | **${kB(rdvcBundle.initial)}** (+ ${kB(rdvcBundle.lazy)} lazy) | ${(rdvcBundle.initial / (entries.at(-1) as Bundled).initial).toFixed(2)}x |`,
    '',
    `**Where the bytes go** in each usage above: every source module's minified text in the bundle (found through the source map), gzipped on its own and scaled so the parts add up to the usage's gzip size; approximate, since a part compresses a little differently inside the whole. The ${TOP_PARTS} largest parts, then the rest. Module paths are the kit's files under \`dist/\`.`,
    '',
    '| usage | largest parts (gzip) | the rest |',
    '|---|---|---|',
    ...APP_ENTRIES.map((e, i) => partsRow(e.name, entries[i] as Bundled)),
    '',
    "**Published files** (what `npm install` puts in node_modules, unminified as published; one file per module, so that bundlers load only the modules an app uses, each gzipped on its own here, which adds up to more than one bundle of them). The kit's only dependency, diff-match-patch, is shown separately and added; react-diff-viewer-continued is counted **without** its dependencies (emotion, diff, refractor, js-yaml, classnames, memoize-one) here and with them in the next table. Lazy: loaded through `import()` on first use. Ratio: theirs / ours.",
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
