/**
 * Makes the emitted declarations resolve under every `moduleResolution` (node16, nodenext,
 * bundler): tsc copies relative specifiers from the sources as written (`'./types'`), which
 * Node's ESM rules reject (TS2834), so every relative specifier in `dist/**\/*.d.ts` is
 * rewritten to the file it names (`'./types.js'`, `'./merge/index.js'`). A specifier that
 * names no declaration file fails the build instead of shipping a type that is silently `any`.
 *
 * `npm run build` runs it after `tsc -p tsconfig.build.json`; `node scripts/... dist` by hand.
 */
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs'
import { dirname, join, relative, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'

/** The static and dynamic import/export forms tsc writes into declaration files. */
const SPECIFIER = /(\bfrom\s*|\bimport\s*\(\s*|\bimport\s+)(['"])(\.{1,2}\/[^'"]*|\.{1,2})\2/g

/**
 * Rewrites every relative specifier of one declaration file. `isFile` answers for paths
 * relative to the file's folder; the result names `.js` files, which TypeScript maps back to
 * the `.d.ts` beside them. Throws on a specifier that names nothing.
 */
export function rewriteSpecifiers(
  text: string,
  isFile: (pathFromFileDir: string) => boolean,
  fileName = 'declaration',
): string {
  return text.replace(SPECIFIER, (whole, lead: string, quote: string, spec: string) => {
    const bare = spec.replace(/\.(js|d\.ts|ts|tsx)$/, '')
    const target = bare === '.' || bare === '..' ? `${bare}/index` : bare
    let next: string
    if (isFile(`${target}.d.ts`)) next = `${target}.js`
    else if (isFile(`${target}/index.d.ts`)) next = `${target}/index.js`
    else throw new Error(`${fileName}: '${spec}' names no declaration file`)
    return `${lead}${quote}${next}${quote}`
  })
}

function declarationFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name)
    if (statSync(path).isDirectory()) return declarationFiles(path)
    return name.endsWith('.d.ts') ? [path] : []
  })
}

/** Rewrites every declaration file under `dir` in place; returns how many specifiers changed. */
export function fixDeclarationImports(dir: string): { files: number; rewritten: number } {
  let rewritten = 0
  const files = declarationFiles(dir)
  for (const file of files) {
    const before = readFileSync(file, 'utf8')
    const after = rewriteSpecifiers(
      before,
      (p) => existsSync(resolve(dirname(file), p)),
      relative(process.cwd(), file),
    )
    if (after !== before) {
      rewritten += [...before.matchAll(SPECIFIER)].length
      writeFileSync(file, after)
    }
  }
  return { files: files.length, rewritten }
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const dir = resolve(process.argv[2] ?? 'dist')
  const { files, rewritten } = fixDeclarationImports(dir)
  if (files === 0) throw new Error(`no declaration files under ${dir}: run tsc first`)
  process.stdout.write(
    `declarations: ${rewritten} relative specifiers in ${files} files now name .js files\n`,
  )
}
