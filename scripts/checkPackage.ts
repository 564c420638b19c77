/**
 * Installs the packed package into fresh projects and checks them as a new user would
 * (`npm run check:package`, after `npm run build`):
 *
 * - the tarball itself: its version is the CHANGELOG's newest entry, and it ships no file
 *   outside `dist/` that the README does not show;
 * - a Vite + React app with the strict `tsconfig` of Vite's react-ts template, `skipLibCheck:
 *   false` and `moduleResolution: bundler`, holding the README snippets (test/readme) and
 *   test/package/vite-app: typechecked, built by Vite, and the components and hooks rendered
 *   by `react-dom/server` with no warning (test/package/ssr/render.mjs). Twice: with the React
 *   19 this repository uses and with React 18.3 (the versions of test/package/react18);
 * - the `"use client"` directive in the installed package: on the React entry and on every
 *   module that imports React or TanStack Query, on no module the `./core` entry loads;
 * - a Next.js App Router app (test/package/next-app): a Server Component page rendering the
 *   drop-in components and calling the core, a client form using a hook, route handlers using
 *   the core; built, started on 127.0.0.1, its server HTML and route handler read, then the page
 *   opened in Debian's Chromium, which must hydrate it, run the form and log no error or warning;
 * - a Node project with `module: NodeNext` and `skipLibCheck: false` using the core
 *   (test/package/node-client): compiled by tsc, run by Node, and typechecked again under
 *   `node16`.
 *
 * The TypeScript projects contain lines that are wrong on purpose under `@ts-expect-error`, so
 * declarations that silently degrade to `any` fail the check. Dependencies come from the npm
 * cache (`--prefer-offline`) at the versions this repository has installed. Exits 1 on any
 * failure.
 */
import { spawn, spawnSync } from 'node:child_process'
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs'
import { tmpdir } from 'node:os'
import { createServer } from 'node:net'
import { dirname, join, relative, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { launchChromium } from '../test/e2e/browser'

const root = resolve(fileURLToPath(new URL('..', import.meta.url)))
const say = (line: string) => process.stdout.write(`${line}\n`)

const env = {
  ...process.env,
  npm_config_audit: 'false',
  npm_config_fund: 'false',
  npm_config_update_notifier: 'false',
  npm_config_prefer_offline: 'true',
  NEXT_TELEMETRY_DISABLED: '1',
}

function run(cmd: string, args: string[], cwd: string): void {
  say(`$ ${cmd} ${args.join(' ')}   (in ${cwd})`)
  const result = spawnSync(cmd, args, { cwd, stdio: 'inherit', env })
  if (result.status !== 0) throw new Error(`${cmd} ${args.join(' ')} failed in ${cwd}`)
}

/** The version installed here, so that the fresh projects install from the npm cache. */
function installed(name: string): string {
  const manifest = JSON.parse(
    readFileSync(join(root, 'node_modules', name, 'package.json'), 'utf8'),
  ) as { version: string }
  return manifest.version
}
const pinned = (names: string[]) => Object.fromEntries(names.map((n) => [n, installed(n)]))

/** React and its types for a fresh project: the 19 installed here, or test/package/react18's. */
function reactOf(line: '18' | '19') {
  if (line === '19') {
    return {
      runtime: pinned(['react', 'react-dom']),
      types: pinned(['@types/react', '@types/react-dom']),
    }
  }
  const manifest = JSON.parse(
    readFileSync(join(root, 'test/package/react18/package.json'), 'utf8'),
  ) as { dependencies: Record<string, string> }
  const { react, 'react-dom': reactDom, ...types } = manifest.dependencies
  return { runtime: { react: react!, 'react-dom': reactDom! }, types }
}

/**
 * The newest `next` that runs on Node 20 (`engines.node` `>=20.9.0`) when this was written;
 * the App Router renders with the React that Next.js bundles, so the app is on React 19.
 */
const NEXT_VERSION = '16.5.0'

function writeJson(path: string, value: unknown): void {
  writeFileSync(path, `${JSON.stringify(value, null, 2)}\n`)
}

interface PackInfo {
  filename: string
  version: string
  size: number
  files: { path: string; size: number }[]
}

function pack(into: string): PackInfo & { tarball: string } {
  const result = spawnSync('npm', ['pack', '--json', '--pack-destination', into], {
    cwd: root,
    encoding: 'utf8',
  })
  if (result.status !== 0) throw new Error(`npm pack failed: ${result.stderr}`)
  const [info] = JSON.parse(result.stdout) as PackInfo[]
  return { ...info!, tarball: join(into, info!.filename) }
}

/**
 * What the tarball says of itself: its version is the CHANGELOG's newest entry, and every
 * file it ships outside `dist/` beside the README, the CHANGELOG and the licence is one the
 * README shows (the screenshots), so nothing rides along unused.
 */
function checkTarball(info: PackInfo): void {
  const changelog = readFileSync(join(root, 'CHANGELOG.md'), 'utf8')
  const newest = /^## (?:\S+ \()?v?(\d+\.\d+\.\d+[^\s)]*)/m.exec(changelog)?.[1]
  if (newest !== info.version) {
    throw new Error(`package.json says ${info.version}, the CHANGELOG's newest entry ${newest}`)
  }
  const readme = readFileSync(join(root, 'README.md'), 'utf8')
  const extra = info.files.filter(
    (f) => !f.path.startsWith('dist/') && !/^(README|CHANGELOG|LICENSE|package)\b/.test(f.path),
  )
  const unused = extra.filter((f) => !readme.includes(`(${f.path})`))
  if (unused.length > 0) {
    throw new Error(
      `the tarball ships files the README does not show: ${unused.map((f) => f.path)}`,
    )
  }
  const kB = (bytes: number) => `${(bytes / 1000).toFixed(1)} kB`
  const images = extra.reduce((sum, f) => sum + f.size, 0)
  say(
    `tarball ${info.filename}: ${kB(info.size)} packed, ${info.files.length} files` +
      ` (README images ${kB(images)} unpacked); version ${info.version} matches the CHANGELOG`,
  )
}

function viteApp(dir: string, tarball: string, line: '18' | '19'): void {
  const react = reactOf(line)
  mkdirSync(join(dir, 'src/readme'), { recursive: true })
  cpSync(join(root, 'test/package/vite-app'), join(dir, 'src'), { recursive: true })
  for (const name of readdirSync(join(root, 'test/readme'))) {
    if (/\.tsx?$/.test(name) && !name.includes('.test.')) {
      cpSync(join(root, 'test/readme', name), join(dir, 'src/readme', name))
    }
  }
  writeJson(join(dir, 'package.json'), {
    name: 'fresh-vite-app',
    private: true,
    type: 'module',
    dependencies: {
      'react-conflict-kit': `file:${tarball}`,
      ...react.runtime,
      ...pinned(['@tanstack/react-query']),
    },
    devDependencies: {
      ...react.types,
      ...pinned(['@vitejs/plugin-react', 'typescript', 'vite']),
    },
  })
  // Vite's react-ts template (tsconfig.app.json), with skipLibCheck turned off.
  writeJson(join(dir, 'tsconfig.json'), {
    compilerOptions: {
      target: 'ES2022',
      useDefineForClassFields: true,
      lib: ['ES2022', 'DOM', 'DOM.Iterable'],
      module: 'ESNext',
      types: ['vite/client'],
      skipLibCheck: false,
      moduleResolution: 'bundler',
      allowImportingTsExtensions: true,
      verbatimModuleSyntax: true,
      moduleDetection: 'force',
      noEmit: true,
      jsx: 'react-jsx',
      strict: true,
      noUnusedLocals: true,
      noUnusedParameters: true,
      erasableSyntaxOnly: true,
      noFallthroughCasesInSwitch: true,
      noUncheckedSideEffectImports: true,
    },
    include: ['src'],
  })
  writeFileSync(
    join(dir, 'vite.config.ts'),
    "import react from '@vitejs/plugin-react'\nimport { defineConfig } from 'vite'\n\nexport default defineConfig({ plugins: [react()] })\n",
  )
  writeFileSync(
    join(dir, 'index.html'),
    '<!doctype html>\n<html lang="en">\n<body><div id="root"></div><script type="module" src="/src/main.tsx"></script></body>\n</html>\n',
  )
  run('npm', ['install'], dir)
  run(join(dir, 'node_modules/.bin/tsc'), ['-p', 'tsconfig.json'], dir)
  run(join(dir, 'node_modules/.bin/vite'), ['build', '--logLevel', 'warn'], dir)
  if (!existsSync(join(dir, 'dist/index.html'))) throw new Error('vite build wrote no app')
  cpSync(join(root, 'test/package/ssr/render.mjs'), join(dir, 'render.mjs'))
  run(process.execPath, ['render.mjs'], dir)
}

function nodeProject(dir: string, tarball: string): void {
  mkdirSync(join(dir, 'src'), { recursive: true })
  cpSync(join(root, 'test/package/node-client'), join(dir, 'src'), { recursive: true })
  writeJson(join(dir, 'package.json'), {
    name: 'fresh-node-client',
    private: true,
    type: 'module',
    dependencies: { 'react-conflict-kit': `file:${tarball}` },
    devDependencies: pinned(['@types/node', 'typescript']),
  })
  writeJson(join(dir, 'tsconfig.json'), {
    compilerOptions: {
      target: 'ES2022',
      lib: ['ES2023'],
      module: 'NodeNext',
      moduleResolution: 'NodeNext',
      types: ['node'],
      strict: true,
      skipLibCheck: false,
      outDir: 'out',
      rootDir: 'src',
    },
    include: ['src'],
  })
  run('npm', ['install'], dir)
  const tsc = join(dir, 'node_modules/.bin/tsc')
  run(tsc, ['-p', 'tsconfig.json'], dir)
  run(process.execPath, ['out/client.js'], dir)
  run(
    tsc,
    ['-p', 'tsconfig.json', '--noEmit', '--module', 'node16', '--moduleResolution', 'node16'],
    dir,
  )
}

/** Every `.js` file under `dir`, as paths relative to it. */
function jsFiles(dir: string, under = ''): string[] {
  return readdirSync(join(dir, under), { withFileTypes: true }).flatMap((entry) => {
    const path = under ? `${under}/${entry.name}` : entry.name
    if (entry.isDirectory()) return jsFiles(dir, path)
    return entry.name.endsWith('.js') ? [path] : []
  })
}

const IMPORT = /(?:\bfrom\s*|\bimport\s*\(\s*|\bimport\s+)["']([^"']+)["']/g
const REACT_SPECIFIER = /^(react|react-dom|@tanstack\/react-query)(\/|$)/
const USE_CLIENT = /^(?:\/\/[^\n]*\n|\s)*["']use client["'];?/

/**
 * Reads the built modules of the installed package: the React entry and every module that
 * imports React or TanStack Query must open with `"use client"` (else a Server Component that
 * renders a component fails), and no module the `./core` entry loads may have it or import
 * React (else the core is unusable in Server Components and route handlers).
 */
function checkDirectives(packageDir: string): void {
  const dist = join(packageDir, 'dist')
  const modules = new Map(
    jsFiles(dist).map((file) => {
      const text = readFileSync(join(dist, file), 'utf8')
      const specifiers = [...text.matchAll(IMPORT)].map((m) => m[1]!)
      return [file, { hasDirective: USE_CLIENT.test(text), specifiers }] as const
    }),
  )
  const problems: string[] = []
  const localImports = (file: string) =>
    modules
      .get(file)!
      .specifiers.filter((spec) => spec.startsWith('.'))
      .map((spec) => relative(dist, resolve(dist, dirname(file), spec)))
  const coreGraph = new Set<string>()
  const visit = (file: string) => {
    if (coreGraph.has(file)) return
    if (!modules.has(file)) return void problems.push(`${file} is imported but not shipped`)
    coreGraph.add(file)
    for (const next of localImports(file)) visit(next)
  }
  visit('core.js')
  let clientModules = 0
  for (const [file, { hasDirective, specifiers }] of modules) {
    const importsReact = specifiers.some((spec) => REACT_SPECIFIER.test(spec))
    if (hasDirective) clientModules++
    if (coreGraph.has(file)) {
      if (hasDirective) problems.push(`${file} (loaded by ./core) has "use client"`)
      if (importsReact) problems.push(`${file} (loaded by ./core) imports React`)
    } else if ((importsReact || file === 'index.js') && !hasDirective) {
      problems.push(`${file} holds React code without "use client"`)
    }
  }
  if (problems.length > 0) throw new Error(`"use client" check failed:\n${problems.join('\n')}`)
  say(
    `"use client": on ${clientModules} of ${modules.size} modules (the React entry and every` +
      ` module importing React); none of the ${coreGraph.size} modules ./core loads`,
  )
}

function freePort(): Promise<number> {
  return new Promise((resolvePort, reject) => {
    const probe = createServer()
    probe.once('error', reject)
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as { port: number }
      probe.close(() => resolvePort(port))
    })
  })
}

async function waitForServer(url: string, server: { exitCode: number | null }): Promise<void> {
  for (const started = Date.now(); Date.now() - started < 30_000;) {
    if (server.exitCode !== null) throw new Error(`next start exited with ${server.exitCode}`)
    try {
      await fetch(url)
      return
    } catch {
      await new Promise((r) => setTimeout(r, 200))
    }
  }
  throw new Error(`${url} did not answer within 30 s`)
}

function expect(condition: boolean, what: string): void {
  if (!condition) throw new Error(`Next.js app: ${what}`)
  say(`  ok: ${what}`)
}

async function nextApp(dir: string, tarball: string): Promise<void> {
  cpSync(join(root, 'test/package/next-app'), dir, { recursive: true })
  writeJson(join(dir, 'package.json'), {
    name: 'fresh-next-app',
    private: true,
    type: 'module',
    dependencies: {
      'react-conflict-kit': `file:${tarball}`,
      next: NEXT_VERSION,
      ...reactOf('19').runtime,
      ...pinned(['@tanstack/react-query']),
    },
  })
  run('npm', ['install'], dir)
  const next = join(dir, 'node_modules/.bin/next')
  let started = Date.now()
  run(next, ['build'], dir)
  say(`next build: ${((Date.now() - started) / 1000).toFixed(1)} s`)
  const port = await freePort()
  const origin = `http://127.0.0.1:${port}`
  const server = spawn(next, ['start', '-p', String(port), '-H', '127.0.0.1'], {
    cwd: dir,
    env,
    stdio: ['ignore', 'inherit', 'inherit'],
  })
  const chromium = await launchChromium()
  try {
    started = Date.now()
    await waitForServer(origin, server)
    say(`next start: answering after ${((Date.now() - started) / 1000).toFixed(1)} s`)
    const html = await (await fetch(`${origin}/`)).text()
    for (const name of ['ck-StaleBanner', 'ck-StateConflictNotice', 'ck-DiffView']) {
      expect(html.includes(`class="${name}`), `the server HTML holds ${name}`)
    }
    expect(html.includes('Order already shipped'), 'the notice text is in the server HTML')
    expect(
      /id="merged" data-clean="true">one\n2\nthree\n4\nfive\n</.test(html),
      'the page ran the core',
    )
    const api = (await (await fetch(`${origin}/api/merge`)).json()) as Record<string, unknown>
    expect(
      JSON.stringify(api) === '{"merged":{"a":2,"b":3},"clean":true,"kind":"duplicate"}',
      'the route handler ran the core',
    )

    const page = await chromium.browser.newPage()
    const logged: string[] = []
    const expected409 = (text: string, url: string) =>
      url === `${origin}/api/signup` && /^Failed to load resource: .* 409 \(Conflict\)$/.test(text)
    page.on('console', (message) => {
      // The duplicate signup is a 409 on purpose; Chromium logs every failed response.
      if (expected409(message.text(), message.location().url)) return
      if (message.type() === 'error' || message.type() === 'warning') {
        logged.push(`console.${message.type()}: ${message.text()}`)
      }
    })
    page.on('pageerror', (error) => logged.push(`page error: ${error.message}`))
    await page.goto(`${origin}/`, { waitUntil: 'load' })
    await page.waitForSelector('form[data-hydrated]', { timeout: 15_000 })
    expect(true, 'the page hydrated in Chromium')
    await page.getByRole('button', { name: 'Sign up' }).click()
    const prompt = page.locator('.ck-SignupConflictPrompt[data-state="duplicate"]')
    await prompt.waitFor({ timeout: 10_000 })
    expect(
      (await prompt.textContent())?.includes('ada@example.com') === true,
      'the client form ran useSignupConflict against the route handler',
    )
    expect(
      logged.length === 0,
      `no error or warning in the browser${logged.map((l) => `\n  ${l}`).join('')}`,
    )
  } finally {
    await chromium.close()
    server.kill()
  }
}

const work = mkdtempSync(join(tmpdir(), 'ck-package-'))
try {
  if (!existsSync(join(root, 'dist/index.d.ts'))) {
    throw new Error('dist/ is missing: run `npm run build` first')
  }
  const packed = pack(work)
  checkTarball(packed)
  const { tarball } = packed
  viteApp(join(work, 'vite-app'), tarball, '19')
  checkDirectives(join(work, 'vite-app/node_modules/react-conflict-kit'))
  viteApp(join(work, 'vite-app-react18'), tarball, '18')
  await nextApp(join(work, 'next-app'), tarball)
  nodeProject(join(work, 'node-client'), tarball)
  say(
    'package check: the Vite app on React 19 and 18.3, the Next.js App Router app and the' +
      ' NodeNext client typecheck (skipLibCheck false), build and run',
  )
} finally {
  rmSync(work, { recursive: true, force: true })
}
