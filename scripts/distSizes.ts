/**
 * Sizes of published ES module files: an entry plus every file it imports (relative
 * imports followed transitively), each gzipped on its own the way a server sends them.
 * Used by `npm run size` (budgets) and by the bundle benchmark.
 */
import { existsSync, readFileSync, statSync } from 'node:fs'
import { dirname, relative, resolve } from 'node:path'
import { gzipSync } from 'node:zlib'

/** Bytes of `data` gzipped at level 9. */
export function gzipSize(data: string | Uint8Array): number {
  return gzipSync(data, { level: 9 }).length
}

/** One file of a module graph with its sizes. */
export interface FileSize {
  /** Path relative to the folder the sizes were asked for. */
  file: string
  bytes: number
  gzip: number
  /** Reached only through `import()`. */
  lazy: boolean
}

/** A module graph's files and totals (gzip: sum of the files gzipped one by one). */
export interface ClosureSize {
  files: FileSize[]
  bytes: number
  gzip: number
  /** Totals of the files loaded at once (not only through `import()`). */
  initialBytes: number
  initialGzip: number
}

const STATIC =
  /(?:^|[\s;})])(?:import|export)\s*(?:[\w*{}\s,$]+\s*from\s*)?["'](\.{1,2}\/[^"']+)["']/g
const DYNAMIC = /\bimport\(\s*["'](\.{1,2}\/[^"']+)["']\s*\)/g

function specifiers(source: string, pattern: RegExp): string[] {
  return [...source.matchAll(pattern)].map((m) => m[1] as string)
}

/**
 * The files `entry` loads through relative imports (static and, marked lazy, dynamic),
 * entry first. Bare imports (packages) are not followed: callers add dependencies on purpose.
 */
export function moduleClosure(entry: string, base = dirname(entry)): ClosureSize {
  const seen = new Map<string, boolean>()
  const visit = (file: string, lazy: boolean) => {
    const known = seen.get(file)
    if (known === false || (known === true && lazy)) return
    seen.set(file, lazy)
    const source = readFileSync(file, 'utf8')
    for (const spec of specifiers(source, STATIC)) visit(resolveFile(file, spec), lazy)
    for (const spec of specifiers(source, DYNAMIC)) visit(resolveFile(file, spec), true)
  }
  visit(resolve(entry), false)
  const files = [...seen].map(([file, lazy]) => {
    const data = readFileSync(file)
    return { file: relative(base, file), bytes: data.length, gzip: gzipSize(data), lazy }
  })
  return totals(files)
}

function resolveFile(from: string, spec: string): string {
  const path = resolve(dirname(from), spec)
  const found = [path, `${path}.js`, `${path}/index.js`].find(
    (candidate) => existsSync(candidate) && statSync(candidate).isFile(),
  )
  if (found === undefined) throw new Error(`Cannot resolve ${spec} from ${from}`)
  return found
}

/** Sums file sizes into a {@link ClosureSize}. */
export function totals(files: FileSize[]): ClosureSize {
  const sum = (list: FileSize[], key: 'bytes' | 'gzip') => list.reduce((n, f) => n + f[key], 0)
  const initial = files.filter((f) => !f.lazy)
  return {
    files,
    bytes: sum(files, 'bytes'),
    gzip: sum(files, 'gzip'),
    initialBytes: sum(initial, 'bytes'),
    initialGzip: sum(initial, 'gzip'),
  }
}

/** The size of one file as a closure of itself. */
export function fileSize(path: string, base = dirname(path)): ClosureSize {
  const data = readFileSync(path)
  return totals([
    { file: relative(base, path), bytes: data.length, gzip: gzipSize(data), lazy: false },
  ])
}

/** `12.3 kB` (1 kB = 1000 bytes, as bundlers print). */
export function kB(bytes: number): string {
  return `${(bytes / 1000).toFixed(1)} kB`
}
